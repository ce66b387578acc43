/** 0-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The largest sheet WPS 表格 has, as in Excel. */
export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

function colIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

export function colName(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d+)$/;

function part(text: string): { row?: number; col?: number } {
  const cell = CELL.exec(text);
  if (cell?.[1] && cell[2]) return { col: colIndex(cell[1]), row: Number(cell[2]) - 1 };
  const col = COLS.exec(text);
  if (col?.[1]) return { col: colIndex(col[1]) };
  const row = ROWS.exec(text);
  if (row?.[1]) return { row: Number(row[1]) - 1 };
  throw new Error(`无效的区域地址：${text}`);
}

/** One area: "B3", "A1:F2", "A:C", "3:5" (sheet-qualified addresses are not accepted). */
export function parseArea(text: string): Rect {
  const [a, b] = text.trim().split(':');
  if (a === undefined || a === '') throw new Error(`无效的区域地址：${text}`);
  const p = part(a);
  const q = b === undefined ? p : part(b);
  const top = Math.min(p.row ?? 0, q.row ?? 0);
  const bottom = p.row === undefined ? MAX_ROW : Math.max(p.row, q.row ?? p.row);
  const left = Math.min(p.col ?? 0, q.col ?? 0);
  const right = p.col === undefined ? MAX_COL : Math.max(p.col, q.col ?? p.col);
  if (bottom > MAX_ROW || right > MAX_COL) throw new Error(`无效的区域地址：${text}`);
  return { top, left, bottom, right };
}

export function parseAddress(address: string): Rect[] {
  return address.split(',').map(parseArea);
}

export function areaAddress(r: Rect, absolute = true): string {
  const d = absolute ? '$' : '';
  const a = `${d}${colName(r.left)}${d}${r.top + 1}`;
  if (r.top === r.bottom && r.left === r.right) return a;
  return `${a}:${d}${colName(r.right)}${d}${r.bottom + 1}`;
}

export function key(row: number, col: number): string {
  return `${row},${col}`;
}

export function inside(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function cellCount(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
