import { parseA1 } from '../../core/address';
import type { Finding } from '../../core/findings';
import type { Fix, Mark } from '../../core/host';
import { MARK_STYLES, marksFor } from '../../core/marks';
import type { CellValue, SheetSnapshot } from '../../core/snapshot';

/** How one cell of the sheet view looks: as the marked download will show it. */
export interface CellLook {
  fill?: string;
  color?: string;
  bold?: boolean;
  note?: string;
}

/** ARGB "FFE4D4F4" as CSS "#E4D4F4". */
export function cssColor(argb: string): string {
  return `#${argb.slice(-6)}`;
}

function key(row: number, col: number): string {
  return `${row}:${col}`;
}

/** What the view needs of one sheet: its size, its marks and its previewed fixes, each by cell. */
export interface GridModel {
  sheet: string;
  rows: number;
  cols: number;
  /** Column widths in pixels, from the longest text in each (within bounds). */
  widths: number[];
  text: (row: number, col: number) => string;
  look: (row: number, col: number) => CellLook | null;
  fix: (row: number, col: number) => Fix | null;
}

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

const MIN_WIDTH = 48;
const MAX_WIDTH = 320;
const CHAR_WIDTH = 14;
/** Rows looked at to size the columns: enough to see the table, not every row of a 10,000-row sheet. */
const SIZE_SAMPLE = 200;

function columnWidths(values: readonly (readonly CellValue[] | undefined)[], cols: number): number[] {
  const widths = Array<number>(cols).fill(MIN_WIDTH);
  const rows = Math.min(values.length, SIZE_SAMPLE);
  for (let r = 0; r < rows; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < cols; c++) {
      const text = cellText(row[c]);
      if (!text) continue;
      // A long text is cut off in the view, as in Excel: the width only needs to show its start.
      const w = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.min(text.length, 24) * CHAR_WIDTH + 12));
      if (w > (widths[c] ?? 0)) widths[c] = w;
    }
  }
  return widths;
}

function byCell<T extends { sheet: string; cell: string }>(items: readonly T[], sheet: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (item.sheet !== sheet) continue;
    const { row, col } = parseA1(item.cell);
    map.set(key(row, col), item);
  }
  return map;
}

/** The report sheet as the view draws it: the marks the findings would place, and the fixes ticked, shown in their cells. */
export function gridModel(source: SheetSnapshot, findings: readonly Finding[], fixes: readonly Fix[]): GridModel {
  const values = source.values;
  let cols = 0;
  for (const row of values) if (row && row.length > cols) cols = row.length;
  const marks = byCell<Mark>(marksFor(findings), source.name);
  const fixMap = byCell(fixes, source.name);
  return {
    sheet: source.name,
    rows: values.length,
    cols,
    widths: columnWidths(values, cols),
    text: (row, col) => cellText(values[row]?.[col]),
    look: (row, col) => {
      const mark = marks.get(key(row, col));
      if (!mark) return null;
      const style = MARK_STYLES[mark.style];
      const look: CellLook = { fill: cssColor(style.fill), note: mark.note };
      if (style.fontColor) look.color = cssColor(style.fontColor);
      if (style.bold) look.bold = true;
      return look;
    },
    fix: (row, col) => fixMap.get(key(row, col)) ?? null,
  };
}

/** The rows to draw for a scroll position: those in view and a few either side, so scrolling never shows a gap. */
export function visibleRange(scrollTop: number, height: number, rowHeight: number, rows: number, overscan = 8): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(rows - 1, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return { first, last };
}
