/**
 * What looks like a figure but is not one. Kept as data so a locality's own names can be added
 * without touching the reader.
 */

/** Numeral-and-measure-word idioms that name a way of working, not an amount. */
export const NUMERAL_IDIOMS: readonly string[] = [
  '一批', '一次性', '一件事', '一张网', '一张图', '一张表', '一条龙', '一条街', '一次办', '一站',
  '一个窗口', '一个中心', '一个平台', '一套', '一把手', '一揽子', '一系列', '一户一', '一村一', '一企一',
];

/** Words in front of a figure that make it a rank or an ordinal: 第3批, 前三名. */
export const ORDINAL_PREFIXES = '第前后';

/** Quote pairs whose contents are names (policies, campaigns, documents): their figures are skipped. */
export const NAME_QUOTES: ReadonlyArray<readonly [string, string, number]> = [
  ['“', '”', 24],
  ['‘', '’', 24],
  ['"', '"', 24],
  ['「', '」', 24],
  ['《', '》', 80],
  ['〈', '〉', 80],
  ['〔', '〕', 12],
  ['[', ']', 12],
];

const CLOSERS = new Map(NAME_QUOTES.map(([open, close, max]) => [open, { close, max }]));
const OPENS = new Uint8Array(65536);
for (const [open] of NAME_QUOTES) OPENS[open.charCodeAt(0)] = 1;

/** Offsets [start, end) of quoted names in text. Long quotations are not names and stay readable. */
export function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let s = 0; s < text.length; s++) {
    if (OPENS[text.charCodeAt(s)] !== 1) continue;
    const q = CLOSERS.get(text[s] as string);
    if (q === undefined) continue;
    const e = text.indexOf(q.close, s + 1);
    if (e < 0) continue;
    if (e - s - 1 <= q.max) {
      spans.push([s, e + 1]);
      s = e;
    }
  }
  return spans;
}

export function inSpans(spans: Array<[number, number]>, pos: number): boolean {
  for (const [s, e] of spans) if (pos >= s && pos < e) return true;
  return false;
}
