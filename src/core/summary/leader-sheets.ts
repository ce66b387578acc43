import type { SheetModel } from '../sheet-model';
import type { SheetContext } from './context';
import { countsLine, countStatuses, seqsWith, sortRows } from './figures';
import type { Bucket, Grouped, TaskRow } from './group';
import { taskSheet } from './task-sheet';
import { historyText } from './history';
import { NO_LEADER, type LeaderFigures } from './types';

/** One leader's sheet: every task the leader is responsible for, ordered already. */
function leaderSheet(bucket: Bucket, sheetName: string, rows: TaskRow[], counts: string, ctx: SheetContext): SheetModel {
  const history = ctx.history;
  return taskSheet<TaskRow>({
    name: sheetName,
    role: 'leader',
    title: `${ctx.period.year}${bucket.name}同志分管${ctx.wording.work}${ctx.period.month}${ctx.wording.progress}`,
    countsLine: counts,
    monthHeader: ctx.monthHeader,
    items: rows,
    row: (r) => r,
    extra: [
      { header: '责任单位', min: 12, max: 24, text: (r) => r.unitsLabel, widths: (r) => r.widths.units },
      {
        header: '其他分管领导',
        min: 14,
        max: 16,
        text: (r) => r.leaders.filter((l) => l !== bucket.name).join('、'),
      },
      ...(history ? [{ header: '与上月比', min: 12, max: 16, text: (r: TaskRow) => historyText(r, history) }] : []),
    ],
  });
}

/** Figures for a list of tasks already in sheet order (within a status, sheet order is 序号 order). */
function figures(name: string, sheet: string | null, rows: TaskRow[], unresolved: boolean): LeaderFigures {
  return {
    name,
    sheet,
    counts: countStatuses(rows),
    seqs: rows.map((r) => r.seq),
    unfinished: seqsWith(rows, '未完成'),
    partial: seqsWith(rows, '部分完成'),
    unresolved,
  };
}

/**
 * A sheet per leader, and every leader's figures; tasks with no leader and names still to be settled
 * are figures only (rows of the overview).
 */
export function leaderSummaries(grouped: Grouped, ctx: SheetContext): { sheets: SheetModel[]; leaders: LeaderFigures[] } {
  const doubts = new Set(grouped.unresolved.map((u) => u.name));
  const sheets: SheetModel[] = [];
  const leaders: LeaderFigures[] = [];
  for (const bucket of grouped.leaders) {
    const rows = sortRows(bucket.rows, (r) => r, ctx.order);
    // A name the check flags may be no one: it is a row of the overview, marked 待核实, but gets no sheet.
    if (doubts.has(bucket.name)) {
      leaders.push(figures(bucket.name, null, rows, true));
      continue;
    }
    const sheet = ctx.claim(bucket.name);
    const figs = figures(bucket.name, sheet, rows, false);
    leaders.push(figs);
    sheets.push(leaderSheet(bucket, sheet, rows, countsLine(figs.counts), ctx));
  }
  if (grouped.noLeader.length) leaders.push(figures(NO_LEADER, null, sortRows(grouped.noLeader, (r) => r, ctx.order), false));
  return { sheets, leaders };
}
