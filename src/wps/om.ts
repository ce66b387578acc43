/**
 * The part of the WPS 表格 (ET) object model this host uses. It is the VBA object model reached from
 * JavaScript: synchronous calls, 1-based Item(), colours as BGR numbers, a scalar Value2 for one
 * cell and a 2-D array for several, cell errors as CVErr numbers.
 */
export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  ScreenUpdating: boolean;
  readonly ActiveWindow: EtWindow | null;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
  readonly ActiveSheet: EtWorksheet | null;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based index or name; throws when there is no such sheet. */
  Item(index: number | string): EtWorksheet;
  /** Adds a worksheet before or after the given one and returns it. */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

/** XlSheetVisibility. */
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;

export interface EtWorksheet {
  Name: string;
  Visible: number;
  readonly Index: number;
  readonly ProtectContents: boolean;
  /** On an empty sheet this is A1. */
  readonly UsedRange: EtRange;
  Range(address: string): EtRange;
  readonly Cells: EtRange;
  readonly Comments: EtComments;
  readonly PageSetup: EtPageSetup;
  Activate(): void;
  Delete(): void;
}

export interface EtComments {
  readonly Count: number;
  Item(index: number): EtComment;
}

export interface EtComment {
  Text(text?: string): string;
  Delete(): void;
  readonly Parent: EtRange;
}

export interface EtInterior {
  /** BGR; null when the cells of the range differ. */
  Color: number | null;
  /** XL_NONE for no fill; null when the cells differ. */
  Pattern: number | null;
  /** XlThemeColor (1-based), for a fill that follows the workbook's theme. */
  ThemeColor: number | null;
  TintAndShade: number | null;
}

export interface EtFont {
  Color: number | null;
  /** XL.automatic for the automatic (default) text colour. */
  ColorIndex: number | null;
  ThemeColor: number | null;
  TintAndShade: number | null;
  Bold: boolean | null;
  Size: number | null;
  Underline: number | null;
}

export interface EtBorders {
  LineStyle: number | null;
  Weight: number | null;
  Color: number | null;
}

export interface EtFormatConditions {
  AddDatabar(): EtDatabar;
}

export interface EtDatabar {
  readonly MinPoint: EtConditionValue;
  readonly MaxPoint: EtConditionValue;
  readonly BarColor: { Color: number };
}

export interface EtConditionValue {
  Modify(type: number, value?: number): void;
}

export interface EtRange {
  /** A scalar for one cell, a 2-D array (rows of columns) for several. */
  Value2: unknown;
  Formula: unknown;
  /** True when every cell holds a formula, false when none does, null when mixed. */
  readonly HasFormula: boolean | null;
  /** Address with $ signs ("$A$1:$F$20"); for a union, areas joined by commas. */
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Borders: EtBorders;
  readonly Comment: EtComment | null;
  /** Throws when the cell already has a comment. */
  AddComment(text?: string): EtComment;
  /** True when every cell is merged, false when none is, null when mixed. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  Merge(): void;
  UnMerge(): void;
  WrapText: boolean | null;
  HorizontalAlignment: number | null;
  VerticalAlignment: number | null;
  NumberFormat: string | null;
  ColumnWidth: number | null;
  RowHeight: number | null;
  readonly FormatConditions: EtFormatConditions;
  Select(): void;
  Clear(): void;
}

export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  PrintTitleRows: string;
  CenterHorizontally: boolean;
  LeftFooter: string;
  CenterFooter: string;
  RightFooter: string;
}

export interface EtWindow {
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
}

/** Enumeration values used here (the VBA constants WPS shares). */
export const XL = {
  none: -4142,
  automatic: -4105,
  solid: 1,
  left: -4131,
  center: -4108,
  right: -4152,
  top: -4160,
  bottom: -4107,
  continuous: 1,
  thin: 2,
  underlineSingle: 2,
  landscape: 2,
  portrait: 1,
  paperA4: 9,
  conditionNumber: 0,
} as const;
