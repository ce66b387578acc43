import { toA1 } from '../address';
import type { ColumnKey, ReportTable, Task } from '../model';
import type { CellValue, SheetSnapshot } from '../snapshot';
import { gridOf } from './grid';

export interface FieldCell {
  /** A1 address of the cell that holds the text (a merged area's top-left cell). */
  cell: string;
  row: number;
  col: number;
  value: CellValue;
}

/**
 * The physical cells one field of a task was read from, in row order: one for a plain task,
 * several for a task written over sub-rows. Fixes must target these cells, never the joined text.
 */
export function fieldCells(sheet: SheetSnapshot, table: ReportTable, task: Task, key: ColumnKey): FieldCell[] {
  const col = table.columns[key];
  if (col === null) return [];
  const grid = gridOf(sheet);
  const out: FieldCell[] = [];
  for (let row = task.firstRow; row <= task.lastRow; row++) {
    const m = grid.merge(row, col);
    if (m && (m.left < col || m.top < row)) continue;
    const value = grid.raw(row, col);
    if (value === null || value === '') continue;
    out.push({ cell: toA1(row, col), row, col, value });
  }
  return out;
}
