import type { Status } from './model';

/**
 * Labels a 完成情况 text may open with, and the standard status each one stands for.
 *
 * How the nonstandard ones were placed, as a supervisor reads them:
 * - 完成: only labels that say the month's target is fully met (已完成, 全部完成, 超额完成…).
 * - 完成 too: the on-schedule words (序时推进, 按序时推进, 达到序时进度, 达进度, 按计划推进, 超序时): the
 *   month's share of a task that runs all year was done, and the task goes on as planned.
 * - 部分完成: work under way but not finished. 基本完成 means "not quite", so it is partial;
 *   正在推进/推进中/持续推进/进行中/已启动 say the work moves, not that the target is met; the
 *   behind-schedule words (滞后, 滞后序时, 慢序时, 欠进度, 进度滞后) say it moves, but slower than planned.
 * - 未完成: the target was not met or the work has not started (尚未完成, 未开展, 未启动, 未开工).
 * A label counts only when followed by punctuation, a space, a line break or the end of the text,
 * except the three standard labels, which may run straight into the text ("完成项目总投资的83.8%").
 */
export const STATUS_LABELS: ReadonlyArray<readonly [label: string, status: Status]> = [
  ['完成', '完成'],
  ['部分完成', '部分完成'],
  ['未完成', '未完成'],

  ['已完成', '完成'],
  ['全部完成', '完成'],
  ['已全部完成', '完成'],
  ['全面完成', '完成'],
  ['已全面完成', '完成'],
  ['圆满完成', '完成'],
  ['已圆满完成', '完成'],
  ['按期完成', '完成'],
  ['已按期完成', '完成'],
  ['按时完成', '完成'],
  ['已按时完成', '完成'],
  ['提前完成', '完成'],
  ['已提前完成', '完成'],
  ['超额完成', '完成'],
  ['已超额完成', '完成'],
  ['完成了', '完成'],
  ['已经完成', '完成'],
  ['均已完成', '完成'],
  ['已办结', '完成'],
  ['已完工', '完成'],
  ['已落实', '完成'],
  ['序时推进', '完成'],
  ['按序时推进', '完成'],
  ['按序时进度推进', '完成'],
  ['按时序推进', '完成'],
  ['达到序时进度', '完成'],
  ['达到序时', '完成'],
  ['达序时进度', '完成'],
  ['达序时', '完成'],
  ['达进度', '完成'],
  ['符合序时进度', '完成'],
  ['序时完成', '完成'],
  ['按计划推进', '完成'],
  ['按进度推进', '完成'],
  ['超序时', '完成'],
  ['超序时进度', '完成'],
  ['快于序时', '完成'],
  ['快于序时进度', '完成'],

  ['部份完成', '部分完成'],
  ['基本完成', '部分完成'],
  ['已基本完成', '部分完成'],
  ['大部分完成', '部分完成'],
  ['大部完成', '部分完成'],
  ['部分已完成', '部分完成'],
  ['已部分完成', '部分完成'],
  ['部分未完成', '部分完成'],
  ['大部分已完成', '部分完成'],
  ['正在办理', '部分完成'],
  ['未全部完成', '部分完成'],
  ['未完全完成', '部分完成'],
  ['正在推进', '部分完成'],
  ['正在推进中', '部分完成'],
  ['推进中', '部分完成'],
  ['持续推进', '部分完成'],
  ['持续推进中', '部分完成'],
  ['有序推进', '部分完成'],
  ['稳步推进', '部分完成'],
  ['积极推进', '部分完成'],
  ['加快推进', '部分完成'],
  ['正在进行', '部分完成'],
  ['正在进行中', '部分完成'],
  ['进行中', '部分完成'],
  ['正在实施', '部分完成'],
  ['实施中', '部分完成'],
  ['已启动', '部分完成'],
  ['已开工', '部分完成'],
  ['滞后', '部分完成'],
  ['进度滞后', '部分完成'],
  ['滞后序时', '部分完成'],
  ['滞后序时进度', '部分完成'],
  ['滞后于序时进度', '部分完成'],
  ['慢序时', '部分完成'],
  ['慢于序时', '部分完成'],
  ['慢于序时进度', '部分完成'],
  ['落后序时', '部分完成'],
  ['落后序时进度', '部分完成'],
  ['落后于序时进度', '部分完成'],
  ['欠进度', '部分完成'],
  ['欠序时', '部分完成'],

  ['尚未完成', '未完成'],
  ['没有完成', '未完成'],
  ['未能完成', '未完成'],
  ['未按期完成', '未完成'],
  ['未按时完成', '未完成'],
  ['未按计划完成', '未完成'],
  ['暂未完成', '未完成'],
  ['没完成', '未完成'],
  ['未开展', '未完成'],
  ['尚未开展', '未完成'],
  ['未启动', '未完成'],
  ['尚未启动', '未完成'],
  ['未开工', '未完成'],
  ['尚未开工', '未完成'],
  ['未达到', '未完成'],
  ['未达标', '未完成'],
];

const STANDARD = new Set<string>(['完成', '部分完成', '未完成']);

/**
 * Labels by the code of their first character, longest first, so 未完成 is never read as 完成 and 部分完成
 * never as 部分. Keyed by code: taking a Chinese character out of the text would make a string per call.
 */
const BY_FIRST = new Map<number, { label: string; status: Status }[]>();
for (const [label, status] of STATUS_LABELS) {
  const head = label.charCodeAt(0);
  const list = BY_FIRST.get(head) ?? [];
  list.push({ label, status });
  BY_FIRST.set(head, list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.label.length - a.label.length);

/** What may follow a label: punctuation, a space or line break, a closing bracket, or the end. */
const AFTER_LABEL = /^(?:$|[\s\u3000。．.，,、：:；;！!）)】\]」』])/;
const OPENING_BRACKETS = new Set([...'【[（(「『'].map((c) => c.charCodeAt(0)));
const CLOSING_BRACKETS = '】]）)」』';
/** Tested where a label ends (sticky), so the text after it is not copied out. */
const NOT_A_LABEL = /(?:率|情况|进度|值|量|数|比例|时间|时限|节点)/y;
const NOT_SPACE = /[^\s\u3000\ufeff\u200b]/;

export interface StatusReading {
  status: Status | null;
  /** The label as written, brackets excluded; null when the text opens with none. */
  label: string | null;
  /** Offset of the label in the text. */
  start: number;
  end: number;
  standard: boolean;
}

const NONE: StatusReading = { status: null, label: null, start: 0, end: 0, standard: false };

/**
 * Where `label` ends when the text at `start` spells it, allowing spaces a line wrap left between its
 * characters ("完 成"); -1 when it does not.
 */
function labelEnd(text: string, start: number, label: string): number {
  if (text.startsWith(label, start)) return start + label.length;
  let at = start;
  for (let i = 0; i < label.length; i++) {
    if (i > 0) while (text.charAt(at) === ' ' || text.charAt(at) === '\u3000') at++;
    if (text.charAt(at) !== label.charAt(i)) return -1;
    at++;
  }
  return at;
}

/** The text at `end` goes on with a noun the label is part of ("完成率"). */
function notALabel(text: string, end: number): boolean {
  NOT_A_LABEL.lastIndex = end;
  return NOT_A_LABEL.test(text);
}

/** The status a 完成情况 text opens with. */
export function readStatus(text: string): StatusReading {
  const first = text.search(NOT_SPACE);
  let start = first < 0 ? text.length : first;
  let bracketed = false;
  if (OPENING_BRACKETS.has(text.charCodeAt(start))) {
    bracketed = true;
    start += 1;
  }
  const candidates = BY_FIRST.get(text.charCodeAt(start));
  if (!candidates) return NONE;
  for (const { label, status } of candidates) {
    const end = labelEnd(text, start, label);
    if (end < 0) continue;
    const spaced = end - start !== label.length;
    if (bracketed) {
      // "【完成】": the brackets belong to the label and go when it is standardised.
      const next = text.charAt(end);
      if (!CLOSING_BRACKETS.includes(next) || next === '') continue;
      return { status, label: text.slice(start - 1, end + 1), start: start - 1, end: end + 1, standard: false };
    }
    const standard = STANDARD.has(label);
    // A standard label may run straight into the text ("完成项目总投资的83.8%"), but not into a noun
    // it is part of ("完成率达85%"); any other label must stand apart to be a label.
    if (standard ? notALabel(text, end) : !AFTER_LABEL.test(text.charAt(end))) continue;
    return { status, label: spaced ? text.slice(start, end) : label, start, end, standard: standard && !spaced };
  }
  return NONE;
}

/**
 * What a status or 亮灯 column holds besides the labels: ticks, 是/否 under 是否完成, the lights and the
 * schedule verdicts. They are the column's own convention, not a nonstandard label.
 */
export const COLUMN_WORDS: ReadonlyArray<readonly [word: string, status: Status]> = [
  ['是', '完成'],
  ['√', '完成'],
  ['✓', '完成'],
  ['✔', '完成'],
  ['否', '未完成'],
  ['×', '未完成'],
  ['✗', '未完成'],
  ['绿', '完成'],
  ['绿灯', '完成'],
  ['绿色', '完成'],
  ['亮绿灯', '完成'],
  ['黄', '部分完成'],
  ['黄灯', '部分完成'],
  ['黄色', '部分完成'],
  ['亮黄灯', '部分完成'],
  ['红', '未完成'],
  ['红灯', '未完成'],
  ['红色', '未完成'],
  ['亮红灯', '未完成'],
  ['序时', '完成'],
  ['正常', '完成'],
  ['正常推进', '完成'],
  ['超前', '完成'],
  ['慢于序时', '部分完成'],
];

const BY_COLUMN_WORD = new Map<string, Status>(COLUMN_WORDS);
const CELL_TRIM = /^[\s\u3000]+|[\s\u3000。．.！!；;]+$/g;

export interface CellStatus {
  status: Status | null;
  /** The label or word as written, trimmed; null when the cell states none. */
  label: string | null;
  /** True for a column's own convention (是, 绿灯, 序时): never reported as nonstandard. */
  convention: boolean;
}

/** The status a cell of a status or 亮灯 column states: the whole cell is one word. */
export function readCellStatus(text: string): CellStatus {
  const word = text.normalize('NFKC').replace(CELL_TRIM, '');
  const conventional = BY_COLUMN_WORD.get(word);
  if (conventional !== undefined) return { status: conventional, label: word, convention: true };
  const r = readStatus(word);
  if (r.status === null || word.slice(r.end).trim() !== '') return { status: null, label: null, convention: false };
  return { status: r.status, label: r.label, convention: false };
}
