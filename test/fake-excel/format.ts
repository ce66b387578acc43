import { FakeOfficeError } from './errors';
import type { Area, CellState, SheetState } from './state';
import { MAX_COLUMNS, areaCells, cellAt, storedCellsIn } from './state';

/** Past this many cells a format write touches only the cells that exist, not the whole grid. */
const DENSE_LIMIT = 200_000;

export function normaliseColor(color: unknown): string {
  const text = String(color).trim();
  const named: Record<string, string> = { red: '#FF0000', yellow: '#FFFF00', white: '#FFFFFF', black: '#000000', green: '#008000' };
  const hit = named[text.toLowerCase()];
  if (hit) return hit;
  const m = /^#?([0-9a-f]{6})$/i.exec(text);
  if (!m || !m[1]) throw new FakeOfficeError('InvalidArgument', `Not a colour: ${text}`);
  return `#${m[1].toUpperCase()}`;
}

/** Runs `fn` on every cell of the areas, creating cells as needed. */
export function eachCell(sheet: SheetState, areas: Area[], fn: (cell: CellState, row: number, col: number) => void): void {
  for (const area of areas) {
    if (areaCells(area) > DENSE_LIMIT) {
      const hits: [number, CellState][] = [];
      storedCellsIn(sheet, area, (key, cell) => hits.push([key, cell]));
      for (const [key, cell] of hits) fn(cell, Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS);
      continue;
    }
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) fn(cellAt(sheet, r, c), r, c);
    }
  }
}
