import { T2S_PAIRS } from './t2s-table';

let table: Map<string, string> | null = null;

// Built on first use, once: the core may load in contexts that never look at names.
function t2s(): Map<string, string> {
  if (table !== null) return table;
  const chars = Array.from(T2S_PAIRS);
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i] as string, chars[i + 1] as string);
  table = map;
  return map;
}

/** Traditional → simplified, character by character (enough for names and unit names). */
export function toSimplified(text: string): string {
  const map = t2s();
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}

/** True when the text has a character the table would convert. */
export function hasTraditional(text: string): boolean {
  const map = t2s();
  for (const ch of text) if (map.has(ch)) return true;
  return false;
}

const SPACES = /[\s\u200b-\u200d\u2060\ufeff]+/g;

/** NFKC, traditional → simplified, all whitespace (U+3000 and zero-width characters too) removed. */
export function normalizeName(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(SPACES, '');
}

/** NFKC and whitespace removed, script kept: how a name is written, without the spacing. */
export function compactName(text: string): string {
  return text.normalize('NFKC').replace(SPACES, '');
}
