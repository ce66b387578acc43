import type { Task } from '../model';
import { readText, type ReadText } from '../quantities/extract';

/** Everything the judgement rules read from one task, read once and shared by all of them. */
export interface TaskReading {
  annual: ReadText;
  month: ReadText;
  /** The progress text without its opening status label. */
  body: string;
  progress: ReadText;
}

const cache = new WeakMap<Task, TaskReading>();

export function readTask(task: Task): TaskReading {
  const hit = cache.get(task);
  if (hit !== undefined) return hit;
  const body = progressBody(task);
  const reading: TaskReading = {
    annual: readText(task.annual),
    month: readText(task.monthTarget),
    body,
    progress: readText(body),
  };
  cache.set(task, reading);
  return reading;
}

const LABEL_TAIL = /^[\s。.，,：:、；;]*/;

/** "完成。9月份新增8家" → "9月份新增8家": the status label is not part of what was done. */
export function progressBody(task: Task): string {
  const text = task.progress.trimStart();
  const label = task.statusLabel;
  if (label !== null && text.startsWith(label)) return text.slice(label.length).replace(LABEL_TAIL, '');
  return text;
}
