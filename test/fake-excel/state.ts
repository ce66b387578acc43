import { columnName } from '../../src/core/address';
import type { CellValue, MergeArea } from '../../src/core/snapshot';
import { FakeOfficeError } from './errors';

/** Excel's grid. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Fill {
  /** The cell's background colour (for a solid fill, its only colour). */
  color: string;
  /** Excel.FillPattern: 'Solid', 'None', or a pattern such as 'Gray50' or 'Checker'. */
  pattern: string;
  /** The colour of a pattern's lines or dots; absent is automatic (black). */
  patternColor?: string;
}

export interface Font {
  color: string;
  bold: boolean;
  size: number;
}

export interface Prompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

/** One cell. Absent properties are Excel's defaults. */
export interface CellState {
  /** The value Excel shows; null is an empty cell. */
  value: CellValue;
  formula?: string;
  fill?: Fill;
  font?: Partial<Font>;
  numberFormat?: string;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  /** Edges with a continuous border: EdgeTop, EdgeBottom, EdgeLeft, EdgeRight, InsideHorizontal, InsideVertical. */
  borders?: string[];
  prompt?: Prompt;
}

export interface ConditionalFormatState {
  address: string;
  type: string;
  color: string | null;
  /** Data bar bounds as set, e.g. { type: 'Number', formula: '0' }; absent means Excel's automatic ones. */
  lower?: { type: string; formula?: string };
  upper?: { type: string; formula?: string };
}

export interface PageLayoutState {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows: string | null;
  footer: { left: string; center: string; right: string };
}

export interface SheetState {
  id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<number, CellState>;
  merges: MergeArea[];
  freeze: { rows: number; columns: number };
  pageLayout: PageLayoutState;
  conditionalFormats: ConditionalFormatState[];
  customProperties: Map<string, string>;
  /** Column widths and row heights in points, where set. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  notes: Map<number, string>;
  /** Threaded comments (ExcelApi 1.10), by cell: a cell holds a note or a comment, never both. */
  comments: Map<number, string>;
}

export interface WorkbookState {
  sheets: SheetState[];
  activeSheetId: number | null;
  selection: { sheet: string; address: string } | null;
  nextSheetId: number;
}

/** A rectangle on one sheet, 0-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLUMNS);
}

export function keyCol(key: number): number {
  return key % MAX_COLUMNS;
}

export function newSheet(state: WorkbookState, name: string): SheetState {
  const sheet: SheetState = {
    id: state.nextSheetId++,
    name,
    visibility: 'Visible',
    protected: false,
    cells: new Map(),
    merges: [],
    freeze: { rows: 0, columns: 0 },
    pageLayout: {
      orientation: 'Portrait',
      paperSize: 'Letter',
      zoom: { scale: 100 },
      printTitleRows: null,
      footer: { left: '', center: '', right: '' },
    },
    conditionalFormats: [],
    customProperties: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    notes: new Map(),
    comments: new Map(),
  };
  state.sheets.push(sheet);
  return sheet;
}

export function findSheet(state: WorkbookState, name: string): SheetState | null {
  const key = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === key) ?? null;
}

/** Excel's rules for a sheet name; throws the error Excel gives. */
export function checkSheetName(state: WorkbookState, name: string, except?: SheetState): void {
  const bad =
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === 'history';
  if (bad) throw new FakeOfficeError('InvalidArgument', `The sheet name "${name}" is not valid.`);
  const other = findSheet(state, name);
  if (other && other !== except) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function colIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** Parses one area: A1, A1:C3, A:C, 3:5, with $ signs; a sheet prefix is returned apart. */
export function parseArea(address: string): { sheet: string | null; area: Area } {
  const text = address.trim();
  let sheet: string | null = null;
  let rest = text;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    const raw = text.slice(0, bang);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    rest = text.slice(bang + 1);
  }
  const parts = rest.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.length < 1 || parts.length > 2) throw new FakeOfficeError('InvalidArgument', `Bad address ${address}`);
  const ends = parts.map((p) => {
    const cell = /^([A-Z]{1,3})(\d{1,7})$/.exec(p);
    if (cell && cell[1] && cell[2]) return { row: Number(cell[2]) - 1, col: colIndex(cell[1]), kind: 'cell' as const };
    const col = /^([A-Z]{1,3})$/.exec(p);
    if (col && col[1]) return { row: -1, col: colIndex(col[1]), kind: 'col' as const };
    const row = /^(\d{1,7})$/.exec(p);
    if (row && row[1]) return { row: Number(row[1]) - 1, col: -1, kind: 'row' as const };
    throw new FakeOfficeError('InvalidArgument', `Bad address ${address}`);
  });
  const a = ends[0];
  const b = ends[1] ?? a;
  if (!a || !b || a.kind !== b.kind) throw new FakeOfficeError('InvalidArgument', `Bad address ${address}`);
  let area: Area;
  if (a.kind === 'col') area = { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
  else if (a.kind === 'row') area = { left: 0, right: MAX_COLUMNS - 1, top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row) };
  else area = { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
  if (area.bottom >= MAX_ROWS || area.right >= MAX_COLUMNS || area.top < 0 || area.left < 0) {
    throw new FakeOfficeError('InvalidArgument', `Address out of the grid: ${address}`);
  }
  return { sheet, area };
}

export function areaAddress(area: Area): string {
  if (area.top === 0 && area.bottom === MAX_ROWS - 1) return `${columnName(area.left)}:${columnName(area.right)}`;
  if (area.left === 0 && area.right === MAX_COLUMNS - 1) return `${area.top + 1}:${area.bottom + 1}`;
  const a = `${columnName(area.left)}${area.top + 1}`;
  if (area.top === area.bottom && area.left === area.right) return a;
  return `${a}:${columnName(area.right)}${area.bottom + 1}`;
}

export function areaCells(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

export function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Area, inner: Area): boolean {
  return outer.top <= inner.top && inner.bottom <= outer.bottom && outer.left <= inner.left && inner.right <= outer.right;
}

/** Visits the stored cells inside an area, without walking empty space. */
export function storedCellsIn(sheet: SheetState, area: Area, visit: (key: number, cell: CellState) => void): void {
  const cellsInArea = areaCells(area);
  if (cellsInArea <= sheet.cells.size) {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const key = cellKey(r, c);
        const cell = sheet.cells.get(key);
        if (cell) visit(key, cell);
      }
    }
    return;
  }
  for (const [key, cell] of sheet.cells) {
    const r = keyRow(key);
    const c = keyCol(key);
    if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right) visit(key, cell);
  }
}

export function cellAt(sheet: SheetState, row: number, col: number): CellState {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: null };
    sheet.cells.set(key, cell);
  }
  return cell;
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const PERCENT = /^[-+]?(\d+(\.\d*)?|\.\d+)%$/;

/**
 * What Excel stores when a value is written through `values` or `formulas`: a leading apostrophe
 * keeps text as text; numbers and percentages typed as text become numbers; "=" starts a formula.
 */
export function parseInput(input: unknown, asFormula: boolean): { value: CellValue; formula?: string } {
  if (input === null || input === undefined || input === '') return { value: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: evaluate(text), formula: text };
  void asFormula;
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  if (PERCENT.test(trimmed)) return { value: Number(trimmed.slice(0, -1)) / 100 };
  if (/^true$/i.test(trimmed)) return { value: true };
  if (/^false$/i.test(trimmed)) return { value: false };
  return { value: text };
}

/** The fake computes only HYPERLINK, whose value is its friendly name; other formulas show 0. */
function evaluate(formula: string): CellValue {
  const link = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:,\s*("(?:[^"]|"")*"|[-+]?\d+(?:\.\d+)?))?\s*\)$/i.exec(formula);
  if (link) {
    const friendly = link[2];
    if (friendly === undefined) return link[1]?.replace(/""/g, '"') ?? '';
    if (friendly.startsWith('"')) return friendly.slice(1, -1).replace(/""/g, '"');
    return Number(friendly);
  }
  return 0;
}

export function isEmptyCell(cell: CellState): boolean {
  return (
    cell.value === null &&
    cell.formula === undefined &&
    cell.fill === undefined &&
    cell.font === undefined &&
    cell.numberFormat === undefined &&
    cell.wrap === undefined &&
    cell.horizontal === undefined &&
    cell.vertical === undefined &&
    cell.borders === undefined &&
    cell.prompt === undefined
  );
}

/** Bounding box of the cells holding a value (valuesOnly) or anything at all. */
export function usedArea(sheet: SheetState, valuesOnly: boolean): Area | null {
  let box: Area | null = null;
  const grow = (r: number, c: number) => {
    if (!box) box = { top: r, left: c, bottom: r, right: c };
    else {
      box.top = Math.min(box.top, r);
      box.bottom = Math.max(box.bottom, r);
      box.left = Math.min(box.left, c);
      box.right = Math.max(box.right, c);
    }
  };
  for (const [key, cell] of sheet.cells) {
    const has = valuesOnly ? cell.value !== null || cell.formula !== undefined : !isEmptyCell(cell);
    if (has) grow(keyRow(key), keyCol(key));
  }
  if (!valuesOnly) for (const key of sheet.notes.keys()) grow(keyRow(key), keyCol(key));
  return box;
}
