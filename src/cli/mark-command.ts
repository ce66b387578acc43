import { marksFor } from '../core/marks';
import { reportSheet } from '../core/report-sheet';
import { CHECK_OPTIONS, OUTPUT_OPTIONS, monthOption, parse } from './args';
import { noTableLine } from './check-command';
import { CliError } from './errors';
import { MARK_HELP } from './help';
import type { Io } from './io';
import { checkOutput, writeOutput } from './output-file';
import { historyLine, withPrevious } from './previous';
import { checkOptions, loadRoster, openAndCheck, ledgerLine, unkeptLine } from './report-file';

export async function markCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('mark', args, { ...CHECK_OPTIONS, ...OUTPUT_OPTIONS });
  if (values.help) {
    io.out(MARK_HELP);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file) throw new CliError('请指定要标记的通报表文件，例如：tongbao mark 9月通报.xlsx -o 9月通报-已标记.xlsx');
  if (extra.length) throw new CliError('mark 一次只处理一个文件；多个文件请分别运行。');
  const output = checkOutput('mark', file, values.output, Boolean(values.force));
  const roster = values.roster !== undefined ? loadRoster(values.roster) : null;
  const options = await withPrevious(checkOptions({ sheet: values.sheet, month: monthOption(values.month) }, roster), values, io);

  const opened = await openAndCheck(file, options, output);
  const { host, report } = opened;
  if (report.table === null) {
    io.err(noTableLine(file, report));
    return 2;
  }
  // Marks left from an earlier run describe an older state of the sheet; they come off first.
  await host.clearMarks();
  const marks = marksFor(report.findings);
  await host.applyMarks(marks);
  const [written] = await host.writeSheets(
    [reportSheet({ sheet: report.sheet, title: report.title, month: report.month, tasks: report.tasks.length, findings: report.findings })],
    { after: report.sheet ?? undefined },
  );
  await writeOutput(output, await host.save());

  const byStyle = { data: 0, light: 0 };
  for (const m of marks) byStyle[m.style.startsWith('light') ? 'light' : 'data']++;
  io.out(`已校验“${report.sheet}”：${report.tasks.length} 项任务，${report.findings.length} 条问题。`);
  const compared = historyLine(report);
  if (compared) io.out(compared);
  io.out(`已标记 ${marks.length} 个单元格（数据问题 ${byStyle.data} 个，进度红黄灯 ${byStyle.light} 个），鼠标停在单元格上可看注释。`);
  if (written) {
    const renamed = written.name !== written.wanted ? `（已有同名工作表，改名为“${written.name}”）` : '';
    io.out(`问题清单见工作表“${written.name}”${renamed}，点击单元格地址可跳转。`);
  }
  const unkept = unkeptLine(opened);
  if (unkept) io.out(unkept);
  const ledger = ledgerLine(opened);
  if (ledger) io.out(ledger);
  io.out(`已写入：${output}（原文件未改动）`);
  return 0;
}
