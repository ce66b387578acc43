import { parseA1, toA1 } from '../address';

export { cellKey } from '../address';

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
