import type { SheetModel } from '../sheet-model';
import { cleanSheetName, sheetNameKey, uniqueSheetName } from '../sheet-names';
import type { SheetContext } from './context';
import { countStatuses, periodParts, seqsWith, sortRows, wordingOf } from './figures';
import { groupTasks, type TaskRow } from './group';
import { leaderSummaries } from './leader-sheets';
import { previousRates } from './history';
import { overviewSheet, type OverviewLine } from './overview';
import { unitOverviewSheet } from './unit-overview';
import { unitSummaries } from './unit-sheets';
import { NO_LEADER, type Summary, type SummaryOptions, type SummarySource } from './types';

export * from './types';
export type { DoubtfulUnit, UnitDoubt } from './doubts';

export const LEADER_OVERVIEW_SHEET = '分管领导汇总';
export const UNIT_OVERVIEW_SHEET = '责任单位汇总';

const DEFAULT_OPTIONS: SummaryOptions = { by: 'leader', order: 'status' };

/** An overview row for tasks that have no sheet of their own: 未指定分管领导, 合计. */
function line(label: string, rows: TaskRow[]): OverviewLine {
  const bySeq = sortRows(rows, (r) => r, 'seq');
  return { label, sheet: null, counts: countStatuses(bySeq), unfinished: seqsWith(bySeq, '未完成'), partial: seqsWith(bySeq, '部分完成') };
}

/**
 * The summary sheets of a checked report, as data: per leader (and the 分管领导汇总 overview),
 * per unit (the 责任单位汇总 overview, and one sheet per unit when asked), with the figures behind them.
 * Tasks are grouped in one pass; each sheet only walks its own rows.
 */
export function buildSummaries(report: SummarySource, options: Partial<SummaryOptions> = {}): Summary {
  const { by, order, reserved } = { ...DEFAULT_OPTIONS, ...options };
  const grouped = groupTasks(report.tasks, report.names, report.sheet);

  const reservedKeys = new Set<string>();
  for (const name of reserved ?? []) reservedKeys.add(sheetNameKey(name));
  const taken = new Set(reservedKeys);
  const renamed: Summary['renamed'] = [];
  const ctx: SheetContext = {
    period: periodParts(report.year, report.month),
    wording: wordingOf(report.title),
    monthHeader: report.month !== null ? `${report.month}月份目标任务` : (report.table?.headers.month ?? '月份目标任务'),
    order,
    claim: (wanted) => {
      const name = uniqueSheetName(wanted, taken);
      taken.add(sheetNameKey(name));
      const clean = cleanSheetName(wanted);
      if (name !== clean) renamed.push({ wanted, name, reason: reservedKeys.has(sheetNameKey(clean)) ? 'reserved' : 'duplicate' });
      return name;
    },
    history: report.history ?? null,
  };
  const { year, month } = ctx.period;
  const { work, progress } = ctx.wording;
  const withLeaders = by === 'leader' || by === 'both';
  const showNoStatus = grouped.rows.some((r) => r.status === '未标明');

  // The overviews claim their names first, so a leader or unit called 分管领导汇总 gets the suffix instead.
  const leaderOverview = withLeaders ? ctx.claim(LEADER_OVERVIEW_SHEET) : null;
  const unitOverview = ctx.claim(UNIT_OVERVIEW_SHEET);
  const { sheets: leaderSheets, leaders } = withLeaders ? leaderSummaries(grouped, ctx) : { sheets: [], leaders: [] };
  const { sheets: unitSheets, units } = unitSummaries(grouped, ctx, by === 'unit' || by === 'both');

  const sheets: SheetModel[] = [];
  if (leaderOverview !== null) {
    const before = report.history ? previousRates(report.history, report.names) : null;
    const lines: OverviewLine[] = leaders
      .filter((l) => l.sheet !== null || l.unresolved)
      .map((l) => ({ ...l, label: l.unresolved ? `${l.name}（待核实）` : l.name, ...(before ? { previousRate: before.byLeader.get(l.name) } : {}) }));
    const total = line('合计', grouped.rows);
    if (before) total.previousRate = before.total;
    sheets.push(
      overviewSheet({
        name: leaderOverview,
        title: `${year}${work}${month}${progress}分管领导汇总表`,
        nameHeader: '分管领导',
        totalHeader: '分管事项',
        lines,
        extraLines: grouped.noLeader.length ? [line(NO_LEADER, grouped.noLeader)] : [],
        total,
        showNoStatus,
        showPrevious: before !== null,
      }),
      ...leaderSheets,
    );
  }
  sheets.push(
    unitOverviewSheet({ name: unitOverview, title: `${year}${work}${month}${progress}责任单位汇总表`, units, showNoStatus }),
    ...unitSheets,
  );
  return { sheets, leaders, units, unresolved: grouped.unresolved, doubtfulUnits: grouped.doubtfulUnits, renamed };
}
