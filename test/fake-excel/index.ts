/**
 * An in-memory Excel behind the real office.js client, for tests, the benchmark and the simulated-Excel
 * browser page: the add-in's calls go through office.js's own proxies, load/sync rules and request
 * serializer, and only what Excel does with a request is emulated here (executor.ts). Pure TypeScript:
 * no Node, DOM or jest imports, so a page can bundle it next to office.js's script. See README.md.
 */
import type { CellValue, MergeArea, WorkbookSnapshot } from '../../src/core/snapshot';
import type { Engine, FakeStats } from './engine';
import { emptyStats, parseVersion } from './engine';
import type { FakeErrorCode } from './errors';
import { FakeOfficeError } from './errors';
import { Executor } from './executor';
import { normaliseColor } from './format';
import { officeRuntime, setOfficeContext } from './runtime';
import type { OfficeScript } from './runtime';
import type { CellState, ConditionalFormatState, PageLayoutState, Prompt, SheetState, WorkbookState } from './state';
import { areaAddress, cellAt, cellKey, findSheet, keyCol, keyRow, newSheet, parseArea, parseInput, usedArea } from './state';

export { FakeOfficeError } from './errors';
export type { FakeErrorCode } from './errors';
export type { FakeStats, RequestStats } from './engine';

export interface FakeRunOptions {
  delayForCellEdit?: boolean;
}

export interface FakeExcelOptions {
  /** The ExcelApi requirement set this Excel reports, e.g. "1.9" (Office 2021) or "1.18" (Microsoft 365). Default "1.18". */
  apiVersion?: string;
  /** Request and response cap in bytes. Default 5 MB, Excel on the web's limit. */
  payloadLimit?: number;
  /** Cells one read may return before values come back null. Default 5,000,000. */
  cellLimit?: number;
  /** Whether run({ delayForCellEdit: true }) waits for the user to leave cell-edit mode. Default true. */
  delayForCellEditSupported?: boolean;
  /** The office.js the add-in runs under: Microsoft's CDN script (default) or the bundled package's (no notes). */
  officeJs?: OfficeScript;
}

/** A cell as a test sees it. Colours are "#RRGGBB"; fill is null when the cell has none. */
export interface CellView {
  value: CellValue;
  formula: string | null;
  fill: string | null;
  /** A fill pattern other than solid, with its colour ("Gray50 #FF0000", "Checker auto"); null for none or solid. */
  fillPattern: string | null;
  fontColor: string;
  bold: boolean;
  fontSize: number;
  numberFormat: string;
  wrap: boolean;
  horizontal: string | null;
  vertical: string | null;
  borders: string[];
  note: string | null;
  comment: string | null;
  prompt: Prompt | null;
}

export interface SheetView {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  merges: string[];
  freeze: { rows: number; columns: number };
  pageLayout: PageLayoutState;
  conditionalFormats: ConditionalFormatState[];
  customProperties: Record<string, string>;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
}

type Batch<T> = (ctx: Excel.RequestContext) => Promise<T>;

export class FakeExcel {
  private readonly engine: Engine;
  private readonly executor: Executor;
  private editEndWaiters: (() => void)[] = [];
  private readonly script: OfficeScript;

  constructor(snapshot: WorkbookSnapshot = { sheets: [] }, options: FakeExcelOptions = {}) {
    const state: WorkbookState = { sheets: [], activeSheetId: null, selection: null, nextSheetId: 1 };
    this.engine = {
      state,
      apiVersion: parseVersion(options.apiVersion ?? '1.18'),
      payloadLimit: options.payloadLimit ?? 5 * 1024 * 1024,
      cellLimit: options.cellLimit ?? 5_000_000,
      cellEditMode: false,
      delayForCellEditSupported: options.delayForCellEditSupported ?? true,
      pendingFailure: null,
      stats: emptyStats(),
      references: new Map(),
      nextReference: 1,
      waitForEditEnd: () => new Promise<void>((resolve) => this.editEndWaiters.push(resolve)),
    };
    this.executor = new Executor(this.engine);
    this.script = options.officeJs ?? 'current';
    for (const sheet of snapshot.sheets) this.addSheet(sheet.name, sheet.values, sheet.merges);
    if (state.sheets.length === 0) this.addSheet('Sheet1');
  }

  // ---- The API surface an add-in calls ----

  /**
   * Excel.run of the real office.js, with a session whose requests go to this workbook:
   * run(batch) or run(options, batch). An arrow property, so it can be handed around unbound.
   */
  readonly run = <T>(optionsOrBatch: FakeRunOptions | Batch<T>, maybeBatch?: Batch<T>): Promise<T> => {
    const batch = typeof optionsOrBatch === 'function' ? optionsOrBatch : maybeBatch;
    const options = typeof optionsOrBatch === 'function' ? {} : optionsOrBatch;
    if (!batch) return Promise.reject(new Error('Excel.run needs a batch function.'));
    const runtime = officeRuntime(this.script);
    setOfficeContext(runtime, { requirements: { isSetSupported: this.requirement } });
    return runtime.Excel.run({ ...options, session: this.session() } as Excel.RunOptions, batch);
  };

  /** The session office.js resolves a request context's address through: here, this workbook. */
  private session(): object {
    const executor = this.executor;
    return {
      _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: 'https://tongbao.invalid/excel', headers: {} }),
      _createRequestExecutorOrNull: () => executor,
    };
  }

  /**
   * Makes this workbook the one the page's own office.js talks to: the global Excel.run, unchanged,
   * then sends its requests here, and Office.context answers with `context` and these API sets.
   */
  installInPage(context: Record<string, unknown>): void {
    const runtime = officeRuntime(this.script);
    setOfficeContext(runtime, { ...context, requirements: { isSetSupported: this.requirement } });
    const requests = runtime.OfficeExtension.ClientRequestContext as unknown as { defaultRequestUrlAndHeaders: unknown };
    requests.defaultRequestUrlAndHeaders = this.session();
  }

  /** Like Office.context.requirements.isSetSupported, for the ExcelApi set. */
  readonly isSetSupported = (name: string, version?: string): boolean => {
    if (name !== 'ExcelApi') return false;
    const [major, minor] = parseVersion(version ?? '1.1');
    const [a, b] = this.engine.apiVersion;
    return a > major || (a === major && b >= minor);
  };

  /** What office.js itself asks: ExcelApi versions, and whether Excel waits out cell editing. */
  private readonly requirement = (name: string, version?: string): boolean =>
    name === 'DelayForCellEdit' ? this.engine.delayForCellEditSupported : this.isSetSupported(name, version);

  // ---- Setting the scene ----

  /** Adds a sheet from plain data: values[0][0] is A1, null is empty; merges 0-based inclusive. */
  addSheet(name: string, values: CellValue[][] = [], merges: MergeArea[] = []): void {
    if (findSheet(this.engine.state, name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
    const sheet = newSheet(this.engine.state, name);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== '') cellAt(sheet, r, c).value = value;
      }),
    );
    sheet.merges = merges.map((m) => ({ ...m }));
    if (this.engine.state.activeSheetId === null) this.engine.state.activeSheetId = sheet.id;
  }

  /** Writes a value as if typed: "=..." is a formula, "'..." stays text. */
  setValue(sheet: string, address: string, value: CellValue): void {
    const { row, col } = this.at(sheet, address);
    const parsed = parseInput(value, true);
    const cell = cellAt(this.sheetState(sheet), row, col);
    cell.value = parsed.value;
    if (parsed.formula === undefined) delete cell.formula;
    else cell.formula = parsed.formula;
  }

  /** Sets a solid fill ("#RRGGBB"), or a pattern over it ({ pattern: 'Gray50', color: '#FF0000' }), or removes it with null. */
  setFill(sheet: string, address: string, color: string | null, pattern?: { pattern: string; color?: string }): void {
    this.eachAddressed(sheet, address, (cell) => {
      if (color === null) delete cell.fill;
      else if (pattern) cell.fill = { color: normaliseColor(color), pattern: pattern.pattern, ...(pattern.color ? { patternColor: normaliseColor(pattern.color) } : {}) };
      else cell.fill = { color: normaliseColor(color), pattern: 'Solid' };
    });
  }

  setFont(sheet: string, address: string, font: { color?: string; bold?: boolean; size?: number }): void {
    this.eachAddressed(sheet, address, (cell) => {
      cell.font = { ...cell.font, ...font, ...(font.color ? { color: normaliseColor(font.color) } : {}) };
    });
  }

  setNote(sheet: string, address: string, note: string | null): void {
    const { row, col } = this.at(sheet, address);
    const s = this.sheetState(sheet);
    if (note === null) s.notes.delete(cellKey(row, col));
    else s.notes.set(cellKey(row, col), note);
  }

  /** A threaded comment on a cell (a cell then cannot take a note, as in Excel). */
  setComment(sheet: string, address: string, text: string | null): void {
    const { row, col } = this.at(sheet, address);
    const s = this.sheetState(sheet);
    if (text === null) s.comments.delete(cellKey(row, col));
    else s.comments.set(cellKey(row, col), text);
  }

  setPrompt(sheet: string, address: string, prompt: Prompt | null): void {
    this.eachAddressed(sheet, address, (cell) => {
      if (prompt) cell.prompt = { ...prompt };
      else delete cell.prompt;
    });
  }

  /** Protects a sheet: writes to it then fail with AccessDenied, as in Excel. */
  protect(sheet: string, on = true): void {
    this.sheetState(sheet).protected = on;
  }

  /** Makes zoom writes ignore fit-to-pages, as reported of some Windows builds (OfficeDev/office-js#1860). */
  dropFitToPages(on = true): void {
    this.engine.dropsFitToPages = on;
  }

  setVisibility(sheet: string, visibility: 'Visible' | 'Hidden' | 'VeryHidden'): void {
    this.sheetState(sheet).visibility = visibility;
  }

  /** Puts Excel in or out of cell-edit mode, as when the user is typing in a cell. */
  setCellEditMode(on: boolean): void {
    this.engine.cellEditMode = on;
    if (!on) {
      const waiters = this.editEndWaiters;
      this.editEndWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  /**
   * Makes a sync fail with this error, e.g. InactiveWorkbook when the user switches workbook: the next
   * one, or the one after `after` more syncs have gone through.
   */
  failNextSync(code: FakeErrorCode, message = `Simulated ${code}.`, after = 0): void {
    this.engine.pendingFailure = { code, message, skip: after };
  }

  activate(sheet: string): void {
    this.engine.state.activeSheetId = this.sheetState(sheet).id;
  }

  // ---- Looking at the result ----

  get stats(): FakeStats {
    return this.engine.stats;
  }

  resetStats(): void {
    this.engine.stats = emptyStats();
  }

  /** Sheet names in tab order; very hidden sheets only when asked. */
  sheetNames(options: { includeHidden?: boolean } = {}): string[] {
    return this.engine.state.sheets.filter((s) => options.includeHidden || s.visibility !== 'VeryHidden').map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return findSheet(this.engine.state, name) !== null;
  }

  cell(sheet: string, address: string): CellView {
    const { row, col } = this.at(sheet, address);
    const s = this.sheetState(sheet);
    const cell: CellState | undefined = s.cells.get(cellKey(row, col));
    return {
      value: cell?.value ?? null,
      formula: cell?.formula ?? null,
      fill: cell?.fill && cell.fill.pattern !== 'None' ? cell.fill.color : null,
      fillPattern: cell?.fill && cell.fill.pattern !== 'None' && cell.fill.pattern !== 'Solid' ? `${cell.fill.pattern} ${cell.fill.patternColor ?? 'auto'}` : null,
      fontColor: cell?.font?.color ?? '#000000',
      bold: cell?.font?.bold ?? false,
      fontSize: cell?.font?.size ?? 11,
      numberFormat: cell?.numberFormat ?? 'General',
      wrap: cell?.wrap ?? false,
      horizontal: cell?.horizontal ?? null,
      vertical: cell?.vertical ?? null,
      borders: cell?.borders ? [...cell.borders] : [],
      note: s.notes.get(cellKey(row, col)) ?? null,
      comment: s.comments.get(cellKey(row, col)) ?? null,
      prompt: cell?.prompt ? { ...cell.prompt } : null,
    };
  }

  /** Values from A1 to the last used cell; null is empty. */
  values(sheet: string): CellValue[][] {
    const s = this.sheetState(sheet);
    const used = usedArea(s, true);
    if (!used) return [];
    const rows: CellValue[][] = [];
    for (let r = 0; r <= used.bottom; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c <= used.right; c++) row.push(s.cells.get(cellKey(r, c))?.value ?? null);
      rows.push(row);
    }
    return rows;
  }

  sheet(name: string): SheetView {
    const s = this.sheetState(name);
    return {
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      merges: s.merges.map((m) => areaAddress(m)),
      freeze: { ...s.freeze },
      pageLayout: JSON.parse(JSON.stringify(s.pageLayout)) as PageLayoutState,
      conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf })),
      customProperties: Object.fromEntries(s.customProperties),
      columnWidths: Object.fromEntries([...s.columnWidths].map(([c, w]) => [String(c), w])),
      rowHeights: Object.fromEntries([...s.rowHeights].map(([r, h]) => [String(r), h])),
    };
  }

  /** Every cell with anything in it, as "A1" → CellView, for comparing whole sheets. */
  cells(sheet: string): Record<string, CellView> {
    const s = this.sheetState(sheet);
    const keys = new Set([...s.cells.keys(), ...s.notes.keys(), ...s.comments.keys()]);
    const out: Record<string, CellView> = {};
    for (const key of [...keys].sort((a, b) => a - b)) {
      const address = areaAddress({ top: keyRow(key), bottom: keyRow(key), left: keyCol(key), right: keyCol(key) });
      const view = this.cell(sheet, address);
      const blank = view.value === null && view.formula === null && view.fill === null && view.note === null && view.comment === null && view.prompt === null && !s.cells.get(key)?.font && view.borders.length === 0 && view.numberFormat === 'General' && !view.wrap && view.horizontal === null && view.vertical === null;
      if (!blank) out[address] = view;
    }
    return out;
  }

  /** The whole workbook as plain data, deterministic, for "the same workbook twice" comparisons. */
  dump(): unknown {
    return this.engine.state.sheets.map((s) => ({ ...this.sheet(s.name), cells: this.cells(s.name) }));
  }

  selection(): { sheet: string; address: string } | null {
    return this.engine.state.selection ? { ...this.engine.state.selection } : null;
  }

  activeSheet(): string | null {
    const state = this.engine.state;
    return state.sheets.find((s) => s.id === state.activeSheetId)?.name ?? null;
  }

  /** The workbook as the core reads it: every sheet's values from A1 and its merges. */
  snapshot(options: { includeHidden?: boolean } = {}): WorkbookSnapshot {
    return {
      sheets: this.sheetNames(options).map((name) => ({
        name,
        values: this.values(name),
        merges: this.sheetState(name).merges.map((m) => ({ ...m })),
      })),
    };
  }

  private sheetState(name: string): SheetState {
    const s = findSheet(this.engine.state, name);
    if (!s) throw new Error(`fake Excel: no sheet named "${name}"`);
    return s;
  }

  private at(sheet: string, address: string): { row: number; col: number } {
    this.sheetState(sheet);
    const { area } = parseArea(address);
    return { row: area.top, col: area.left };
  }

  private eachAddressed(sheet: string, address: string, fn: (cell: CellState) => void): void {
    const s = this.sheetState(sheet);
    const { area } = parseArea(address);
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) fn(cellAt(s, r, c));
  }
}

export function createFakeExcel(snapshot?: WorkbookSnapshot, options?: FakeExcelOptions): FakeExcel {
  return new FakeExcel(snapshot, options);
}
