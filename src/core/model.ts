export const STATUSES = ['完成', '部分完成', '未完成'] as const;
export type Status = (typeof STATUSES)[number];

export interface UnitRef {
  /** Normalised unit name (NFKC, inner spaces removed, 牵头 marker stripped). */
  name: string;
  /** The text as written in the cell, marker included. */
  raw: string;
  lead: boolean;
  /** True when no unit in the cell was marked 牵头 and the first one was taken as the lead. */
  leadInferred: boolean;
}

/** A1 address of the cell each field was read from (the first cell, for a task spanning rows). */
export interface TaskCells {
  seq: string;
  annual: string | null;
  month: string | null;
  progress: string | null;
  leaders: string | null;
  units: string | null;
  status?: string | null;
  light?: string | null;
  coUnits?: string | null;
}

export interface Task {
  seq: number | null;
  /** 序号 as written, e.g. "1", "1.", "一". */
  seqText: string;
  /** 0-based first and last sheet rows the task covers. */
  firstRow: number;
  lastRow: number;
  annual: string;
  monthTarget: string;
  progress: string;
  status: Status | null;
  /** The label the status was read from, as written ("完成", "已完成", "基本完成"…), or null. */
  statusLabel: string | null;
  /**
   * Where the status was read when not at the front of the progress text: after a heading (总体情况：完成),
   * as the closing clause (…，滞后。), from the report's status column, or from its 亮灯 column.
   */
  statusPlace?: 'heading' | 'end' | 'column' | 'light';
  /** When the status came from a column: what the progress text itself states, if anything. */
  textStatus?: { status: Status; label: string; place: 'front' | 'heading' | 'end' };
  /** The 亮灯 / 进度评价 cell as written, and the status it stands for. */
  light?: { text: string; status: Status | null };
  /** The 配合单位 cell as written, when the report has that column; its units are in `units`, not lead. */
  coUnitsText?: string;
  leadersText: string;
  /** Normalised leader names, in cell order, duplicates removed. */
  leaders: string[];
  unitsText: string;
  units: UnitRef[];
  cells: TaskCells;
}

export type ColumnKey = 'seq' | 'annual' | 'month' | 'progress' | 'leaders' | 'units';
/**
 * Columns some reports add to the six: the verdict in a column of its own (完成状态, 是否完成), a 亮灯 /
 * 进度评价 column (红/黄/绿, 滞后/序时), and 配合单位 beside 牵头单位. None is required.
 */
export type ExtraColumnKey = 'status' | 'light' | 'coUnits';
export type FieldKey = ColumnKey | ExtraColumnKey;
/** Where each column is: the six, null when missing; the extra ones only when present. */
export type Columns<T> = Record<ColumnKey, T | null> & Partial<Record<ExtraColumnKey, T>>;

export interface ReportTable {
  sheet: string;
  title: string | null;
  /** Report month 1–12, from the title, the month column header or the sheet name. */
  month: number | null;
  year: number | null;
  /** The month as each place in the sheet names it, before options.month is applied. */
  monthSources?: { title: number | null; header: number | null; sheet: number | null };
  /** Section headings between the tasks ("一、经济发展"), by 0-based row; numbering may restart after one. */
  sections?: { row: number; title: string }[];
  /** 0-based row of the first header row. */
  headerRow: number;
  /** 0-based column of each recognised column; null when missing. */
  columns: Columns<number>;
  /** Header text of each recognised column, as written. */
  headers: Columns<string>;
  tasks: Task[];
}
