import type { CellValue, MergeArea, SheetSnapshot } from '../snapshot';

/** A sheet read through its merges: every cell of a merged area reads as the area's top-left value. */
export class SheetGrid {
  readonly sheet: SheetSnapshot;
  readonly rowCount: number;
  /** The merge list the grid was built from. */
  readonly merges: readonly MergeArea[];
  private readonly mergeOf = new Map<number, MergeArea>();
  /** Rows touched by a merge: most rows have none, and skip the map lookup. */
  private readonly mergedRow: Uint8Array;

  constructor(sheet: SheetSnapshot) {
    this.sheet = sheet;
    this.rowCount = sheet.values.length;
    this.merges = sheet.merges;
    this.mergedRow = new Uint8Array(this.rowCount);
    // Snapshots come from three hosts; a missing merge list is read as none rather than trusted blindly.
    for (const m of sheet.merges ?? []) {
      // Very large merges (a whole column merged by mistake) are bounded by the data actually present.
      const bottom = Math.min(m.bottom, this.rowCount - 1);
      for (let r = Math.max(0, m.top); r <= bottom; r++) {
        this.mergedRow[r] = 1;
        for (let c = Math.max(0, m.left); c <= m.right && c < MAX_COL; c++) this.mergeOf.set(key(r, c), m);
      }
    }
  }

  /** The merged area covering a cell, if any. */
  merge(row: number, col: number): MergeArea | undefined {
    return this.mergedRow[row] === 1 ? this.mergeOf.get(key(row, col)) : undefined;
  }

  /** The value a user sees in a cell. */
  value(row: number, col: number): CellValue {
    if (this.mergedRow[row] === 1) {
      const m = this.mergeOf.get(key(row, col));
      if (m) return this.raw(m.top, m.left);
    }
    return this.raw(row, col);
  }

  /** True when the cell shows the value of a merged area that starts on an earlier row. */
  continuesAbove(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return m !== undefined && m.top < row;
  }

  /** True when the cell is covered by a merge but is not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  }

  raw(row: number, col: number): CellValue {
    return this.sheet.values[row]?.[col] ?? null;
  }

  width(row: number): number {
    return this.sheet.values[row]?.length ?? 0;
  }
}

/** Columns past this are never part of a report table; merges are tracked up to it. */
const MAX_COL = 64;

function key(row: number, col: number): number {
  return row * MAX_COL + col;
}

const grids = new WeakMap<SheetSnapshot, SheetGrid>();

/**
 * One SheetGrid per snapshot, shared by the reader and the rules. A host that edits a snapshot in place
 * (rows added, merges replaced) gets a fresh grid; cell values are always read live.
 */
export function gridOf(sheet: SheetSnapshot): SheetGrid {
  let g = grids.get(sheet);
  if (!g || g.rowCount !== sheet.values.length || g.merges !== sheet.merges) {
    g = new SheetGrid(sheet);
    grids.set(sheet, g);
  }
  return g;
}
