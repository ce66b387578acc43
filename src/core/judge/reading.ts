import type { Task } from '../model';
import { readText, type ReadText } from '../quantities/extract';

/**
 * Everything the judgement rules read from one task, read once and shared by all of them. Each
 * text is read on first use: most rows never need their annual target read.
 */
export class TaskReading {
  /** The progress text without its opening status label. */
  readonly body: string;
  private readonly task: Task;
  private annualText: ReadText | null = null;
  private monthText: ReadText | null = null;
  private progressText: ReadText | null = null;

  constructor(task: Task) {
    this.task = task;
    this.body = progressBody(task);
  }

  get annual(): ReadText {
    return (this.annualText ??= readText(this.task.annual));
  }

  get month(): ReadText {
    return (this.monthText ??= readText(this.task.monthTarget));
  }

  get progress(): ReadText {
    return (this.progressText ??= readText(this.body));
  }
}

const cache = new WeakMap<Task, TaskReading>();

export function readTask(task: Task): TaskReading {
  let hit = cache.get(task);
  if (hit === undefined) {
    hit = new TaskReading(task);
    cache.set(task, hit);
  }
  return hit;
}

const LABEL_TAIL = /^[\s。.，,：:、；;]*/;

/** "完成。9月份新增8家" → "9月份新增8家": the status label is not part of what was done. */
export function progressBody(task: Task): string {
  const text = task.progress.trimStart();
  const label = task.statusLabel;
  if (label !== null && text.startsWith(label)) return text.slice(label.length).replace(LABEL_TAIL, '');
  return text;
}
