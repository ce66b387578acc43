import { bigrams, dice } from '../quantities/grams';
import { parseChineseNumeral } from '../quantities/numerals';
import { readText } from '../quantities/extract';
import { compatible, verdict } from './compare';
import { findCue } from './cues';
import { foldWidth } from '../quantities/normalize';

/** A date a target sets as its deadline: 9月28日前, 6月底前, 三季度末, 年底前, 上半年. */
export interface Deadline {
  /** As written. */
  text: string;
  start: number;
  /** Year when written (2024年6月底前); otherwise the report's year is meant. */
  year: number | null;
  month: number;
  /** The day as read; for 月底/季度末/年底 the month's last day in the year written, or in a non-leap year. */
  day: number;
  /** 月底, 季度末, 年底: the last day depends on the year, which may be the report's. */
  endOfMonth: boolean;
}

const NUM = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const YEAR = '(?:(\\d{4})年)?';
const BEFORE = '(?:前|之前|以前)';
const FINISH = '完成|开工|建成|投用|投运|投产|竣工|实现|全部|基本|启动|达到|签约|交付|上线|通过';

/** Each form with how to read month and day from it; the order puts the most specific first. */
const FORMS: ReadonlyArray<{ re: RegExp; read: (m: RegExpExecArray) => { month: number; day: number | 'end' } | null }> = [
  { re: new RegExp(`${YEAR}${NUM}月${NUM}[日号]${BEFORE}`, 'g'), read: (m) => md(m[2], m[3]) },
  { re: new RegExp(`${YEAR}${NUM}月份?(上旬|中旬|下旬)${BEFORE}?`, 'g'), read: (m) => tenDay(m[2], m[3]) },
  { re: new RegExp(`${YEAR}${NUM}月份?(?:底|末)${BEFORE}?`, 'g'), read: (m) => md(m[2], 'end') },
  { re: new RegExp(`${YEAR}${NUM}月份?${BEFORE}(?![一二三四五六七八九十\\d])`, 'g'), read: (m) => before(m[2]) },
  { re: new RegExp(`${YEAR}第?([一二三四1-4])季度(?:末|底)${BEFORE}?`, 'g'), read: (m) => quarterEnd(m[2]) },
  // 上半年 is a deadline only with 前/底/末 or before a verb of finishing: 调度上半年数据 names a period.
  { re: new RegExp(`${YEAR}(上半年|年中)(?:前|底|末|内|(?=${FINISH}))`, 'g'), read: () => ({ month: 6, day: 'end' }) },
  { re: new RegExp(`(?:(\\d{4})年(?:底|末)|年底|年末)${BEFORE}?`, 'g'), read: () => ({ month: 12, day: 'end' }) },
];

/** Words before a date that make it a point of reference, not a deadline: 截至9月底, 1-8月. */
const NOT_DEADLINE_BEFORE = /(截至|截止|至|-|~|—|从|自)\s*$/;

/**
 * Finds the deadlines a target text sets. Dates of events (9月12日至16日举办) and reference points
 * (截至9月底) are not deadlines.
 */
export function findDeadlines(original: string): Deadline[] {
  const text = foldWidth(original);
  const out: Deadline[] = [];
  const taken: Array<[number, number]> = [];
  for (const form of FORMS) {
    form.re.lastIndex = 0;
    for (let m = form.re.exec(text); m !== null; m = form.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      if (NOT_DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
      const read = form.read(m);
      if (read === null) continue;
      const year = m[1] !== undefined ? Number(m[1]) : null;
      const day = read.day === 'end' ? lastDay(year, read.month) : read.day;
      out.push({ text: original.slice(start, end), start, year, month: read.month, day, endOfMonth: read.day === 'end' });
      taken.push([start, end]);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The deadline has passed by the end of the report month: due before the last day of that month. */
export function hasPassed(d: Deadline, reportYear: number | null, reportMonth: number): boolean {
  const year = d.year ?? reportYear;
  if (d.year !== null && reportYear === null) return false;
  const ry = reportYear ?? 0;
  const dy = year ?? 0;
  const due = dy * 10000 + d.month * 100 + dayIn(d, reportYear);
  const now = ry * 10000 + reportMonth * 100 + lastDay(reportYear, reportMonth);
  return due < now;
}

/** 2023年9月28日, or 9月28日 when the year is not known. */
export function formatDate(d: Deadline, reportYear: number | null): string {
  const year = d.year ?? reportYear;
  return `${year !== null ? `${year}年` : ''}${d.month}月${dayIn(d, reportYear)}日`;
}

/** The deadline's day once its year is known: 2月底 is the 29th in a leap year. */
function dayIn(d: Deadline, reportYear: number | null): number {
  return d.endOfMonth ? lastDay(d.year ?? reportYear, d.month) : d.day;
}

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  if (/^\d+$/.test(s)) return Number(s);
  return parseChineseNumeral(s);
}

function md(ms: string | undefined, ds: string | undefined | 'end'): { month: number; day: number | 'end' } | null {
  const month = num(ms);
  if (month === null || month < 1 || month > 12) return null;
  if (ds === 'end') return { month, day: 'end' };
  const day = num(ds);
  if (day === null || day < 1 || day > 31) return null;
  return { month, day };
}

function tenDay(ms: string | undefined, part: string | undefined): { month: number; day: number | 'end' } | null {
  const r = md(ms, 'end');
  if (r === null) return null;
  if (part === '上旬') return { month: r.month, day: 10 };
  if (part === '中旬') return { month: r.month, day: 20 };
  return r;
}

/**
 * "10月前" is read both as "before October" and as "by October"; the later of the two, the end of
 * October, is taken, so a deadline is never called passed on the stricter reading alone.
 */
function before(ms: string | undefined): { month: number; day: number | 'end' } | null {
  const month = num(ms);
  if (month === null || month < 1 || month > 12) return null;
  return { month, day: 'end' };
}

function quarterEnd(q: string | undefined): { month: number; day: number | 'end' } | null {
  const n = num(q);
  if (n === null || n < 1 || n > 4) return null;
  return { month: n * 3, day: 'end' };
}

function lastDay(year: number | null, month: number): number {
  if (month === 2) {
    const y = year ?? 2001;
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const CLAUSE = /[^，,。；;！？!?\n]+/g;
/**
 * A clause reporting a step done: 已完成…, 均已开工, or a date with the step (5月20日取得可研批复, 8月底完成签约).
 * A plan or an estimate (计划10月完成) is no report; its sentence carries a pending cue and is passed over.
 */
const DONE = /(?:已(?:经)?|均已|全部|\d{1,2}月\d{1,2}日|\d{1,2}月(?:份|底|初|中旬|上旬|下旬)?)(?:完成|建成|投用|投运|投产|开工|竣工|批复|上报|办结|通过|落实|实现|取得|获得|获批|签订|签约|交付)|均已完成|已获/;
/** How alike a progress clause must be to the deadline's clause to be about the same work. */
const SAME_WORK = 0.4;

/**
 * Whether the progress text reports the very work a deadline was set for as done: a clause about
 * the same thing (北部能源供应中心已建成投用 for 6月底前建成投用北部能源供应中心) saying it is
 * finished and carrying no negative cue. A task can be 部分完成 because of other work.
 */
export function deadlineWorkDone(target: string, d: Deadline, progress: string): boolean {
  const clause = clauseAt(target, d.start).replace(d.text, '');
  const want = bigrams(clause);
  if (want.length === 0) return false;
  for (const sentence of progress.split(SENTENCE)) {
    // "主体已完成，设备尚未安装": a sentence that still owes something does not report the work done.
    if (!DONE.test(sentence) || findCue(sentence, '') !== null) continue;
    CLAUSE.lastIndex = 0;
    for (let m = CLAUSE.exec(sentence); m !== null; m = CLAUSE.exec(sentence)) {
      const c = m[0];
      if (DONE.test(c) && dice(want, bigrams(c)) >= SAME_WORK && figuresMet(clause, c)) return true;
    }
  }
  return false;
}

const SENTENCE = /[。；;！？!?\n]/;

/**
 * A step with a figure (7月15日前开工3个项目) is done only when the clause reporting it meets the figure:
 * 3个项目均已开工 is, 已开工2个项目 is not. A step without a figure, or a report without one, is judged by
 * its words alone.
 */
function figuresMet(step: string, done: string): boolean {
  const want = readText(step).claims;
  const have = readText(done).claims;
  for (const t of want) {
    const answers = have.filter((a) => compatible(t, a));
    if (answers.length > 0 && !answers.some((a) => verdict(t, a) === 'met')) return false;
  }
  return true;
}

/** The clause of text holding pos. */
export function clauseAt(text: string, pos: number): string {
  const stop = /[，,。；;！？!?\n]/;
  let s = pos;
  while (s > 0 && !stop.test(text[s - 1] as string)) s--;
  let e = pos;
  while (e < text.length && !stop.test(text[e] as string)) e++;
  return text.slice(s, e).replace(/\s+/g, '');
}
