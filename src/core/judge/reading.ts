import type { Task } from '../model';
import { readText, type ReadText } from '../quantities/extract';

/** Texts already read, by text: within one report a target is often copied from row to row. */
export type TextReadings = Map<string, ReadText>;

/**
 * Everything the judgement rules read from one task, read once and shared by all of them. Each
 * text is read on first use: most rows never need their annual target read.
 */
export class TaskReading {
  /** The progress text without its opening status label. */
  readonly body: string;
  private readonly task: Task;
  private readonly texts: TextReadings | null;
  private annualText: ReadText | null = null;
  private monthText: ReadText | null = null;
  private progressText: ReadText | null = null;

  constructor(task: Task, texts: TextReadings | null = null) {
    this.task = task;
    this.texts = texts;
    this.body = progressBody(task);
  }

  get annual(): ReadText {
    return (this.annualText ??= this.read(this.task.annual));
  }

  get month(): ReadText {
    return (this.monthText ??= this.read(this.task.monthTarget));
  }

  get progress(): ReadText {
    return (this.progressText ??= this.read(this.body));
  }

  private read(text: string): ReadText {
    if (this.texts === null) return readText(text);
    let hit = this.texts.get(text);
    if (hit === undefined) {
      hit = readText(text);
      this.texts.set(text, hit);
    }
    return hit;
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

interface ReportReadings {
  texts: TextReadings;
  /** By task index: looked up by position, the commonest lookup in the rules, without hashing. */
  tasks: (TaskReading | undefined)[];
}

const reports = new WeakMap<readonly Task[], ReportReadings>();

/**
 * The readings of one report's tasks, by index into `tasks`, sharing the reading of a text that
 * repeats across its rows. They live as long as the report's task list, so a later check reads afresh.
 */
export function readingsOf(tasks: readonly Task[]): (index: number) => TaskReading {
  let report = reports.get(tasks);
  if (report === undefined) {
    report = { texts: new Map(), tasks: tasks.map((): TaskReading | undefined => undefined) };
    reports.set(tasks, report);
  }
  const { texts, tasks: readings } = report;
  return (index) => (readings[index] ??= new TaskReading(tasks[index] as Task, texts));
}

const LABEL_TAIL = /^[\s。.，,：:、；;]*/;

const CLOSING_TAIL = /[\s\u3000。．.！!；;]*$/;
const CLAUSE_TAIL = /[\s，,；;：:]*(?:截至目前|目前|当前|现阶段|总体|整体|综合)?[为是：:]?$/;

/**
 * "完成。9月份新增8家" → "9月份新增8家": the status label is not part of what was done, wherever it stands
 * ("总体情况：完成。…", "…已签约12个，滞后。").
 */
export function progressBody(task: Task): string {
  const text = task.progress.trimStart();
  const fromColumn = task.statusPlace === 'column' || task.statusPlace === 'light';
  const label = fromColumn ? (task.textStatus?.label ?? null) : task.statusLabel;
  const place = fromColumn ? task.textStatus?.place : task.statusPlace;
  if (label === null) return text;
  if (place === 'end') {
    const trimmed = text.replace(CLOSING_TAIL, '');
    if (trimmed.endsWith(label)) return trimmed.slice(0, trimmed.length - label.length).replace(CLAUSE_TAIL, '');
    return text;
  }
  if (place === 'heading') {
    const at = text.indexOf(label);
    return at < 0 ? text : text.slice(at + label.length).replace(LABEL_TAIL, '');
  }
  if (text.startsWith(label)) return text.slice(label.length).replace(LABEL_TAIL, '');
  return text;
}
