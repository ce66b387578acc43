import type { SheetModel } from '../sheet-model';
import { cleanSheetName, sheetNameKey, uniqueSheetName } from '../sheet-names';
import { countsLine, countStatuses, periodParts, seqsWith, sortRows } from './figures';
import { groupTasks, type TaskRow } from './group';
import { leaderSheet, type SheetContext } from './leader-sheets';
import { overviewSheet, type OverviewLine } from './overview';
import { unitOverviewSheet } from './unit-overview';
import { unitSheet } from './unit-sheets';
import {
  NO_LEADER,
  type LeaderFigures,
  type Summary,
  type SummaryOptions,
  type SummarySource,
  type UnitFigures,
} from './types';

export * from './types';

export const LEADER_OVERVIEW_SHEET = '分管领导汇总';
export const UNIT_OVERVIEW_SHEET = '责任单位汇总';

const DEFAULT_OPTIONS: SummaryOptions = { by: 'leader', order: 'status' };

function line(label: string, sheet: string | null, rows: TaskRow[]): OverviewLine {
  return { label, sheet, counts: countStatuses(rows), unfinished: seqsWith(rows, '未完成'), partial: seqsWith(rows, '部分完成') };
}

/**
 * The summary sheets of a checked report, as data: per leader (and the 分管领导汇总 overview),
 * per unit (the 责任单位汇总 overview, and one sheet per unit when asked), with the figures behind them.
 * Tasks are grouped in one pass; each sheet only walks its own rows.
 */
export function buildSummaries(report: SummarySource, options: Partial<SummaryOptions> = {}): Summary {
  const { by, order, reserved } = { ...DEFAULT_OPTIONS, ...options };
  const grouped = groupTasks(report.tasks, report.names, report.sheet);
  const ctx: SheetContext = {
    period: periodParts(report.year, report.month),
    monthHeader: report.month !== null ? `${report.month}月份目标任务` : (report.table?.headers.month ?? '月份目标任务'),
  };
  const { year, month } = ctx.period;
  const withLeaders = by === 'leader' || by === 'both';
  const withUnitSheets = by === 'unit' || by === 'both';
  const showNoStatus = grouped.rows.some((r) => r.status === '未标明');

  const taken = new Set<string>();
  for (const name of reserved ?? []) taken.add(sheetNameKey(name));
  const renamed: Summary['renamed'] = [];
  const claim = (wanted: string): string => {
    const name = uniqueSheetName(wanted, taken);
    taken.add(sheetNameKey(name));
    if (name !== cleanSheetName(wanted)) renamed.push({ wanted, name });
    return name;
  };
  // The overviews claim their names first, so a leader or unit called 分管领导汇总 gets the suffix instead.
  const leaderOverview = withLeaders ? claim(LEADER_OVERVIEW_SHEET) : null;
  const unitOverview = claim(UNIT_OVERVIEW_SHEET);

  const unresolvedOf = new Map(grouped.unresolved.map((u) => [u.name, u.canonical]));
  const leaderSheets: SheetModel[] = [];
  const leaders: LeaderFigures[] = [];
  if (withLeaders) {
    for (const bucket of grouped.leaders) {
      const sheet = claim(bucket.name);
      const rows = sortRows(bucket.rows, (r) => r, order);
      const counts = countStatuses(rows);
      leaders.push({
        name: bucket.name,
        sheet,
        counts,
        seqs: rows.map((r) => r.seq),
        unfinished: seqsWith(bucket.rows, '未完成'),
        partial: seqsWith(bucket.rows, '部分完成'),
        unresolved: grouped.unresolvedNames.has(bucket.name),
      });
      const doubt = unresolvedOf.get(bucket.name);
      // A sheet printed before the name is settled says so, so no one takes it for final.
      const note = doubt ? `。注：姓名“${bucket.name}”疑似“${doubt}”的不同写法，请核实` : '';
      leaderSheets.push(leaderSheet(bucket, sheet, rows, countsLine(counts) + note, ctx));
    }
    if (grouped.noLeader.length) {
      const rows = sortRows(grouped.noLeader, (r) => r, order);
      leaders.push({
        name: NO_LEADER,
        sheet: null,
        counts: countStatuses(rows),
        seqs: rows.map((r) => r.seq),
        unfinished: seqsWith(grouped.noLeader, '未完成'),
        partial: seqsWith(grouped.noLeader, '部分完成'),
        unresolved: false,
      });
    }
  }

  const unitSheets: SheetModel[] = [];
  const units: UnitFigures[] = grouped.units.map((bucket) => {
    const items = sortRows(bucket.rows, (item) => item.row, order);
    const leadRows = bucket.rows.filter((i) => i.lead).map((i) => i.row);
    const supportRows = bucket.rows.filter((i) => !i.lead).map((i) => i.row);
    const allRows = bucket.rows.map((i) => i.row);
    const lead = countStatuses(leadRows);
    const all = countStatuses(allRows);
    let sheet: string | null = null;
    if (withUnitSheets) {
      sheet = claim(bucket.name);
      const counts = countsLine(all, `（牵头${lead.total}项，配合${all.total - lead.total}项）`);
      unitSheets.push(unitSheet(bucket, sheet, items, counts, ctx));
    }
    return {
      name: bucket.name,
      sheet,
      lead,
      support: countStatuses(supportRows),
      all,
      leadSeqs: leadRows.map((r) => r.seq),
      supportSeqs: supportRows.map((r) => r.seq),
      unfinished: seqsWith(allRows, '未完成'),
      partial: seqsWith(allRows, '部分完成'),
    };
  });

  const sheets: SheetModel[] = [];
  if (leaderOverview !== null) {
    sheets.push(
      overviewSheet({
        name: leaderOverview,
        title: `${year}重点工作${month}完成情况分管领导汇总表`,
        nameHeader: '分管领导',
        totalHeader: '分管事项',
        lines: leaders
          .filter((l) => l.sheet !== null)
          .map((l) => ({ ...l, label: l.unresolved ? `${l.name}（待核实）` : l.name })),
        extraLines: grouped.noLeader.length ? [line(NO_LEADER, null, grouped.noLeader)] : [],
        total: line('合计', null, grouped.rows),
        showNoStatus,
      }),
      ...leaderSheets,
    );
  }
  sheets.push(
    unitOverviewSheet({ name: unitOverview, title: `${year}重点工作${month}完成情况责任单位汇总表`, units, showNoStatus }),
    ...unitSheets,
  );

  return { sheets, leaders, units, unresolved: grouped.unresolved, renamed };
}
