import { bigrams } from './grams';
import { NUMERAL_IDIOMS, ORDINAL_PREFIXES, inSpans, quotedSpans } from './noise';
import { foldWidth } from './normalize';
import { parseArabic, parseChineseNumeral } from './numerals';
import { clauseStart, isClauseBreak, itemAt, markedBefore, parenSpans, scopeStart, splitItems, type TextItem } from './scan';
import type { Bound, Claim } from './types';
import { mayStartUnit, unitAt } from './units';

export interface ReadText {
  /** The text with full-width digits folded; offsets match the original. */
  folded: string;
  claims: Claim[];
  /** The text's points (sentences, numbered items); left empty when the text has no figure. */
  items: TextItem[];
}

const RANGE = /\s*(?:-|~|至|到|—|–|－|～)\s*(\d+(?:\.\d+)?)/y;
const SUFFIX = /\s*(及以上|以上|以下|以内|之内|左右|上下|余|多|内(?![容部外涵]))/y;
/** Characters that can open a range after a number (3至5, 1-2, 2 ~ 3); anything else skips the pattern. */
const RANGE_START = new Set([' ', '-', '~', '至', '到', '—', '–', '－', '～']);
/** Characters that can open a suffix after a unit (以上, 左右, 余…). */
const SUFFIX_START = new Set([' ', '及', '以', '之', '左', '上', '余', '多', '内']);
const IDENT_BEFORE = /[A-Za-z#+/._]/;
const IDENT_AFTER = /[A-Za-z#+]/;

const MIN_PREFIXES = ['不低于', '不少于', '不下于', '至少', '超过', '高于', '多于', '突破', '达到', '超', '不小于'];
const MAX_PREFIXES = ['控制在', '不高于', '不超过', '不多于', '低于', '少于', '小于', '不足', '压减至', '压缩至', '降至', '降到'];
const APPROX_PREFIXES = ['大约', '约', '将近', '接近', '近'];

const GROWTH = /(增长率|增长|增速|增幅|同比|环比|提升|提高|增加|增收|递增|下降|降低|减少|压减)/g;
const DOWN_WORDS = new Set(['下降', '降低', '减少', '压减']);
const SHARE = /占[^，。；]{0,10}$/;

const PART_MARK = /其中/g;
// What is hoped for, not done: 预计, 下一步, 力争. 计划 only as a verb (计划完成); 年度计划投资 names the plan itself.
const ESTIMATE_MARK = /预计|预估|预测|预期|拟|将于|将在|下一步|力争|确保|(?<![年度的])计划(?=完成|实现|播种|开工|引进|举办|发放)/g;
const CUMULATIVE_MARK = /累计|截至|截止|今年以来|年初以来|今年|前[一二三四1-4]季度|\d{1,2}\s*[-~至到]\s*\d{1,2}\s*月/g;
const ANNUAL_MARK = /(?<![\d〇零一二三四五六七八九])(?:年度|全年|本年|年内)/g;
/** All four scope markers in one pass: 其中, 预计, 累计 and 年度 and their kin. */
const SCOPE_MARKS = new RegExp(`(${PART_MARK.source})|(${ESTIMATE_MARK.source})|(${CUMULATIVE_MARK.source})|(${ANNUAL_MARK.source})`, 'g');

function scopeMarkers(text: string): { parts: number[]; estimates: number[]; cumulative: number[]; annual: number[] } {
  const found = { parts: [] as number[], estimates: [] as number[], cumulative: [] as number[], annual: [] as number[] };
  SCOPE_MARKS.lastIndex = 0;
  for (let m = SCOPE_MARKS.exec(text); m !== null; m = SCOPE_MARKS.exec(text)) {
    if (m[1] !== undefined) found.parts.push(m.index);
    else if (m[2] !== undefined) found.estimates.push(m.index);
    else if (m[3] !== undefined) found.cumulative.push(m.index);
    else found.annual.push(m.index);
  }
  return found;
}

/** Whether a text may state progress on the year's task: a running total or the annual task named. */
export const YEAR_PROGRESS_HINT = new RegExp(`${CUMULATIVE_MARK.source}|${ANNUAL_MARK.source}`);

/** Words that bound or pad a figure; dropped from the metric so 力争达到50个 and 50个 compare alike. */
const METRIC_NOISE_WORDS = ['不低于', '不少于', '不下于', '至少', '超过', '突破', '达到', '控制在', '不高于', '不超过', '力争', '确保', '争取', '以上', '以内', '以下', '左右', '实现', '已经'];
const METRIC_NOISE_CHARS = '已了的为共均约达到 \t\n\r“”"\'‘’《》、：:，,。；;（）()';
/** 1: drop the character; 2: a noise word may start here. */
const METRIC_NOISE = new Uint8Array(65536);
for (const ch of METRIC_NOISE_CHARS) METRIC_NOISE[ch.charCodeAt(0)] = 1;
for (const w of METRIC_NOISE_WORDS) METRIC_NOISE[w.charCodeAt(0)] = (METRIC_NOISE[w.charCodeAt(0)] ?? 0) | 2;

/** The metric phrase without comparators, fillers and punctuation, in one pass. */
function cleanMetric(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const flag = METRIC_NOISE[s.charCodeAt(i)] ?? 0;
    if (flag & 2) {
      const w = METRIC_NOISE_WORDS.find((x) => s.startsWith(x, i));
      if (w !== undefined) {
        i += w.length;
        continue;
      }
    }
    if (flag & 1) {
      i++;
      continue;
    }
    out += s[i];
    i++;
  }
  return out;
}

interface Raw {
  start: number;
  end: number;
  value: number;
  upper: number | null;
  unit: string;
  dim: string;
  factor: number;
  bound: Bound;
  approx: boolean;
  thresholdSuffix: boolean;
}

/**
 * Reads every figure in a report text: value, unit, bound and the words that say what it measures.
 * Dates, periods, ordinals, identifiers and quoted names are left out.
 */
export function readText(original: string): ReadText {
  const text = joinWrappedLines(foldWidth(original));
  const raws = scanFigures(text);
  // Items matter only around figures; a text without any is left unsplit.
  if (raws.length === 0) return { folded: text, claims: [], items: [] };
  const items = splitItems(text);

  const parens = parenSpans(text);
  const { parts, estimates, cumulative, annual } = scopeMarkers(text);

  const qualifiers = raws.map((r, i) => isQualifier(text, r, raws[i + 1]));
  const claims: Claim[] = [];
  let prevEnd = 0;
  let prevLead: string | null = null;
  let prevScope = -1;
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i] as Raw;
    const itemIndex = itemAt(items, r.start);
    const item = items[itemIndex] as TextItem;
    const floor = Math.max(item.start, prevEnd);
    const cStart = clauseStart(text, r.start, floor, true);
    const before = text.slice(cStart, r.start);
    const next = raws[i + 1];
    const after = afterWords(text, r.end, next ? next.start : text.length);
    const heading = headingOf(text, item.start, r.start);
    const scope = scopeStart(items, itemIndex);

    const growthWord = lastGrowth(before);
    const growth = growthWord !== null;
    const share = SHARE.test(before);
    const bound = r.bound !== 'exact' ? r.bound : prefixBound(before);
    const approx = r.approx || endsWithAny(before.slice(-6).replace(/\s+/g, ''), APPROX_PREFIXES);
    // "实现营业收入3.2亿元，同比下降5.6%": a clause too short to name its figure borrows the words
    // of the figure before it in the same sentence.
    let lead = cleanMetric(heading + before);
    if (lead.length < 4 && prevLead !== null && prevScope === scope) lead = prevLead + lead;
    const metric = lead + cleanMetric(after);

    claims.push({
      value: r.value,
      upper: r.upper,
      base: r.value * r.factor,
      unit: r.unit,
      dim: r.dim,
      bound,
      approx,
      estimate: markedBefore(estimates, scope, r.start),
      growth,
      down: growthWord !== null && DOWN_WORDS.has(growthWord),
      basis: growth ? basisOf(before) : null,
      part: inSpans(parens, r.start) || markedBefore(parts, scope, r.start),
      share,
      qualifier: qualifiers[i] as boolean,
      cumulative: markedBefore(cumulative, scope, r.start),
      annual: markedBefore(annual, scope, r.start),
      start: r.start,
      end: r.end,
      text: original.slice(r.start, r.end).replace(/\s+/g, ''),
      metric,
      grams: bigrams(metric),
      item: itemIndex,
      index: claims.length,
    });
    // A threshold (50万元以上村达120个) belongs to the words of the figure after it.
    if (!qualifiers[i]) prevEnd = r.end;
    prevLead = lead;
    prevScope = scope;
  }
  return { folded: text, claims, items };
}

const LINE_END = /[。；;！？!?：:，,]\s*$/;

/**
 * A task written over several rows comes joined by line breaks, often in mid-sentence
 * (累计争取上级资金\n26.97亿元). A break that does not follow an ending mark is read as a space;
 * one character for one, so offsets hold.
 */
function joinWrappedLines(text: string): string {
  if (!text.includes('\n')) return text;
  let out = '';
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    const before = text.slice(Math.max(0, at - 3), at);
    out += text.slice(from, at) + (LINE_END.test(before) || startsPoint(text, at + 1) ? '\n' : ' ');
    from = at + 1;
  }
  return out + text.slice(from);
}

/** 1. 2、 （3） 一、 at pos: a new point begins, so a line break before it is a real break. */
function startsPoint(text: string, pos: number): boolean {
  return /^\s*(?:\d{1,2}[.、](?!\d)|[（(][\d一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)/.test(text.slice(pos, pos + 6));
}

/** Finds figures with their units; everything that is not a measured amount is skipped here. */
function scanFigures(text: string): Raw[] {
  const out: Raw[] = [];
  let quoted: Array<[number, number]> | null = null;
  let i = 0;
  while (i < text.length) {
    const kind = NUMERAL_KIND[text.charCodeAt(i)];
    if (kind === 0) {
      i++;
      continue;
    }
    if (text.startsWith('百分之', i)) {
      const raw = readPercentWords(text, i);
      i = raw === null ? i + 3 : raw.end;
      if (raw !== null) out.push(raw);
      continue;
    }
    const start = i;
    let end = i + 1;
    if (kind === 1) {
      ARABIC.lastIndex = start;
      end = ARABIC.exec(text) !== null ? ARABIC.lastIndex : end;
    } else {
      while (end < text.length && NUMERAL_KIND[text.charCodeAt(end)] === 2) end++;
    }
    i = end;
    quoted ??= quotedSpans(text);
    if (quoted.length > 0 && inSpans(quoted, start)) continue;
    const prev = text[start - 1];
    if (prev !== undefined && ORDINAL_PREFIXES.includes(prev)) continue;
    const run = text.slice(start, end);
    const raw = kind === 1 ? readArabic(text, start, run) : readChinese(text, start, run);
    if (raw === null) continue;
    if (raw.end > i) i = raw.end;
    out.push(raw);
    // A report cell holds tens of figures; a pasted table of thousands is not judged figure by figure.
    if (out.length >= MAX_FIGURES) break;
  }
  return out;
}

const MAX_FIGURES = 300;

/** 1 for an Arabic digit, 2 for a Chinese numeral character, 0 otherwise: the scan's first test. */
const NUMERAL_KIND = new Uint8Array(65536);
for (let c = 0x30; c <= 0x39; c++) NUMERAL_KIND[c] = 1;
for (const ch of '零〇一二两三四五六七八九十百千万亿') NUMERAL_KIND[ch.charCodeAt(0)] = 2;
const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/y;

/** 百分之八十, 百分之5: a percentage written in words. */
function readPercentWords(text: string, start: number): Raw | null {
  let end = start + 3;
  const from = end;
  if (NUMERAL_KIND[text.charCodeAt(end)] === 1) {
    ARABIC.lastIndex = end;
    if (ARABIC.exec(text) === null) return null;
    end = ARABIC.lastIndex;
  } else {
    while (end < text.length && NUMERAL_KIND[text.charCodeAt(end)] === 2) end++;
  }
  const words = text.slice(from, end);
  const value = /^\d/.test(words) ? parseArabic(words) : parseChineseNumeral(words);
  if (value === null || words.length === 0) return null;
  const raw: Raw = { start, end, value, upper: null, unit: '%', dim: 'pct', factor: 1, bound: 'exact', approx: false, thresholdSuffix: false };
  SUFFIX.lastIndex = end;
  const suffix = SUFFIX_START.has(text[end] as string) ? SUFFIX.exec(text) : null;
  if (suffix !== null) {
    const word = suffix[1] as string;
    if (word === '以上' || word === '及以上') raw.bound = 'min';
    else if (word === '以下' || word === '以内') raw.bound = 'max';
    else if (word === '左右') raw.approx = true;
    if (raw.bound !== 'exact' || raw.approx) raw.end = SUFFIX.lastIndex;
  }
  return raw;
}

function readArabic(text: string, start: number, digits: string): Raw | null {
  const prev = text[start - 1];
  let negative = false;
  if (prev !== undefined && IDENT_BEFORE.test(prev)) return null;
  if (prev === '-') {
    const before = text[start - 2];
    if (before !== undefined && /[A-Za-z0-9]/.test(before)) return null;
    negative = true;
  }
  let pos = start + digits.length;
  const next = text[pos];
  if (next !== undefined && IDENT_AFTER.test(next)) return null;
  let value = parseArabic(digits);
  if (!Number.isFinite(value)) return null;
  let upper: number | null = null;
  const range = RANGE_START.has(text[pos] as string) ? ((RANGE.lastIndex = pos), RANGE.exec(text)) : null;
  if (range !== null) {
    upper = parseArabic(range[1] as string);
    pos = RANGE.lastIndex;
    if (upper < value) return null;
  }
  if (negative) value = -value;
  return withUnit(text, negative ? start - 1 : start, pos, value, upper, false);
}

function readChinese(text: string, start: number, run: string): Raw | null {
  // A figure needs a unit right after the numeral (its magnitudes may be taken into the unit).
  if (!mayStartUnit(text[start + run.length]) && !/[百千万亿]$/.test(run)) return null;
  if (run[0] === '一') for (const idiom of NUMERAL_IDIOMS) if (text.startsWith(idiom, start)) return null;
  for (let k = run.length; k >= 1; k--) {
    const value = parseChineseNumeral(run.slice(0, k));
    if (value === null) continue;
    const raw = withUnit(text, start, start + k, value, null, true);
    if (raw === null) continue;
    // 一期 and 二期 name phases of a project; 一批 is "a number of"; 一户一档 is a slogan.
    if (raw.dim === 'count:期' || raw.dim === 'count:批') return null;
    if (text[raw.end] === '一') return null;
    return raw;
  }
  return null;
}

function withUnit(text: string, start: number, pos: number, value: number, upper: number | null, chinese: boolean): Raw | null {
  let bound: Bound = 'exact';
  let approx = false;
  let thresholdSuffix = false;
  if (text[pos] === '余' || text[pos] === '多') {
    bound = 'min';
    pos++;
  }
  const unit = unitAt(text, pos);
  if (unit === null || unit.dim.startsWith('skip:')) return null;
  if (chinese && unit.dim === 'bare:') return null;
  let end = unit.end;
  // 25万吨/年 and 20万羽/日 are rates of a plant, not amounts of work done.
  if (text[end] === '/') return null;
  SUFFIX.lastIndex = end;
  const suffix = SUFFIX_START.has(text[end] as string) ? SUFFIX.exec(text) : null;
  if (suffix !== null) {
    const word = suffix[1] as string;
    if (word === '以上' || word === '及以上' || word === '余' || word === '多') bound = 'min';
    else if (word === '以下' || word === '以内' || word === '之内' || word === '内') bound = 'max';
    else approx = true;
    thresholdSuffix = word === '以上' || word === '及以上' || word === '以下';
    end = SUFFIX.lastIndex;
  }
  if (upper !== null && bound === 'exact') bound = 'min';
  return { start, end, value, upper, unit: unit.text, dim: unit.dim, factor: unit.factor, bound, approx, thresholdSuffix };
}

/**
 * A figure that describes what is counted rather than how much was done: 50万元以上村达120个,
 * 1060米场地平整任务的70%. Counts of things (3家以上企业) are amounts, not thresholds.
 */
function isQualifier(text: string, r: Raw, next: Raw | undefined): boolean {
  const measured = !r.dim.startsWith('count:') && r.dim !== 'person';
  if (r.thresholdSuffix && measured && !isClauseBreak(text[r.end])) return true;
  if (next === undefined) return false;
  const between = text.slice(r.end, next.start);
  for (const ch of between) if (isClauseBreak(ch)) return false;
  return between.includes('的') && measured;
}

/**
 * The comparator ending right before the figure decides. Alternatives are tried from the earliest
 * start, so 不少于 (a floor) wins over the 少于 (a ceiling) inside it.
 */
function prefixBound(before: string): Bound {
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

function endsWithAny(s: string, words: readonly string[]): boolean {
  for (const w of words) if (s.endsWith(w)) return true;
  return false;
}

const MONTH_ON_MONTH = /环比|比上月|较上月/;
const YEAR_ON_YEAR = /同比|比上年|较上年|比去年|较去年|比上年同期|较上年同期/;

/** 同比 and 环比 are different measures: a rate keeps the comparison it was made against. */
function basisOf(before: string): 'yoy' | 'mom' | null {
  if (MONTH_ON_MONTH.test(before)) return 'mom';
  if (YEAR_ON_YEAR.test(before)) return 'yoy';
  return null;
}

/** The last growth word before a figure, unless it sets a level (提高到, 降至). */
function lastGrowth(before: string): string | null {
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
function afterWords(text: string, from: number, limit: number): string {
  let i = from;
  const stop = Math.min(limit, from + 12);
  while (i < stop && !isClauseBreak(text[i])) i++;
  return text.slice(from, i);
}

const HEADING_REACH = 80;

/** The heading of a point, as in 充电桩：建设完成106个: the clause just before a colon in the item. */
function headingOf(text: string, itemStart: number, pos: number): string {
  let colon = -1;
  // A heading sits near its figures; looking further back only costs time on very long cells.
  for (let i = pos - 1; i >= itemStart && i >= pos - HEADING_REACH; i--) {
    const ch = text[i];
    if (ch === '：' || ch === ':') {
      colon = i;
      break;
    }
  }
  if (colon < 0) return '';
  const s = clauseStart(text, colon, itemStart);
  return text.slice(Math.max(s, colon - 12), colon);
}
