/**
 * The one place A1 addresses are read and written, and cells keyed. Every host and the core use it,
 * so "$d$17", "D17" and "'9月'!D17" mean one cell everywhere.
 */

import type { MergeArea } from './snapshot';

/** A cell's 0-based row and column. */
export interface CellPos {
  row: number;
  col: number;
}

/** Column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnName(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based column index of upper-case column letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
  return col - 1;
}

/** A1 address for 0-based row and column. */
export function toA1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/**
 * The plain address text[start, end) — upper-case letters then a row number without a leading zero,
 * "AB12" — as a 0-based position; null for anything else ($, lower case, a sheet name, A0).
 * Read without a regular expression or a copy, as the file reader calls it for every cell.
 */
export function scanA1(text: string, start = 0, end = text.length): CellPos | null {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === start || i === end || text.charCodeAt(i) === 48) return null;
  let row = 0;
  for (; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    row = row * 10 + digit;
  }
  return { row: row - 1, col: col - 1 };
}

/** 0-based row and column of an A1 address (a leading sheet name, $ signs and lower case are allowed). */
export function parseA1(address: string): CellPos {
  const plain = scanA1(address);
  if (plain !== null) return plain;
  const bare = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '').toUpperCase();
  const pos = scanA1(bare);
  if (pos === null) throw new Error(`not an A1 address: ${address}`);
  return pos;
}

const AREA = /(?:'(?:[^']|'')*'|[^,!']+)!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g;

/** A list of sheet-qualified areas as Excel writes it, "'9月'!A1:F1,'9月'!A5:A7", as 0-based areas. */
export function parseAreaList(address: string): MergeArea[] {
  const out: MergeArea[] = [];
  for (const m of address.matchAll(AREA)) {
    const [, c1, r1, c2, r2] = m;
    if (!c1 || !r1) continue;
    out.push({ top: Number(r1) - 1, left: columnIndex(c1), bottom: Number(r2 ?? r1) - 1, right: columnIndex(c2 ?? c1) });
  }
  return out;
}

/** Sheet-qualified address, quoting the sheet name the way Excel formulas need. */
export function qualified(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** The key of one cell of one sheet, for maps and sets; the address as given, so pass it written one way. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}
