import { toA1 } from '../address';
import type { FieldKey, ReportTable, Task } from '../model';
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
export function fieldCells(sheet: SheetSnapshot, table: ReportTable, task: Task, key: FieldKey): FieldCell[] {
  const col = table.columns[key];
  if (col === null || col === undefined) return [];
  const grid = gridOf(sheet);
  const out: FieldCell[] = [];
  for (let row = task.firstRow; row <= task.lastRow; row++) {
    const m = grid.merge(row, col);
    if (m && (m.left < col || Math.max(m.top, task.firstRow) < row)) continue;
    // A merged area begun above the task is read, and fixed, at its top-left cell.
    const at = m ? { row: m.top, col: m.left } : { row, col };
    const value = grid.raw(at.row, at.col);
    if (value === null || value === '') continue;
    out.push({ cell: toA1(at.row, at.col), row: at.row, col: at.col, value });
  }
  return out;
}
