import { parseA1, toA1 } from '../address';

/** A cell of a sheet, its address written the one way ("$d$17" → "D17"). */
export interface CellRef {
  sheet: string;
  cell: string;
}

/** The address written the one way, or null when it is not a cell address. */
export function normalCell(cell: string): string | null {
  try {
    const { row, col } = parseA1(cell);
    return toA1(row, col);
  } catch {
    return null;
  }
}

/** The key plans use for a cell: sheet and normalised address. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}
