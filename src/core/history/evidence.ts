import type { PreviousEvidence } from '../findings';
import type { Task } from '../model';
import type { HistoryContext } from './types';

/** The longest text quoted from last month: a long task is recognisable by its opening. */
const EXCERPT = 60;

export function excerpt(text: string, max = EXCERPT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

/** Last month's task as evidence: its sheet, 序号, status and the text the finding rests on. */
export function previousEvidence(history: HistoryContext, task: Task | undefined, text: string): PreviousEvidence {
  return {
    sheet: history.info.sheet,
    seq: task ? task.seqText || (task.seq === null ? null : String(task.seq)) : null,
    status: task?.status ?? null,
    text: excerpt(text),
  };
}

/** Last month's task matched to this month's task i, if any. */
export function previousTask(history: HistoryContext, i: number): Task | undefined {
  const j = history.previousOf[i] ?? -1;
  return j >= 0 ? history.previous[j] : undefined;
}
