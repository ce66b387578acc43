import { exitCode } from '../core/exit';
import type { Report } from '../core/report';
import { InputError } from '../xlsx/errors';
import { CHECK_OPTIONS, monthOption, parse } from './args';
import { CliError } from './errors';
import { jsonReport, textReport, type JsonFailure, type JsonReport } from './format';
import { CHECK_HELP } from './help';
import type { Io } from './io';
import { withPrevious } from './previous';
import { checkOptions, loadRoster, readAndCheck } from './report-file';

/** The line that says why a checked file has no report table, taken from the core's finding. */
export function noTableLine(file: string, report: Report): string {
  const finding = report.findings.find((f) => f.rule === 'table.not-found');
  return `${file}：${finding?.message ?? '没有找到通报表。'}`;
}

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('check', args, { ...CHECK_OPTIONS, json: { type: 'boolean' } });
  if (values.help) {
    io.out(CHECK_HELP);
    return 0;
  }
  if (!positionals.length) throw new CliError('请指定要校验的通报表文件，例如：tongbao check 9月通报.xlsx');
  const roster = values.roster !== undefined ? loadRoster(values.roster) : null;
  const options = await withPrevious(checkOptions({ sheet: values.sheet, month: monthOption(values.month) }, roster), values, io);

  const reports: Report[] = [];
  const json: (JsonReport | JsonFailure)[] = [];
  let unusable = false;
  for (const file of positionals) {
    try {
      const report = await readAndCheck(file, options);
      reports.push(report);
      if (report.table === null) io.err(noTableLine(file, report));
      if (values.json) json.push(jsonReport(file, report));
      else io.out(textReport(file, report) + (positionals.length > 1 ? '\n' : ''));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      unusable = true;
      io.err(e.message);
      if (values.json) json.push({ file, error: e.message });
    }
  }
  if (values.json && json.length) io.out(JSON.stringify(positionals.length === 1 ? json[0] : json, null, 2));
  return unusable ? 2 : exitCode(reports);
}
