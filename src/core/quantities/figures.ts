/** Finding the figures in a text: a number, its unit and what bounds it, and nothing that only looks like one. */
import { NUMERAL_IDIOMS, ORDINAL_PREFIXES, inSpans, quotedSpans } from './noise';
import { parseArabic, parseChineseNumeral } from './numerals';
import { isClauseBreak, isClauseBreakAt } from './scan';
import { count, isMeasure, measure, type Dim } from './dims';
import type { Bound } from './types';
import { mayStartUnit, unitAt } from './units';

const RANGE = /\s*(?:-|~|至|到|—|–|－|～)\s*(\d+(?:\.\d+)?)/y;
const SUFFIX = /\s*(及以上|以上|以下|以内|之内|左右|上下|余|多|内(?![容部外涵]))/y;
/** Characters that can open a range after a number (3至5, 1-2, 2 ~ 3); anything else skips the pattern. */
const RANGE_START = new Set([' ', '-', '~', '至', '到', '—', '–', '－', '～']);
/** Characters that can open a suffix after a unit (以上, 左右, 余…). */
const SUFFIX_START = new Set([' ', '及', '以', '之', '左', '上', '余', '多', '内']);
const IDENT_BEFORE = /[A-Za-z#+/._]/;
const IDENT_AFTER = /[A-Za-z#+]/;
const PCT = measure('pct');
const PHASES = count('期');
const BATCHES = count('批');

/** A figure as found, before the words around it are read. */
export interface Raw {
  start: number;
  end: number;
  value: number;
  upper: number | null;
  unit: string;
  dim: Dim;
  factor: number;
  bound: Bound;
  approx: boolean;
  thresholdSuffix: boolean;
}

/** Finds figures with their units; everything that is not a measured amount is skipped here. */
export function scanFigures(text: string): Raw[] {
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
      const e = arabicEnd(text, start);
      if (e > 0) end = e;
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
/**
 * End of the Arabic number at pos (digits, thousands groups, decimals: 1,060.5), or -1 when no digit
 * is there. A scan by char code, as the pattern \d+(?:,\d{3})*(?:\.\d+)? would match, with no match object.
 */
function arabicEnd(text: string, pos: number): number {
  let i = pos;
  while (isDigit(text.charCodeAt(i))) i++;
  if (i === pos) return -1;
  while (text.charCodeAt(i) === 0x2c && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) i += 4;
  if (text.charCodeAt(i) === 0x2e && isDigit(text.charCodeAt(i + 1))) {
    i++;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** 百分之八十, 百分之5: a percentage written in words. */
function readPercentWords(text: string, start: number): Raw | null {
  let end = start + 3;
  const from = end;
  if (NUMERAL_KIND[text.charCodeAt(end)] === 1) {
    end = arabicEnd(text, end);
    if (end < 0) return null;
  } else {
    while (end < text.length && NUMERAL_KIND[text.charCodeAt(end)] === 2) end++;
  }
  const words = text.slice(from, end);
  const value = /^\d/.test(words) ? parseArabic(words) : parseChineseNumeral(words);
  if (value === null || words.length === 0) return null;
  const raw: Raw = { start, end, value, upper: null, unit: '%', dim: PCT, factor: 1, bound: 'exact', approx: false, thresholdSuffix: false };
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
    if (raw.dim === PHASES || raw.dim === BATCHES) return null;
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
  if (unit === null || unit.dim.kind === 'skip') return null;
  if (chinese && unit.dim.kind === 'bare') return null;
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
export function isQualifier(text: string, r: Raw, next: Raw | undefined): boolean {
  const measured = r.dim.kind !== 'count' && !isMeasure(r.dim, 'person');
  if (r.thresholdSuffix && measured && !isClauseBreak(text[r.end])) return true;
  if (next === undefined) return false;
  // Read in place: the words between two figures are seldom worth a copy.
  let possessive = false;
  for (let i = r.end; i < next.start; i++) {
    if (isClauseBreakAt(text, i)) return false;
    if (text.charCodeAt(i) === 0x7684) possessive = true; // 的
  }
  return possessive && measured;
}
