import type { HistoryContext } from '../history/types';
import type { NameIndex } from '../names/types';
import { countStatuses } from './figures';
import { groupTasks, type TaskRow } from './group';

/** Last month's completion rate per leader (names resolved as this month's), and overall. */
export interface PreviousRates {
  byLeader: Map<string, number>;
  total: number;
}

/** Last month's figures, counted the way this month's are: names resolved through this report's index. */
export function previousRates(history: HistoryContext, names: NameIndex): PreviousRates {
  const grouped = groupTasks(history.previous, names, null);
  const byLeader = new Map<string, number>();
  for (const bucket of grouped.leaders) byLeader.set(bucket.name, countStatuses(bucket.rows).rate);
  return { byLeader, total: countStatuses(grouped.rows).rate };
}

/** The change of a completion rate in percentage points, as a summary shows it: +5.0个百分点, 持平. */
export function changeText(now: number, before: number | undefined): string {
  if (before === undefined) return '—';
  const points = Math.round((now - before) * 1000) / 10;
  if (points === 0) return '持平';
  return `${points > 0 ? '+' : ''}${points.toFixed(1)}个百分点`;
}

/**
 * What last month says about a task on a leader's sheet: months in a row unfinished, a 完成 lost or
 * gained, or new this month; empty when nothing changed.
 */
export function historyText(row: TaskRow, history: HistoryContext): string {
  const streak = history.streaks[row.index] ?? 0;
  if (streak >= 2) return `连续${streak}个月未完成`;
  const j = history.previousOf[row.index] ?? -1;
  if (j < 0) return '本月新增';
  const before = history.previous[j]?.status ?? null;
  const now = row.task.status;
  if (before === '完成' && now !== null && now !== '完成') return `上月完成，本月${now}`;
  if (before !== null && before !== '完成' && now === '完成') return `上月${before}，本月完成`;
  return '';
}
