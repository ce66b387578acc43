/** The words around a figure: what it measures, what bounds it, whether it is a rate. */
import { clauseStart, isClauseBreakAt } from './scan';
import type { Bound } from './types';

export const MIN_PREFIXES = ['不低于', '不少于', '不下于', '至少', '超过', '高于', '多于', '突破', '达到', '超', '不小于', '大于等于', '≥', '＞', '>'];
export const MAX_PREFIXES = ['控制在', '不高于', '不超过', '不多于', '低于', '少于', '小于', '不足', '压减至', '压缩至', '降至', '降到', '不大于', '小于等于', '≤', '＜', '<'];
export const APPROX_PREFIXES = ['大约', '约', '将近', '接近', '近'];

const GROWTH = /(增长率|增长|增速|增幅|同比|环比|提升|提高|增加|增收|递增|下降|降低|减少|压减)/g;
export const DOWN_WORDS = new Set(['下降', '降低', '减少', '压减']);
export const SHARE = /占[^，。；]{0,10}$/;

/** Words that bound or pad a figure; dropped from the metric so 力争达到50个 and 50个 compare alike. */
const METRIC_NOISE_WORDS = ['不低于', '不少于', '不下于', '至少', '超过', '突破', '达到', '控制在', '不高于', '不超过', '力争', '确保', '争取', '以上', '以内', '以下', '左右', '实现', '已经'];
const METRIC_NOISE_CHARS = '已了的为共均约达到 \t\n\r“”"\'‘’《》、：:，,。；;（）()';
/** 1: drop the character; 2: a noise word may start here. */
const METRIC_NOISE = new Uint8Array(65536);
for (const ch of METRIC_NOISE_CHARS) METRIC_NOISE[ch.charCodeAt(0)] = 1;
for (const w of METRIC_NOISE_WORDS) METRIC_NOISE[w.charCodeAt(0)] = (METRIC_NOISE[w.charCodeAt(0)] ?? 0) | 2;

/** The metric phrase without comparators, fillers and punctuation, in one pass. */
export function cleanMetric(s: string): string {
  // Kept stretches are copied whole: most phrases have one or two, not a character each.
  let out = '';
  let kept = 0;
  for (let i = 0; i < s.length; ) {
    const flag = METRIC_NOISE[s.charCodeAt(i)] ?? 0;
    let drop = 0;
    if (flag & 2) drop = noiseWordAt(s, i);
    if (drop === 0 && flag & 1) drop = 1;
    if (drop === 0) {
      i++;
      continue;
    }
    if (i > kept) out += s.slice(kept, i);
    i += drop;
    kept = i;
  }
  if (kept === 0) return s;
  return kept < s.length ? out + s.slice(kept) : out;
}

/** Length of the noise word starting at i, or 0. */
function noiseWordAt(s: string, i: number): number {
  for (const w of METRIC_NOISE_WORDS) if (s.startsWith(w, i)) return w.length;
  return 0;
}

/**
 * The comparator ending right before the figure decides. Alternatives are tried from the earliest
 * start, so 不少于 (a floor) wins over the 少于 (a ceiling) inside it.
 */
export function prefixBound(before: string): Bound {
  const tail = before.slice(-12);
  const b = tail.includes(' ') ? tail.replace(/\s+/g, '') : tail;
  const m = COMPARATOR_AT_END.exec(b);
  if (m !== null) return m[1] !== undefined ? 'max' : 'min';
  // 至少建设完成100个, 控制在全年5%以内: a comparator a few words ahead still bounds the figure.
  const near = b.slice(-8);
  if (/控制在|不超过|不高于|不多于/.test(near)) return 'max';
  if (/至少|不少于|不低于|不下于/.test(near)) return 'min';
  return 'exact';
}

const COMPARATOR_AT_END = new RegExp(`(?:(${MAX_PREFIXES.join('|')})|(${MIN_PREFIXES.join('|')}))$`);

export function endsWithAny(s: string, words: readonly string[]): boolean {
  for (const w of words) if (s.endsWith(w)) return true;
  return false;
}

const MONTH_ON_MONTH = /环比|比上月|较上月/;
const YEAR_ON_YEAR = /同比|比上年|较上年|比去年|较去年|比上年同期|较上年同期/;

/** 同比 and 环比 are different measures: a rate keeps the comparison it was made against. */
export function basisOf(before: string): 'yoy' | 'mom' | null {
  if (MONTH_ON_MONTH.test(before)) return 'mom';
  if (YEAR_ON_YEAR.test(before)) return 'yoy';
  return null;
}

/** The last growth word before a figure, unless it sets a level (提高到, 降至). */
export function lastGrowth(before: string): string | null {
  GROWTH.lastIndex = 0;
  let word: string | null = null;
  let at = -1;
  for (let m = GROWTH.exec(before); m !== null; m = GROWTH.exec(before)) {
    word = m[1] as string;
    at = m.index + word.length;
  }
  if (word === null) return null;
  const rest = before.slice(at).replace(/\s+/g, '');
  if (/^(到|至)/.test(rest) && word !== '增长' && word !== '增速' && word !== '增长率') return null;
  return word === '增长率' ? '增长' : word;
}

/** Words after a figure up to the clause break or the next figure, at most 12 characters. */
export function afterWords(text: string, from: number, limit: number): string {
  let i = from;
  const stop = Math.min(limit, from + 12);
  while (i < stop && !isClauseBreakAt(text, i)) i++;
  return text.slice(from, i);
}

const HEADING_REACH = 80;

/** The heading of a point, as in 充电桩：建设完成106个: the clause just before a colon in the item. */
export function headingOf(text: string, itemStart: number, pos: number): string {
  let colon = -1;
  // A heading sits near its figures; looking further back only costs time on very long cells.
  for (let i = pos - 1; i >= itemStart && i >= pos - HEADING_REACH; i--) {
    const c = text.charCodeAt(i);
    if (c === 0xff1a || c === 0x3a) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return '';
  const s = clauseStart(text, colon, itemStart);
  return text.slice(Math.max(s, colon - 12), colon);
}
