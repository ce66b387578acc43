import type { Columns, FieldKey } from '../model';
import { isVerdictHeader, matchColumn } from './columns';
import type { SheetGrid } from './grid';
import { cellText, squash } from './text';

export interface HeaderMatch {
  /** 0-based first and last header rows (a header may span two rows through merged cells). */
  row: number;
  endRow: number;
  columns: Columns<number>;
  headers: Columns<string>;
  /** How many of the six columns were recognised. */
  score: number;
}

/** Rows scanned for a header: titles, notes and a blank line or two come first, never pages of them. */
const HEADER_SCAN_ROWS = 100;
const MAX_COLUMNS = 60;
/** A row naming at least this many of the six columns is a header. */
export const MIN_HEADER_SCORE = 3;

function emptyColumns<T>(): Columns<T> {
  return { seq: null, annual: null, month: null, progress: null, leaders: null, units: null };
}

/** The columns beyond the six: they never make a row a header on their own. */
const EXTRA = new Set<FieldKey>(['status', 'light', 'coUnits']);

/** Columns named in one row, first occurrence of each. */
export function rowColumns(grid: SheetGrid, row: number): { columns: Columns<number>; headers: Columns<string>; score: number } {
  const columns = emptyColumns<number>();
  const headers = emptyColumns<string>();
  let score = 0;
  const width = Math.min(grid.width(row), MAX_COLUMNS);
  for (let c = 0; c < width; c++) {
    if (grid.isCovered(row, c) && !grid.continuesAbove(row, c)) continue;
    const raw = cellText(grid.value(row, c));
    if (!raw || raw.length > 60) continue;
    const col = matchColumn(squash(raw));
    if (col === 'progress' && columns.progress !== null && columns.status === undefined) {
      verdictBeside(columns, headers, c, raw);
      continue;
    }
    if (col && (columns[col] ?? null) === null) {
      columns[col] = c;
      headers[col] = raw;
      if (!EXTRA.has(col)) score++;
    }
  }
  return { columns, headers, score };
}

/**
 * A second progress header: 完成情况 beside 工作进展 holds the verdict, and the other column the work done.
 * Two narrative headers keep the first as the progress.
 */
function verdictBeside(columns: Columns<number>, headers: Columns<string>, c: number, raw: string): void {
  const first = headers.progress ?? '';
  if (isVerdictHeader(squash(raw)) && !isVerdictHeader(squash(first))) {
    columns.status = c;
    headers.status = raw;
  } else if (isVerdictHeader(squash(first)) && !isVerdictHeader(squash(raw))) {
    columns.status = columns.progress as number;
    headers.status = first;
    columns.progress = c;
    headers.progress = raw;
  }
}

/** True when a row repeats the header (a printed page break pasted back in). */
export function isHeaderRow(grid: SheetGrid, row: number): boolean {
  return rowColumns(grid, row).score >= MIN_HEADER_SCORE;
}

/**
 * The header row: the first row in the top of the sheet naming at least three of the six columns.
 * A two-row header (a merged group cell over "年度"/"9月份" sub-cells) is read as one.
 */
export function findHeader(grid: SheetGrid): HeaderMatch | null {
  const last = Math.min(grid.rowCount, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const first = rowColumns(grid, r);
    if (first.score < MIN_HEADER_SCORE) continue;
    let endRow = r;
    const width = Math.min(grid.width(r), MAX_COLUMNS);
    for (let c = 0; c < width; c++) {
      const m = grid.merge(r, c);
      if (m && m.top === r && m.bottom > endRow && m.bottom <= r + 2) endRow = m.bottom;
    }
    const columns = { ...first.columns };
    const headers = { ...first.headers };
    let score = first.score;
    for (let rr = r + 1; rr <= endRow; rr++) {
      for (let c = 0; c < Math.min(grid.width(rr), MAX_COLUMNS); c++) {
        if (grid.isCovered(rr, c)) continue;
        const sub = cellText(grid.value(rr, c));
        if (!sub) continue;
        // A sub-cell "年度" under a group cell "目标任务" reads as "年度目标任务".
        const group = grid.merge(r, c) ? squash(cellText(grid.value(r, c))) : '';
        const key = squash(sub);
        const col = matchColumn(key) ?? (group ? (matchColumn(key + group) ?? matchColumn(group + key)) : null);
        if (col && (columns[col] ?? null) === null) {
          columns[col] = c;
          headers[col] = group ? `${cellText(grid.value(r, c))}${sub}` : sub;
          if (!EXTRA.has(col)) score++;
        }
      }
    }
    return { row: r, endRow, columns, headers, score };
  }
  return null;
}
