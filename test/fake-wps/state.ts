import type { EtPageSetup } from '../../src/wps/om';
import type { Rect } from './address';

/** A cell error: Value2 gives its CVErr number. */
export interface CellError {
  error: string;
}

export interface FakeCell {
  value: string | number | boolean | CellError | null;
  formula: string | null;
  /** BGR of a solid fill; null for none. */
  fill: number | null;
  /** A theme fill: XlThemeColor and tint (fill then holds its colour as shown). */
  fillTheme: { theme: number; tint: number } | null;
  fontColor: number;
  /** The automatic text colour, or a theme colour; fontColor holds the colour as shown. */
  fontAuto: boolean;
  fontTheme: { theme: number; tint: number } | null;
  bold: boolean;
  size: number;
  underline: number;
  note: string | null;
  wrap: boolean;
  horizontal: number;
  vertical: number;
  numberFormat: string;
  border: { lineStyle: number; weight: number; color: number } | null;
}

export function blankCell(): FakeCell {
  return {
    value: null,
    formula: null,
    fill: null,
    fillTheme: null,
    fontColor: 0,
    fontAuto: true,
    fontTheme: null,
    bold: false,
    size: 11,
    underline: -4142,
    note: null,
    wrap: false,
    horizontal: 1,
    vertical: -4107,
    numberFormat: 'General',
    border: null,
  };
}

export interface DataBar {
  range: Rect;
  min: { type: number; value?: number } | null;
  max: { type: number; value?: number } | null;
  color: number | null;
}

/** The page setup a sheet holds: the fields the object model exposes, as plain state. */
export type PageSetupState = EtPageSetup;

export function defaultPageSetup(): PageSetupState {
  return {
    Orientation: 1,
    PaperSize: 9,
    Zoom: 100,
    FitToPagesWide: 1,
    FitToPagesTall: 1,
    PrintTitleRows: '',
    CenterHorizontally: false,
    LeftFooter: '',
    CenterFooter: '',
    RightFooter: '',
  };
}

export interface SheetState {
  name: string;
  visible: number;
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: Rect[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  dataBars: DataBar[];
  pageSetup: PageSetupState;
  freeze: { rows: number; columns: number } | null;
}

export function newSheet(name: string): SheetState {
  return {
    name,
    visible: -1,
    protected: false,
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    dataBars: [],
    pageSetup: defaultPageSetup(),
    freeze: null,
  };
}
