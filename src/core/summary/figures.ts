import type { TaskRow } from './group';
import { textWidth } from './measure';
import type { SeqRef, StatusCounts, StatusKey, SummaryOrder } from './types';

export function countStatuses(rows: Iterable<TaskRow>): StatusCounts {
  const counts: StatusCounts = { total: 0, 完成: 0, 部分完成: 0, 未完成: 0, 未标明: 0, rate: 0 };
  for (const row of rows) {
    counts.total++;
    counts[row.status]++;
  }
  counts.rate = counts.total ? counts.完成 / counts.total : 0;
  return counts;
}

/** Unfinished work first, so it is what a leader reads first; tasks without a status before the finished ones. */
const STATUS_RANK: Record<StatusKey, number> = { 未完成: 0, 部分完成: 1, 未标明: 2, 完成: 3 };

function bySeq(a: { seq: number | null; index: number }, b: { seq: number | null; index: number }): number {
  const sa = a.seq;
  const sb = b.seq;
  if (sa !== null && sb !== null && sa !== sb) return sa - sb;
  return a.index - b.index;
}

export function sortRows<T>(items: T[], row: (item: T) => TaskRow, order: SummaryOrder): T[] {
  // The keys are taken once per item, not once per comparison: a sheet of thousands of rows compares
  // each row a dozen times or more.
  const keyed = items.map((item) => {
    const r = row(item);
    return { item, rank: order === 'seq' ? 0 : STATUS_RANK[r.status], seq: r.task.seq, index: r.index };
  });
  keyed.sort((a, b) => a.rank - b.rank || bySeq(a, b));
  return keyed.map((k) => k.item);
}

export function seqsWith(rows: Iterable<TaskRow>, status: StatusKey): SeqRef[] {
  const out: SeqRef[] = [];
  for (const row of rows) if (row.status === status) out.push(row.seq);
  return out;
}

/** 83.3%, 100%, 0%: one decimal, none when it is zero. */
export function percentText(rate: number): string {
  const value = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`;
}

/** 共N项，完成a项，部分完成b项，未完成c项，完成率x% (and the tasks without a status, when there are any). */
export function countsLine(counts: StatusCounts, lead?: string): string {
  const parts = [
    `共${counts.total}项${lead ?? ''}`,
    `完成${counts.完成}项`,
    `部分完成${counts.部分完成}项`,
    `未完成${counts.未完成}项`,
  ];
  if (counts.未标明) parts.push(`未标明完成状态${counts.未标明}项`);
  parts.push(`完成率${percentText(counts.rate)}`);
  return parts.join('，');
}

/**
 * A list of 序号 no wider than `budget` width units: a cell must stay under Excel's 32,767 characters,
 * and a list longer than a printed cell can show helps no one. Past the budget it ends "…等N项".
 */
export function seqListWithin(seqs: readonly SeqRef[], budget: number): string {
  let out = '';
  let width = 0;
  for (let i = 0; i < seqs.length; i++) {
    const item = (i ? '、' : '') + String(seqs[i]);
    const w = textWidth(item);
    if (width + w > budget) return `${out}…等${seqs.length}项`;
    out += item;
    width += w;
  }
  return out;
}

/** Width budget of each line of unfinishedText: about ten printed lines of the 序号 column. */
export const SEQ_LIST_BUDGET = 600;

/** "未完成：2、7\n部分完成：1、3", the lines that apply; empty when everything is done. */
export function unfinishedText(unfinished: readonly SeqRef[], partial: readonly SeqRef[]): string {
  const lines: string[] = [];
  if (unfinished.length) lines.push(`未完成：${seqListWithin(unfinished, SEQ_LIST_BUDGET)}`);
  if (partial.length) lines.push(`部分完成：${seqListWithin(partial, SEQ_LIST_BUDGET)}`);
  return lines.join('\n');
}

/** "2023年", "9月份": the parts of a title the report gives. */
export function periodParts(year: number | null, month: number | null): { year: string; month: string } {
  return { year: year !== null ? `${year}年` : '', month: month !== null ? `${month}月份` : '' };
}

/** The words a report uses for its work and its progress, so the summaries' titles read like it. */
export interface Wording {
  /** 重点工作, 重点任务, 重点项目… */
  work: string;
  /** 完成情况, 推进情况, 进展情况, 落实情况. */
  progress: string;
}

const WORK_WORDS = /重点(?:工作|任务|项目|事项)/;
const PROGRESS_WORDS = /(?:完成|推进|进展|落实|进度)情况/;

/** From the report's title (重点任务…推进情况), 重点工作…完成情况 when the title names neither. */
export function wordingOf(title: string | null): Wording {
  const text = (title ?? '').replace(/\s+/g, '');
  return { work: WORK_WORDS.exec(text)?.[0] ?? '重点工作', progress: PROGRESS_WORDS.exec(text)?.[0] ?? '完成情况' };
}
