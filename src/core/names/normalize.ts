import { T2S_PAIRS } from './t2s-table';

interface Table {
  map: Map<string, string>;
  /** Matches any character the table converts. */
  any: RegExp;
}

let table: Table | null = null;

// Built on first use, once: the core may load in contexts that never look at names.
function t2s(): Table {
  if (table !== null) return table;
  const chars = Array.from(T2S_PAIRS);
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i] as string, chars[i + 1] as string);
  table = { map, any: new RegExp(`[${[...map.keys()].join('')}]`, 'gu') };
  return table;
}

/** Traditional → simplified, character by character (enough for names and unit names). */
export function toSimplified(text: string): string {
  const { map, any } = t2s();
  any.lastIndex = 0;
  if (!any.test(text)) return text;
  any.lastIndex = 0;
  return text.replace(any, (ch) => map.get(ch) ?? ch);
}

/** True when the text has a character the table would convert. */
export function hasTraditional(text: string): boolean {
  const { any } = t2s();
  any.lastIndex = 0;
  return any.test(text);
}

const SPACES = /[\s\u200b-\u200d\u2060\ufeff]+/g;
/** Text NFKC leaves as it is and that has no space: common CJK characters only. */
const PLAIN = /^[\u4e00-\u9fff]*$/;
/** Names repeat across a report: remember recent results, within a bound. */
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();

/** NFKC, traditional → simplified, all whitespace (U+3000 and zero-width characters too) removed. */
export function normalizeName(text: string): string {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const folded = PLAIN.test(text) ? text : text.normalize('NFKC').replace(SPACES, '');
  const out = toSimplified(folded);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, out);
  return out;
}

/** NFKC and whitespace removed, script kept: how a name is written, without the spacing. */
export function compactName(text: string): string {
  return text.normalize('NFKC').replace(SPACES, '');
}
