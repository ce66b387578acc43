import type ExcelJS from 'exceljs';
import type { Fix, FixResult, Mark, WorkbookHost, WorkbookSettings, WrittenSheet } from '../core/host';
import { LEDGER_SHEET, ledgerWarning, type Ledger } from '../core/ledger';
import { planFixes, planUndo, type CellNow, type CellWrite } from '../core/plan/fixes';
import { planClear, planMarks, type Restore } from '../core/plan/marks';
import { placeSheets, reservedNames, type SheetInfo } from '../core/plan/sheets';
import type { SheetModel, SheetRole } from '../core/sheet-model';
import { sheetNameKey } from '../core/sheet-names';
import type { WorkbookSnapshot } from '../core/snapshot';
import { readLedgerEntries, writeLedger } from './ledger-sheet';
import { writeExact } from './exact-text';
import { loadWorkbook } from './load';
import { plainValue, snapshotSheet, snapshotWorkbook } from './read';
import { excelRuns, paintCell, readLook, restoreLook, richRuns } from './look';
import { renderSheet } from './render';

export interface WriteOptions {
  /** Sheet the new sheets go after; by default the sheet the models link to. */
  after?: string;
}

/** ValueType.Merge: a covered cell of a merged area, whose value belongs to the top-left cell. */
const MERGE_TYPE = 1;

/** exceljs orders tabs by this field, which its typings leave out. */
function setOrder(ws: ExcelJS.Worksheet, orderNo: number): void {
  (ws as unknown as { orderNo: number }).orderNo = orderNo;
}

function isFormula(value: ExcelJS.CellValue): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

/** A cell as the fix plans read it: its text as the core compares it, and what its text alone would not restore. */
function cellNow(cell: ExcelJS.Cell): CellNow {
  const value = cell.type === MERGE_TYPE ? cell.master.value : cell.value;
  const v = plainValue(value);
  const now: CellNow = { text: v === null ? '' : String(v), formula: isFormula(value) };
  if (typeof value === 'number') now.content = { kind: 'number', value };
  else if (typeof value === 'boolean') now.content = { kind: 'boolean', value };
  else {
    const runs = richRuns(value);
    if (runs) now.content = { kind: 'rich', runs };
  }
  return now;
}

function writeCell(cell: ExcelJS.Cell, write: CellWrite): void {
  switch (write.kind) {
    case 'text':
      cell.value = write.text;
      return;
    case 'number':
    case 'boolean':
      cell.value = write.value;
      return;
    case 'rich':
      cell.value = { richText: excelRuns(write.runs) };
      return;
  }
}

/**
 * WorkbookHost over an in-memory exceljs workbook: the command line's host, and the standalone
 * page's. Whatever it changes, it records in the very hidden "_tongbao" sheet first, so marks come
 * off and fixes are undone exactly, also after the file is saved and opened again.
 */
export class XlsxHost implements WorkbookHost {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  static async open(bytes: Uint8Array, file = '工作簿'): Promise<XlsxHost> {
    return new XlsxHost(await loadWorkbook(bytes, file));
  }

  async save(): Promise<Uint8Array> {
    return writeExact(this.workbook);
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return snapshotWorkbook(this.workbook);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`找不到工作表“${name}”。它可能已被改名或删除，请重新校验。`);
    return ws;
  }

  /** Whether the workbook has the sheet; exceljs compares names exactly, Excel ignoring case. */
  private exists = (name: string): boolean => this.worksheet(name) !== undefined;

  private worksheet(name: string): ExcelJS.Worksheet | undefined {
    return this.workbook.getWorksheet(name) ?? this.workbook.worksheets.find((ws) => sheetNameKey(ws.name) === sheetNameKey(name));
  }

  private cellAt(sheet: string, cell: string): ExcelJS.Cell | undefined {
    return this.worksheet(sheet)?.getCell(cell);
  }

  /** The ledger, noting once per host how many of its entries were not valid. */
  private ledger(): Ledger {
    const { ledger, dropped } = readLedgerEntries(this.workbook);
    this.dropped = Math.max(this.dropped, dropped);
    return ledger;
  }

  private dropped = 0;

  /** One line for the user when the workbook's record held entries that had to be left out, or null. */
  ledgerWarning(): string | null {
    this.ledger();
    return ledgerWarning(this.dropped);
  }

  async applyMarks(marks: Mark[]): Promise<void> {
    const plan = planMarks(this.ledger(), marks, (sheet, cell) => {
      const c = this.cellAt(sheet, cell);
      return c && readLook(c);
    }, this.exists);
    this.restore(plan.restore);
    for (const paint of plan.paint) {
      const cell = this.cellAt(paint.sheet, paint.cell);
      if (cell) paintCell(cell, paint);
    }
    writeLedger(this.workbook, plan.ledger);
  }

  private restore(restores: readonly Restore[]): void {
    for (const { sheet, cell, look } of restores) {
      const c = this.cellAt(sheet, cell);
      if (c) restoreLook(c, look);
    }
  }

  async clearMarks(): Promise<void> {
    const ledger = this.ledger();
    if (!ledger.marks.length) return;
    const plan = planClear(ledger, this.exists);
    this.restore(plan.restore);
    writeLedger(this.workbook, plan.ledger);
  }

  private readCell = (sheet: string, cell: string): CellNow | undefined => {
    const c = this.cellAt(sheet, cell);
    return c && cellNow(c);
  };

  private write(writes: readonly CellWrite[]): void {
    for (const w of writes) {
      const cell = this.cellAt(w.sheet, w.cell);
      if (cell) writeCell(cell, w);
    }
  }

  /**
   * A fix writes its text as text, never changing the kind of a value (the Excel add-in does the
   * same), and never touches a formula; the ledger keeps what text alone would not put back.
   */
  async applyFixes(fixes: Fix[]): Promise<FixResult> {
    const plan = planFixes(this.ledger(), fixes, this.readCell);
    this.write(plan.writes);
    if (plan.applied.length) writeLedger(this.workbook, plan.ledger);
    const { writes: _writes, ledger: _ledger, ...result } = plan;
    return result;
  }

  async undoFixes(): Promise<number> {
    const ledger = this.ledger();
    if (!ledger.fixes.length) return 0;
    const plan = planUndo(ledger, this.readCell);
    this.write(plan.writes);
    writeLedger(this.workbook, plan.ledger);
    return plan.restored;
  }

  /**
   * Every sheet as the sheet plans see it: its name, and the values of those the ledger lists as
   * generated (the evidence that they still are). This host has no lasting sheet ids.
   */
  private sheetInfos(ledger: Ledger): SheetInfo[] {
    const listed = new Set(ledger.generated.map(sheetNameKey));
    return this.workbook.worksheets.map((ws) => (listed.has(sheetNameKey(ws.name)) ? { name: ws.name, values: snapshotSheet(ws).values } : { name: ws.name }));
  }

  /** The role of each sheet the record lists as generated. */
  generatedRoles(): Record<string, SheetRole> {
    return { ...(this.ledger().generatedRoles ?? {}) };
  }

  hasSheet(name: string): boolean {
    return this.exists(name);
  }

  /** Names of the sheets the user made: generated sheets must never take them. */
  async userSheetNames(): Promise<string[]> {
    const ledger = this.ledger();
    return reservedNames(ledger, this.sheetInfos(ledger));
  }

  async writeSheets(models: SheetModel[], options: WriteOptions = {}): Promise<WrittenSheet[]> {
    const wb = this.workbook;
    const ledger = this.ledger();
    const plan = placeSheets(models, this.sheetInfos(ledger), ledger);
    const generated = new Set(plan.ledger.generated.map(sheetNameKey));
    const activeName = this.activeSheetName();
    const anchor = this.anchorFor(models, options, generated);
    const order = wb.worksheets.filter((ws) => ws.name !== LEDGER_SHEET);
    let insertAt = anchor ? order.findIndex((ws) => ws.name === anchor) + 1 : order.length;
    if (insertAt <= 0) insertAt = order.length;

    for (const p of plan.placements) {
      const old = p.reuse ? this.worksheet(p.name) : undefined;
      let ws: ExcelJS.Worksheet;
      if (old) {
        const at = order.indexOf(old);
        wb.removeWorksheet(old.id);
        ws = wb.addWorksheet(p.name);
        order[at] = ws;
      } else {
        ws = wb.addWorksheet(p.name);
        order.splice(insertAt, 0, ws);
        insertAt++;
      }
      renderSheet(ws, p.model);
    }
    order.forEach((ws, i) => setOrder(ws, i));
    writeLedger(wb, plan.ledger);
    const ledgerSheet = wb.getWorksheet(LEDGER_SHEET);
    if (ledgerSheet) setOrder(ledgerSheet, order.length);
    if (activeName) this.setActiveTab(activeName);
    return plan.placements.map((p) => ({ wanted: p.wanted, name: p.name, replaced: p.reuse }));
  }

  /** The sheet a set of models belongs after: the one their links point into, unless told. */
  private anchorFor(models: SheetModel[], options: WriteOptions, generated: Set<string>): string | null {
    if (options.after && this.workbook.getWorksheet(options.after)) return options.after;
    for (const model of models) {
      for (const row of model.rows) {
        for (const cell of row) {
          const target = cell?.link?.sheet;
          if (target && !generated.has(sheetNameKey(target)) && this.workbook.getWorksheet(target)) return target;
        }
      }
    }
    return null;
  }

  private activeSheetName(): string | null {
    const view = this.workbook.views?.[0];
    const sheets = this.workbook.worksheets;
    return sheets[view?.activeTab ?? 0]?.name ?? null;
  }

  private setActiveTab(name: string): void {
    const sheets = this.workbook.worksheets;
    const index = sheets.findIndex((ws) => ws.name === name);
    if (index < 0) return;
    const views = this.workbook.views?.length
      ? this.workbook.views
      : [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
    views[0] = { ...views[0], activeTab: index } as ExcelJS.WorkbookView;
    this.workbook.views = views as ExcelJS.WorkbookView[];
    for (const ws of sheets) {
      const view = ws.views?.[0];
      const selected = ws.name === name;
      // tabSelected is written by exceljs but missing from its typings.
      if (view) (view as { tabSelected?: boolean }).tabSelected = selected;
      else if (selected) ws.views = [{ tabSelected: true } as unknown as ExcelJS.WorksheetView];
    }
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const ws = this.sheet(sheet);
    if (ws.state !== 'visible') ws.state = 'visible';
    const address = ws.getCell(cell).address;
    const current = ws.views?.[0];
    ws.views = [{ ...(current ?? { state: 'normal' }), activeCell: address } as ExcelJS.WorksheetView];
    this.setActiveTab(ws.name);
  }

  /**
   * The workbook as it goes upward: marks off (each cell's own look put back), every sheet Tongbao
   * generated and its record taken out; fixes stay.
   */
  async removeOurs(): Promise<void> {
    await this.clearMarks();
    const wb = this.workbook;
    const generated = new Set(this.ledger().generated.map(sheetNameKey));
    for (const ws of [...wb.worksheets]) {
      if (ws.name === LEDGER_SHEET || generated.has(sheetNameKey(ws.name))) wb.removeWorksheet(ws.id);
    }
    // The tab that was open may have been a generated sheet: Excel then opens the first one.
    const view = wb.views?.[0];
    if (view && (view.activeTab ?? 0) >= wb.worksheets.length) view.activeTab = 0;
  }

  async loadSettings(): Promise<WorkbookSettings> {
    return this.ledger().settings;
  }

  async saveSettings(settings: WorkbookSettings): Promise<void> {
    const ledger = this.ledger();
    ledger.settings = { ...settings };
    writeLedger(this.workbook, ledger);
  }
}
