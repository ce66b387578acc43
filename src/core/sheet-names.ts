import { ledgerOf } from './ledger-of';
import { reservedNames } from './plan/sheets';
import type { WorkbookSnapshot } from './snapshot';

/**
 * Excel's rules for worksheet names: at most 31 characters, none of : \ / ? * [ ],
 * no apostrophe at either end, not the reserved "History", unique ignoring case.
 */
export const MAX_SHEET_NAME = 31;

/**
 * Forbidden characters become their full-width forms, which Excel accepts, so a name like
 * "区发改局/区财政局" keeps its meaning instead of losing the separator.
 */
const FULL_WIDTH: Record<string, string> = {
  ':': '：',
  '\\': '＼',
  '/': '／',
  '?': '？',
  '*': '＊',
  '[': '［',
  ']': '］',
};

const FALLBACK = '未命名';

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

function trimApostrophes(text: string): string {
  return text.replace(/^'+/, '').replace(/'+$/, '');
}

/** A valid sheet name as close to `name` as possible. */
export function cleanSheetName(name: string): string {
  let out = name
    .replace(/[:\\/?*[\]]/g, (ch) => FULL_WIDTH[ch] ?? '')
    // Line breaks and other control characters are not allowed in sheet names.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  out = trimApostrophes(out).trim();
  out = trimApostrophes(truncate(out, MAX_SHEET_NAME).trim()).trim();
  if (!out) return FALLBACK;
  if (out.toLowerCase() === 'history') return `${out}(1)`;
  return out;
}

/** The key Excel compares sheet names by. */
export function sheetNameKey(name: string): string {
  return name.toLowerCase();
}

/**
 * `wanted`, cleaned, or the first of "name(2)", "name(3)"… that no sheet in `taken` has,
 * ignoring case. The suffix always fits: the name is shortened to make room.
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const name of taken) used.add(sheetNameKey(name));
  const base = cleanSheetName(wanted);
  if (!used.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const stem = trimApostrophes(truncate(base, MAX_SHEET_NAME - suffix.length)) || FALLBACK;
    const candidate = stem + suffix;
    if (!used.has(sheetNameKey(candidate))) return candidate;
  }
}

/**
 * Names generated sheets must keep clear of: every sheet in the workbook except the ledger and the
 * sheets Tongbao generated before (which are reused). Pass it as `reserved` when building sheets, so a
 * clash is resolved before links are made and every link points at the sheet actually written.
 */
export function reservedSheetNames(workbook: WorkbookSnapshot): string[] {
  return reservedNames(ledgerOf(workbook), workbook.sheets);
}
