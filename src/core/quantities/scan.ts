/** Where clauses and items (sentences, numbered points) begin and end in a report text. */

const CLAUSE_CHARS = new Set('，,。；;：:、！？!?\n（）()【】'.split(''));
/** Clause breaks for the words leading to a figure: a list joined by 、 shares its opening words. */
const LEAD_CHARS = new Set('，,。；;：:！？!?\n（）()【】'.split(''));
const CLAUSE_CODES = codes(CLAUSE_CHARS);
const LEAD_CODES = codes(LEAD_CHARS);
/** 1. 2、 (3) （四） 一、 at the start of a point. */
const LIST_MARKER = /(?:^|[^\d.])((?:\d{1,2}[.、](?!\d))|(?:[（(][\d一二三四五六七八九十]{1,2}[)）])|(?:[一二三四五六七八九十]{1,2}、))/g;

function codes(chars: Set<string>): Uint8Array {
  // Every break is below U+FFFF; a flat table keyed by code is faster than a Set of strings.
  const table = new Uint8Array(65536);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

const FULL_STOP = 0x3002; // 。
const SEMI_WIDE = 0xff1b; // ；
const ITEM_CODES = codes(new Set('。；;！？!?\n'.split('')));

export interface TextItem {
  start: number;
  end: number;
  /** Begun by a semicolon: still the sentence before it, for words such as 截至 and 其中. */
  soft: boolean;
}

export function isClauseBreak(ch: string | undefined): boolean {
  return ch === undefined || CLAUSE_CHARS.has(ch);
}

/** isClauseBreak for the character at pos, without taking it out of the text; past the end is a break. */
export function isClauseBreakAt(text: string, pos: number): boolean {
  return pos >= text.length || CLAUSE_CODES[text.charCodeAt(pos)] === 1;
}

const scratchBreaks: number[] = [];
const scratchSofts: boolean[] = [];
const scratchMarks: number[] = [];

/** Splits text into items: at 。；！？ and line breaks, and before each list marker. */
export function splitItems(text: string): TextItem[] {
  // Two ascending lists, merged below: breaks (with whether a semicolon made them) and list markers.
  // They live only for this call, so the same lists serve every text.
  const breaks = scratchBreaks;
  const softs = scratchSofts;
  const marks = scratchMarks;
  breaks.length = 0;
  softs.length = 0;
  marks.length = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (ITEM_CODES[c] !== 1 && c !== 0xff08 && c !== 0x28 && c !== 0xff09 && c !== 0x29) continue;
    // A semicolon inside parentheses separates details of one item, not two items.
    if (c === 0xff08 || c === 0x28) depth++;
    else if (c === 0xff09 || c === 0x29) {
      if (depth > 0) depth--;
    } else if (depth === 0 || c === FULL_STOP || c === 0x0a) {
      breaks.push(i + 1);
      softs.push(c === SEMI_WIDE || c === 0x3b);
    }
  }
  LIST_MARKER.lastIndex = 0;
  for (let m = LIST_MARKER.exec(text); m !== null; m = LIST_MARKER.exec(text)) {
    marks.push(m.index + m[0].length - (m[1] as string).length);
  }
  const items: TextItem[] = [];
  let start = 0;
  let soft = false;
  let b = 0;
  let k = 0;
  for (;;) {
    const nb = b < breaks.length ? (breaks[b] as number) : Infinity;
    const nm = k < marks.length ? (marks[k] as number) : Infinity;
    const cut = Math.min(nb, nm, text.length);
    if (cut > start) items.push({ start, end: cut, soft });
    if (cut >= text.length) break;
    // A list marker right after a semicolon still opens a point of its own.
    soft = nb === cut && nm !== cut ? (softs[b] as boolean) : false;
    if (nb === cut) b++;
    if (nm === cut) k++;
    start = Math.max(start, cut);
  }
  return items;
}

/** Index of the item holding pos. Items are sorted, so a binary search keeps long texts linear. */
export function itemAt(items: readonly TextItem[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((items[mid] as TextItem).start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Start of the clause holding pos (just after the previous clause break), never before floor. */
export function clauseStart(text: string, pos: number, floor: number, joinLists = false): number {
  const breaks = joinLists ? LEAD_CODES : CLAUSE_CODES;
  let i = pos - 1;
  while (i >= floor && breaks[text.charCodeAt(i)] !== 1) i--;
  return i + 1;
}

/** Offsets [start, end) of parenthesised asides; their figures are details of the figure outside. */
export function parenSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) stack.push(i);
    else if ((c === 0xff09 || c === 0x29) && stack.length > 0) {
      const s = stack.pop() as number;
      if (stack.length === 0) spans.push([s, i + 1]);
    }
  }
  return spans;
}

export function markedBefore(positions: readonly number[], from: number, to: number): boolean {
  // Positions are ascending: find the first at or after `from` by bisection.
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((positions[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < positions.length && (positions[lo] as number) < to;
}

/** Start of the sentence an item belongs to: back over items begun by a semicolon. */
export function scopeStart(items: readonly TextItem[], index: number): number {
  let i = index;
  while (i > 0 && (items[i] as TextItem).soft) i--;
  return (items[i] as TextItem).start;
}
