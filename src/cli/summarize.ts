import type { Report } from '../core/report';
import { sheetNameKey } from '../core/sheet-names';
import { buildSummaries, type Summary, type SummaryBy, type SummaryOrder, type StatusCounts } from '../core/summary';
import { percentText } from '../core/summary/figures';
import type { WrittenSheet } from '../core/host';
import type { SheetRole } from '../core/sheet-model';
import type { CopyHost } from '../xlsx/copy-host';
import { CHECK_OPTIONS, OUTPUT_OPTIONS, monthOption, choice, parse } from './args';
import { noTableLine } from './check-command';
import { CliError } from './errors';
import type { Io } from './io';
import { checkOutput, writeOutput } from './output-file';
import { historyJson, historyLine, withPrevious } from './previous';
import { checkOptions, loadRoster, openAndCheck } from './report-file';

export const SUMMARIZE_HELP = `用法：tongbao summarize FILE -o OUT [--by leader|unit|both] [--order status|seq] [--roster F] [--sheet S] [--previous PREV] [--previous-sheet S] [--no-previous] [--force] [--json]

把 FILE 另存为 OUT，在通报表工作表之后添加汇总表：
  - 分管领导汇总：每位分管领导一行，分管事项、完成、部分完成、未完成、完成率和未完成事项序号，末行合计（每项任务只计一次）；
  - 每位分管领导一张表（如“郭克华”），列出其分管的全部任务，序号可点击跳回原表；
  - 责任单位汇总：每个单位牵头、配合的任务数及完成情况。
每张表都已设置好打印：A4 横向、适应一页宽、每页重复标题和表头、页脚页码。
再次运行会替换上次生成的汇总表；不会覆盖您自己建的工作表（重名时加后缀并提示）。
校验时有疑问的姓名（疑似同一人不同写法、多个姓名连在一起）和单位名称（疑似被空格断开、不在名单中）
不会被合并、拆分或单独成表：它们列在汇总表中并标“待核实”，请先改正再重新生成。
原文件不会被改动；OUT 已存在时不会覆盖，除非加 --force。

选项：
  -o, --output OUT  输出文件（必填，不能与 FILE 相同）
  --by leader|unit|both
                    leader（默认）：按分管领导；unit：按责任单位，每个单位一张表；both：两者都要
  --order status|seq
                    status（默认）：未完成、部分完成、完成依次排列，各按序号；seq：只按序号
  --force           OUT 已存在时覆盖它
  --sheet S         指定通报表所在的工作表（默认自动识别）
  --month N         指定通报月份 1-12（默认从标题、表头、工作表名读取）
  --roster F        名单文件（.csv 或 .json），用来把姓名的不同写法归到名单上的姓名
  --previous PREV   上月的通报表文件，用来给出上月完成率、变化和“连续 N 个月未完成”（默认用同一工作簿中上个月的工作表）
  --previous-sheet S
                    上月报表所在的工作表（PREV 含多个月份时，或同一工作簿中的某张表）
  --no-previous     不与上月对比
  --json            输出各分管领导、各单位的统计数字和序号（JSON），不输出文字说明
  -h, --help        显示本说明

示例：
  tongbao summarize 9月通报.xlsx -o 9月汇总.xlsx
  tongbao summarize 9月通报.xlsx -o 9月汇总.xlsx --roster 名单.csv --by both`;

const BY_VALUES: readonly SummaryBy[] = ['leader', 'unit', 'both'];
const ORDER_VALUES: readonly SummaryOrder[] = ['status', 'seq'];

const SUMMARY_ROLES: ReadonlySet<SheetRole> = new Set<SheetRole>(['leader', 'overview', 'unit', 'unit-overview']);

/**
 * Summary sheets an earlier run made that this run did not make again (a leader whose name has since
 * been corrected, say). They are left in place, as every sheet is, but their figures are out of date.
 */
function staleSummaries(host: CopyHost, written: WrittenSheet[]): string[] {
  const roles = host.generatedRoles();
  const now = new Set(written.map((w) => sheetNameKey(w.name)));
  return Object.entries(roles)
    .filter(([name, role]) => SUMMARY_ROLES.has(role) && !now.has(sheetNameKey(name)) && host.hasSheet(name))
    .map(([name]) => name);
}

function countsJson(c: StatusCounts) {
  return { total: c.total, 完成: c.完成, 部分完成: c.部分完成, 未完成: c.未完成, 未标明: c.未标明, rate: Math.round(c.rate * 10000) / 10000 };
}

/** The --json shape: what was made, and the figures per leader and per unit. */
export function summaryJson(file: string, output: string, report: Report, summary: Summary, written: WrittenSheet[]) {
  return {
    file,
    output,
    sheet: report.sheet,
    month: report.month,
    title: report.title,
    sheets: written.map((w, i) => ({ name: w.name, role: summary.sheets[i]?.role ?? null, replaced: w.replaced })),
    leaders: summary.leaders.map((l) => ({
      name: l.name,
      sheet: l.sheet,
      ...countsJson(l.counts),
      seqs: l.seqs,
      unfinished: l.unfinished,
      partial: l.partial,
      unresolved: l.unresolved,
    })),
    units: summary.units.map((u) => ({
      name: u.name,
      sheet: u.sheet,
      ...countsJson(u.all),
      lead: countsJson(u.lead),
      support: countsJson(u.support),
      leadSeqs: u.leadSeqs,
      supportSeqs: u.supportSeqs,
      unfinished: u.unfinished,
      partial: u.partial,
    })),
    unresolved: summary.unresolved,
    doubtfulUnits: summary.doubtfulUnits,
  };
}

function figuresText(counts: StatusCounts): string {
  return `${counts.total} 项，未完成 ${counts.未完成}，部分完成 ${counts.部分完成}，完成率 ${percentText(counts.rate)}`;
}

/** Names the check flags are never given a sheet: they are listed, to be settled before the summaries are made again. */
function printDoubts(io: Io, summary: Summary): void {
  if (summary.unresolved.length) {
    io.out(`注意：以下 ${summary.unresolved.length} 个分管领导姓名有疑问，没有为它们生成单独的表，只在汇总表中列为“待核实”：`);
    for (const u of summary.unresolved) {
      const parts = u.canonical.split('、');
      io.out(parts.length > 1 ? `  ${u.name}（疑似${parts.map((p) => `“${p}”`).join('')}连在一起）` : `  ${u.name}（疑似“${u.canonical}”）`);
    }
    io.out('请先核实并改正写法（运行 tongbao fix，或用 --roster 提供名单，或在表中改正），再重新生成汇总表。');
  }
  const units = summary.doubtfulUnits;
  if (units.length) {
    io.out(`注意：以下 ${units.length} 个责任单位名称有疑问，没有为它们生成单独的表，只在“责任单位汇总”中列为“待核实”：`);
    for (const u of units) io.out(`  ${u.name}（${u.cell}，${u.reason === 'unknown' ? '不在名单中' : '可能是被空格断开的单位名称的一部分'}）`);
    io.out('请在表中改正单位名称（或补全名单），再重新生成汇总表。');
  }
}

function printText(io: Io, output: string, report: Report, summary: Summary, written: WrittenSheet[], stale: string[]): void {
  const nameOf = new Map(written.map((w) => [w.wanted, w.name]));
  const shown = (sheet: string | null) => (sheet === null ? '' : (nameOf.get(sheet) ?? sheet));
  io.out(`已按“${report.sheet}”的 ${report.tasks.length} 项任务生成 ${written.length} 张汇总表：`);
  const compared = historyLine(report);
  if (compared) io.out(compared);
  for (const [i, model] of summary.sheets.entries()) {
    if (model.role === 'overview' || model.role === 'unit-overview') io.out(`  ${written[i]?.name ?? model.name}（汇总）`);
  }
  for (const l of summary.leaders) {
    if (l.sheet !== null) io.out(`  ${shown(l.sheet)}：${figuresText(l.counts)}`);
  }
  const unitSheets = summary.units.filter((u) => u.sheet !== null);
  if (unitSheets.length) {
    const sample = unitSheets.slice(0, 5).map((u) => shown(u.sheet)).join('、');
    io.out(`  责任单位表 ${unitSheets.length} 张：${sample}${unitSheets.length > 5 ? ' 等' : ''}`);
  }
  const none = summary.leaders.find((l) => l.sheet === null);
  const overview = written[0]?.name ?? '';
  if (none) io.out(`有 ${none.counts.total} 项任务没有填写分管领导（序号 ${none.seqs.join('、')}），已列在“${overview}”的“${none.name}”一行；请补填后重新生成。`);

  const clashes = written.filter((w) => w.name !== w.wanted).map((w) => ({ wanted: w.wanted, name: w.name, reason: 'reserved' as const }));
  for (const r of [...summary.renamed, ...clashes]) {
    if (r.reason === 'reserved') io.out(`工作簿中已有名为“${r.wanted}”的工作表，未覆盖它；汇总表改名为“${r.name}”。`);
    else io.out(`“${r.wanted}”与另一张汇总表的名称相同，改名为“${r.name}”。`);
  }

  printDoubts(io, summary);
  if (stale.length) {
    io.out(`上次生成的汇总表 ${stale.map((n) => `“${n}”`).join('、')} 这次没有再生成（如姓名已改正），其中数字已过时，可以删除。`);
  }
  io.out(`已写入：${output}（原文件未改动）`);
}

export async function summarizeCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('summarize', args, {
    ...CHECK_OPTIONS,
    ...OUTPUT_OPTIONS,
    by: { type: 'string' },
    order: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.out(SUMMARIZE_HELP);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file) throw new CliError('请指定通报表文件，例如：tongbao summarize 9月通报.xlsx -o 9月汇总.xlsx');
  if (extra.length) throw new CliError('summarize 一次只处理一个文件；多个文件请分别运行。');
  const by = choice('by', values.by, BY_VALUES, 'leader');
  const order = choice('order', values.order, ORDER_VALUES, 'status');
  const output = checkOutput('summarize', file, values.output, Boolean(values.force));
  const roster = values.roster !== undefined ? loadRoster(values.roster) : null;
  const options = await withPrevious(checkOptions({ sheet: values.sheet, month: monthOption(values.month) }, roster), values, io);

  const { host, report } = await openAndCheck(file, options, output);
  if (report.table === null || report.sheet === null) {
    io.err(noTableLine(file, report));
    return 2;
  }
  const summary = buildSummaries(report, { by, order, reserved: await host.userSheetNames() });
  const written = await host.writeSheets(summary.sheets, { after: report.sheet });
  const stale = staleSummaries(host, written);
  await writeOutput(output, await host.save());

  if (values.json) io.out(JSON.stringify({ ...summaryJson(file, output, report, summary, written), ...historyJson(report), stale }, null, 2));
  else {
    const warning = host.ledgerWarning();
    if (warning) io.out(warning);
    printText(io, output, report, summary, written, stale);
  }
  return 0;
}
