/** A plain value as a host reads it: dates, rich text and formulas are flattened at the host edge. */
export type CellValue = string | number | boolean | null;

/** A merged area, 0-based and inclusive, relative to A1. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet as the core sees it. values[0][0] is cell A1; rows may be ragged. */
export interface SheetSnapshot {
  name: string;
  values: CellValue[][];
  merges: MergeArea[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}
