/**
 * A sheet to be written, as data. The core builds it (summaries, the 校验报告 sheet, the 名单 sheet);
 * every host renders the same model.
 */
export interface CellStyle {
  bold?: boolean;
  /** Font size in points. */
  size?: number;
  /** ARGB hex, e.g. "FFC6EFCE". */
  fill?: string;
  fontColor?: string;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  border?: boolean;
  /** Excel number format, e.g. "0.0%". */
  numberFormat?: string;
}

/** An in-workbook link, rendered by hosts as a HYPERLINK() formula or a hyperlink. */
export interface CellLink {
  sheet: string;
  cell: string;
}

export interface ModelCell {
  value: string | number | null;
  /** Key into SheetModel.styles. */
  style?: string;
  link?: CellLink;
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'landscape' | 'portrait';
  fitToWidth: boolean;
  /** 1-based first and last rows repeated at the top of every printed page. */
  titleRows?: [number, number];
  /** Excel header/footer code, e.g. "&C第 &P 页 共 &N 页". */
  footer?: string;
}

export type SheetRole = 'leader' | 'overview' | 'unit' | 'unit-overview' | 'report' | 'roster' | 'bulletin';

export interface SheetModel {
  /** Wanted name, already a valid sheet name; a host may suffix it on a clash with a user's sheet. */
  name: string;
  role: SheetRole;
  /** Row-major; null is an empty cell. */
  rows: (ModelCell | null)[][];
  styles: Record<string, CellStyle>;
  merges: { top: number; left: number; bottom: number; right: number }[];
  /** Width per column, in Excel character units. */
  columnWidths: number[];
  /** Height per row in points, where it matters; null leaves the default. */
  rowHeights?: (number | null)[];
  freeze?: { rows: number; columns: number };
  print?: PrintSetup;
  /** Data bars over a range of 0–1 ratios, e.g. the 完成率 column. */
  dataBars?: { range: string; color: string }[];
}
