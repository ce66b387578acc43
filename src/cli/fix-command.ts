import { cellKey, parseA1 } from '../core/address';
import { changesPerson, fixesFor } from '../core/fixes';
import type { Fix } from '../core/host';
import { FORMULA_CELL_MESSAGE } from '../core/plan/fixes';
import { RULES } from '../core/rules';
import type { RuleId } from '../core/rules/ids';
import { CHECK_OPTIONS, OUTPUT_OPTIONS, monthOption, parse } from './args';
import { noTableLine } from './check-command';
import { CliError } from './errors';
import { changeExcerpts } from './format';
import { FIX_HELP } from './help';
import type { Io } from './io';
import { checkOutput, writeOutput } from './output-file';
import { historyLine, withPrevious } from './previous';
import { checkOptions, loadRoster, openAndCheck, recheck, ledgerLine, unkeptLine } from './report-file';

/**
 * Each pass applies at most one fix per cell, because each suggestion was worked out from the text
 * as it was; a fixed cell may then get its next fix on the following pass. Real reports settle in
 * two or three passes; the bound keeps a pair of rules that undo each other from looping.
 */
const MAX_PASSES = 5;

/** Every rule id, known at run time from the registry. */
const RULE_IDS = new Set<string>(RULES.map((r) => r.id));

export function ruleList(text: string | undefined): RuleId[] | undefined {
  if (text === undefined) return undefined;
  const ids = text.split(/[,，\s]+/).filter(Boolean);
  if (!ids.length) throw new CliError('--only 后面请写规则编号，如 --only status.nonstandard,leader.spacing');
  const unknown = ids.filter((id) => !RULE_IDS.has(id));
  if (unknown.length) {
    throw new CliError(`不认识的规则编号：${unknown.join('、')}。可用的规则编号见 README 的规则表，或运行 tongbao check 查看问题对应的规则。`);
  }
  return ids as RuleId[];
}

/** One change per cell, from its text before the first pass to its text after the last, in sheet order. */
function byCell(applied: readonly Fix[]): Fix[] {
  const cells = new Map<string, Fix>();
  for (const fix of applied) {
    const key = cellKey(fix.sheet, fix.cell);
    const seen = cells.get(key);
    cells.set(key, seen ? { ...seen, to: fix.to } : fix);
  }
  const position = (f: Fix) => parseA1(f.cell);
  return [...cells.values()].sort((a, b) => {
    const pa = position(a);
    const pb = position(b);
    return a.sheet.localeCompare(b.sheet) || pa.row - pb.row || pa.col - pb.col;
  });
}

export async function fixCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('fix', args, { ...CHECK_OPTIONS, ...OUTPUT_OPTIONS, only: { type: 'string' } });
  if (values.help) {
    io.out(FIX_HELP);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file) throw new CliError('请指定要修正的通报表文件，例如：tongbao fix 9月通报.xlsx -o 9月通报-已修正.xlsx');
  if (extra.length) throw new CliError('fix 一次只处理一个文件；多个文件请分别运行。');
  const only = ruleList(values.only);
  const output = checkOutput('fix', file, values.output, Boolean(values.force));
  const roster = values.roster !== undefined ? loadRoster(values.roster) : null;
  const options = await withPrevious(checkOptions({ sheet: values.sheet, month: monthOption(values.month) }, roster), values, io);

  const opened = await openAndCheck(file, options, output);
  if (opened.report.table === null) {
    io.err(noTableLine(file, opened.report));
    return 2;
  }
  const applied: Fix[] = [];
  const manual = new Map<string, Fix>();
  // A fix that makes a name another (崔燮 → 崔赞) may be another person: only when the user names its rule.
  const askedForNames = only?.includes('leader.variant') ?? false;
  let held: Fix[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const all = fixesFor(opened.report, only);
    const fixes = askedForNames ? all : all.filter((f) => !changesPerson(f));
    held = askedForNames ? [] : all.filter((f) => changesPerson(f));
    if (!fixes.length) break;
    const result = await opened.host.applyFixes(fixes);
    for (const fix of result.manual ?? []) manual.set(`${fix.sheet}\u0000${fix.cell}`, fix);
    if (!result.applied.length) break;
    applied.push(...result.applied);
    await recheck(opened, options);
  }
  await writeOutput(output, await opened.host.save());
  const report = opened.report;

  const compared = historyLine(report);
  if (compared) io.out(compared);
  const changes = byCell(applied);
  if (!changes.length) io.out('没有可以自动修正的问题。');
  else io.out(`已修正 ${changes.length} 个单元格：`);
  for (const change of changes) {
    const [from, to] = changeExcerpts(change.from, change.to);
    io.out(`  ${change.cell}: ${from} → ${to}`);
  }
  for (const fix of manual.values()) io.out(`  ${fix.cell}: ${FORMULA_CELL_MESSAGE}（建议改为“${changeExcerpts(fix.from, fix.to)[1]}”）`);
  if (held.length) {
    io.out(`以下 ${held.length} 处会把姓名改成另一个字，可能是另一个人，没有修改：`);
    for (const fix of held) io.out(`  ${fix.cell}: ${fix.from} → ${fix.to}`);
    io.out(`核实是同一人后，可运行 tongbao fix ${output} -o 新文件 --only leader.variant 改正。`);
  }
  const left = report.findings.filter((f) => f.kind !== 'progress').length;
  if (left) io.out(`还有 ${left} 条数据问题需要人工处理，可运行 tongbao check ${output} 查看。`);
  const unkept = unkeptLine(opened);
  if (unkept) io.out(unkept);
  const ledger = ledgerLine(opened);
  if (ledger) io.out(ledger);
  io.out(`已写入：${output}（原文件未改动）`);
  return 0;
}
