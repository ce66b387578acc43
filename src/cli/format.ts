import { cellKey } from '../core/address';
import type { Finding } from '../core/findings';
import { evidenceText, levelLabel } from '../core/report-sheet';
import type { Report, StatusCounts } from '../core/report';
import type { RuleId } from '../core/rules/ids';
import type { HistoryInfo } from '../core/history';
import { historyJson, historyLine } from './previous';

/** The --json shape of one checked file. */
export interface JsonReport {
  file: string;
  sheet: string | null;
  month: number | null;
  title: string | null;
  tasks: number;
  statusCounts: StatusCounts;
  findings: Finding[];
  /** Rules that failed on this file and were skipped; present only when some did. */
  failedRules?: RuleId[];
  /** What this month was compared with: the sheet, its file, the tasks matched, missing and added; present only when compared. */
  history?: HistoryInfo;
  /** Why last month's report could not be compared, in one line; present only then. */
  historyNote?: string;
}

/** A file that could not be read at all, in a --json array of several. */
export interface JsonFailure {
  file: string;
  error: string;
}

export function jsonReport(file: string, report: Report): JsonReport {
  return {
    file,
    sheet: report.sheet,
    month: report.month,
    title: report.title,
    tasks: report.tasks.length,
    statusCounts: report.statusCounts,
    findings: report.findings,
    ...(report.failedRules?.length ? { failedRules: report.failedRules } : {}),
    ...historyJson(report),
  };
}

function countLine(findings: readonly Finding[]): string {
  const n = { error: 0, warning: 0, info: 0, red: 0, yellow: 0, note: 0 };
  for (const f of findings) {
    if (f.kind === 'progress') {
      if (f.light === 'red') n.red++;
      else if (f.light === 'yellow') n.yellow++;
      else n.note++;
    } else n[f.severity]++;
  }
  const notes = n.note ? `，提示 ${n.note}` : '';
  return `数据问题 ${n.error + n.warning + n.info} 条（错误 ${n.error}，警告 ${n.warning}，提示 ${n.info}）；进度提示 ${n.red + n.yellow + n.note} 条（红灯 ${n.red}，黄灯 ${n.yellow}${notes}）`;
}

/** A full-width space: it lines Chinese text up the way staff expect. */
const GAP = '\u3000';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, notes and, last, the progress lights. */
function rowRank(worst: Finding): number {
  return worst.kind === 'progress' ? 3 : SEVERITY_RANK[worst.severity];
}

/** Counts per rule, worst first (in the order rules first appear within a level); lights are counted by colour. */
function perRule(findings: readonly Finding[]): string[] {
  const rows = new Map<RuleId, { worst: Finding; count: number; red: number; yellow: number }>();
  for (const f of findings) {
    let row = rows.get(f.rule);
    if (!row) rows.set(f.rule, (row = { worst: f, count: 0, red: 0, yellow: 0 }));
    row.count++;
    if (f.kind === 'progress') {
      if (f.light === 'red') row.red++;
      else if (f.light === 'yellow') row.yellow++;
    } else if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[row.worst.severity]) row.worst = f;
  }
  const width = Math.max(0, ...[...rows.keys()].map((r) => r.length));
  const ordered = [...rows].sort(([, a], [, b]) => rowRank(a.worst) - rowRank(b.worst));
  return ordered.map(([rule, row]) => {
    const detail =
      row.worst.kind === 'progress'
        ? `进度  ${row.count} 条（红灯 ${row.red}，黄灯 ${row.yellow}${row.count > row.red + row.yellow ? `，提示 ${row.count - row.red - row.yellow}` : ''}）`
        : `${levelLabel(row.worst)}  ${row.count} 条`;
    return `  ${rule.padEnd(width)}  ${detail}`;
  });
}

/** The plain-text report: what was checked, counts per rule, then one line per finding. */
export function textReport(file: string, report: Report): string {
  const lines: string[] = [`文件：${file}`];
  if (report.sheet !== null) {
    const s = report.statusCounts;
    lines.push(
      `工作表：${report.sheet}${GAP}月份：${report.month ?? '未知'}${GAP}任务：${report.tasks.length} 项（完成 ${s.完成}，部分完成 ${s.部分完成}，未完成 ${s.未完成}，未写状态 ${s.缺失}）`,
    );
    if (report.title) lines.push(`标题：${report.title}`);
    const compared = historyLine(report);
    if (compared) lines.push(compared);
  }
  if (report.failedRules?.length) {
    lines.push(`注意：规则 ${report.failedRules.join('、')} 在这份文件上运行出错，已跳过，它们查的问题没有列出。请把文件反馈给维护人员。`);
  }
  if (!report.findings.length) {
    lines.push('', '未发现问题。');
    return lines.join('\n');
  }
  lines.push('', `问题统计：${countLine(report.findings)}`, ...perRule(report.findings), '', '问题明细：');
  for (const f of report.findings) {
    const seq = f.seq === null ? '' : `序号 ${f.seq}${GAP}`;
    const where = report.sheet !== null && f.sheet !== report.sheet ? `${f.sheet}!${f.cell}` : f.cell;
    lines.push(`  ${where}${GAP}${seq}[${levelLabel(f)}] ${f.message}`);
    const evidence = evidenceText(f.evidence);
    if (evidence) lines.push(`      依据：${evidence}`);
  }
  lines.push('', ...nextSteps(file, report.findings));
  return lines.join('\n');
}

/** What the user can do next, with the commands spelled out for this file. */
function nextSteps(file: string, findings: readonly Finding[]): string[] {
  const quoted = /\s/.test(file) ? `"${file}"` : file;
  const fixable = new Set(findings.filter((f) => f.suggestion).map((f) => cellKey(f.sheet, f.suggestion?.cell ?? ''))).size;
  const steps = [`下一步：把问题标到表格上（另存一份，原文件不动）：tongbao mark ${quoted} -o 标记.xlsx`];
  if (fixable) steps.push(`${GAP.repeat(3)}其中 ${fixable} 个单元格的写法可以自动修正：tongbao fix ${quoted} -o 修正.xlsx`);
  return steps;
}

const CONTEXT = 12;
const SHORT = 40;

/**
 * A change as two short excerpts around where the texts differ, so a one-character fix in a
 * long 完成情况 cell shows on one line. Short texts are shown whole; when a long cell changes in
 * several places, the excerpts show the first change and say that there are more.
 */
export function changeExcerpts(from: string, to: string): [string, string] {
  const a = [...from];
  const b = [...to];
  if (a.length <= SHORT && b.length <= SHORT) return [from, to];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const spread = Math.max(a.length - end - start, b.length - end - start);
  const cut = (chars: string[]) => {
    const lo = Math.max(0, start - CONTEXT);
    const hi = spread <= SHORT ? Math.min(chars.length, chars.length - end + CONTEXT) : Math.min(chars.length, start + CONTEXT + 4);
    return `${lo > 0 ? '…' : ''}${chars.slice(lo, hi).join('')}${hi < chars.length ? '…' : ''}`;
  };
  const [x, y] = [cut(a), cut(b)];
  return spread <= SHORT ? [x, y] : [x, `${y}（此格还有多处同类改动）`];
}
