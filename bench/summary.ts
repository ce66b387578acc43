import { check } from '../src/core/check';
import type { Report } from '../src/core/report';
import type { CellValue } from '../src/core/snapshot';
import { buildSummaries, type SummaryBy } from '../src/core/summary';
import { generateRows } from './generate';

/** Core time to build the summary sheets of a generated report; the target is 300 ms at 10,000 tasks and 50 leaders. */
export const SUMMARY_TARGET_MS = 300;

export interface SummaryBenchOptions {
  tasks?: number;
  leaders?: number;
  by?: SummaryBy;
  /** Timed runs after one warm-up; the median is reported. */
  runs?: number;
}

export interface SummaryBenchResult {
  tasks: number;
  leaders: number;
  by: SummaryBy;
  sheets: number;
  rows: number;
  /** Median wall time of buildSummaries alone, in ms. */
  ms: number;
  target: number;
  ok: boolean;
}

function generatedReport(tasks: number, leaders: number): Report {
  const rows = generateRows(tasks, { leaders });
  const values = rows.map((r) => r.map((v): CellValue => v));
  return check({ sheets: [{ name: '9月', values, merges: [{ top: 0, left: 0, bottom: 0, right: 5 }] }] });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Checks a generated report once (not timed), then times buildSummaries on it. */
export function benchSummary(options: SummaryBenchOptions = {}): SummaryBenchResult {
  const tasks = options.tasks ?? 10_000;
  const leaders = options.leaders ?? 50;
  const by = options.by ?? 'leader';
  const runs = Math.max(1, options.runs ?? 7);
  const report = generatedReport(tasks, leaders);
  let summary = buildSummaries(report, { by, order: 'status' });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    summary = buildSummaries(report, { by, order: 'status' });
    times.push(performance.now() - start);
  }
  const ms = Math.round(median(times) * 10) / 10;
  return {
    tasks: report.tasks.length,
    leaders: summary.leaders.length,
    by,
    sheets: summary.sheets.length,
    rows: summary.sheets.reduce((n, s) => n + s.rows.length, 0),
    ms,
    target: SUMMARY_TARGET_MS,
    ok: ms <= SUMMARY_TARGET_MS,
  };
}

export function summaryLine(r: SummaryBenchResult): string {
  return `summary (${r.by}): ${r.tasks} tasks, ${r.leaders} leaders → ${r.sheets} sheets, ${r.rows} rows in ${r.ms} ms (target ≤ ${r.target} ms) ${r.ok ? 'ok' : 'OVER'}`;
}

if (require.main === module) {
  const json = process.argv.includes('--json');
  const results = (['leader', 'both'] as const).map((by) => benchSummary({ by }));
  for (const r of results) console.log(json ? JSON.stringify({ summary: r }) : summaryLine(r));
}
