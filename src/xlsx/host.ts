import { cellKey } from '../core/address';
import type ExcelJS from 'exceljs';
import type { Fix, FixResult, Mark, WorkbookHost, WorkbookSettings, WrittenSheet } from '../core/host';
import { LEDGER_SHEET, type Ledger, type MarkRecord } from '../core/ledger';
import { MARK_STYLES } from '../core/marks';
import type { SheetModel, SheetRole } from '../core/sheet-model';
import type { WorkbookSnapshot } from '../core/snapshot';
import { readLedger, writeLedger } from './ledger-sheet';
import { writeExact } from './exact-text';
import { loadWorkbook } from './load';
import { plainValue, snapshotWorkbook } from './read';
import { copy, noteText, originalOf, recordLook, withNote } from './look';
import { renderSheet } from './render';

export interface WriteOptions {
  /** Sheet the new sheets go after; by default the sheet the models link to. */
  after?: string;
}

const MAX_NAME = 31;
/** ValueType.Merge: a covered cell of a merged area, whose value belongs to the top-left cell. */
const MERGE_TYPE = 1;

function key(sheet: string, cell: string): string {
  return cellKey(sheet, cell.toUpperCase());
}

function nameKey(name: string): string {
  return name.toLowerCase();
}

/** A fix as the ledger keeps it, in the form both hosts write: whether the cell held a number, so undo puts back a number. */
interface AppliedFix extends Fix {
  wasNumber?: boolean;
}

const NOTE_HEADER = '通报表助手：';

/** Excel refuses a note longer than a cell's text limit. */
const MAX_NOTE = 32767;

/**
 * The note on a marked cell, laid out as in Excel: the user's own note first, then ours. A user note
 * so long that both would not fit is shortened here only; the ledger keeps it whole for clearing.
 */
function markNote(message: string, userNote: string): string {
  const ours = `${NOTE_HEADER}\n${message}`.slice(0, MAX_NOTE);
  if (!userNote) return ours;
  const room = MAX_NOTE - ours.length - 2;
  if (room <= 1) return ours;
  const theirs = userNote.length <= room ? userNote : `${userNote.slice(0, room - 1)}…`;
  return `${theirs}\n\n${ours}`;
}

function setNote(cell: ExcelJS.Cell, note: unknown): void {
  if (note === null || note === undefined) {
    // exceljs has no call that removes a note. A cell without one has no _comment, and a copy of an
    // earlier note can linger in the value's model from the last save: setting the value again drops it.
    (cell as unknown as { _comment?: unknown })._comment = undefined;
    if (cell.type !== MERGE_TYPE) {
      const value = cell.value;
      cell.value = value;
    }
  } else {
    cell.note = note as ExcelJS.Comment;
  }
}

/** exceljs orders tabs by this field, which its typings leave out. */
function setOrder(ws: ExcelJS.Worksheet, orderNo: number): void {
  (ws as unknown as { orderNo: number }).orderNo = orderNo;
}

function suffixed(name: string, n: number): string {
  const suffix = `(${n})`;
  const chars = [...name];
  let stem = '';
  for (const ch of chars) {
    if (stem.length + ch.length > MAX_NAME - suffix.length) break;
    stem += ch;
  }
  return stem + suffix;
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

  async applyMarks(marks: Mark[]): Promise<void> {
    const ledger = readLedger(this.workbook);
    const wanted = new Map<string, Mark>();
    for (const m of marks) {
      if (!this.workbook.getWorksheet(m.sheet)) continue;
      // One mark per cell; the last one given wins.
      wanted.set(key(m.sheet, m.cell), m);
    }
    // Cells marked before and not now go back to their own look, so the marks always match the latest check.
    const kept: MarkRecord[] = [];
    const saved = new Map<string, MarkRecord>();
    for (const record of ledger.marks) {
      if (wanted.has(key(record.sheet, record.cell))) {
        kept.push(record);
        saved.set(key(record.sheet, record.cell), record);
      } else {
        this.restore(record);
      }
    }
    ledger.marks = kept;
    for (const [k, m] of wanted) {
      const cell = this.sheet(m.sheet).getCell(m.cell);
      let record = saved.get(k);
      if (!record) {
        // Saved once: marking again must not take our own mark for the user's look.
        record = { sheet: m.sheet, cell: cell.address, original: recordLook(cell) };
        ledger.marks.push(record);
      } else {
        record.original = withNote(record, cell);
      }
      const original = originalOf(record, cell);
      const base: Partial<ExcelJS.Style> = original ? copy(original.style) : copy(cell.style);
      const look = MARK_STYLES[m.style];
      const font: Partial<ExcelJS.Font> = { ...(base.font ?? {}) };
      if (look.fontColor) font.color = { argb: look.fontColor };
      if (look.bold) font.bold = true;
      cell.style = { ...base, font, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: look.fill } } };
      const userNote = noteText(original && original.note !== undefined ? original.note : cell.note);
      cell.note = markNote(m.note, userNote);
    }
    writeLedger(this.workbook, ledger);
  }

  /** Puts one marked cell back as its record says; a record that cannot be read leaves the cell alone. */
  private restore(record: MarkRecord): void {
    const ws = this.workbook.getWorksheet(record.sheet);
    if (!ws) return;
    const cell = ws.getCell(record.cell);
    const original = originalOf(record, cell);
    if (!original) return;
    cell.style = copy(original.style);
    if (original.note !== undefined) setNote(cell, original.note);
    original.restoreExtra(cell);
  }

  async clearMarks(): Promise<void> {
    const ledger = readLedger(this.workbook);
    if (!ledger.marks.length) return;
    for (const record of ledger.marks) this.restore(record);
    ledger.marks = [];
    writeLedger(this.workbook, ledger);
  }

  /** A cell's text as the core read it, to compare with a fix's `from`. */
  private textAt(ws: ExcelJS.Worksheet, cell: string): string {
    const v = plainValue(ws.getCell(cell).value);
    return v === null ? '' : String(v);
  }

  /**
   * A fix writes its text as text, never changing the kind of a value (the Excel add-in does the
   * same); the ledger notes where the cell held a number, so undo puts back a number.
   */
  async applyFixes(fixes: Fix[]): Promise<FixResult> {
    const ledger = readLedger(this.workbook);
    const applied: AppliedFix[] = [];
    const skipped: Fix[] = [];
    const touched = new Set<string>();
    for (const fix of fixes) {
      const ws = this.workbook.getWorksheet(fix.sheet);
      if (!ws || this.textAt(ws, fix.cell) !== fix.from) {
        skipped.push(fix);
        continue;
      }
      const cell = ws.getCell(fix.cell);
      const k = key(fix.sheet, cell.address);
      const wasNumber = !touched.has(k) && typeof cell.value === 'number';
      touched.add(k);
      cell.value = fix.to;
      applied.push(wasNumber ? { ...fix, wasNumber } : fix);
    }
    if (applied.length) {
      // Kept until undone, so an undo after several rounds of fixes goes all the way back.
      ledger.fixes.push(...applied);
      writeLedger(this.workbook, ledger);
    }
    return { applied, skipped };
  }

  async undoFixes(): Promise<number> {
    const ledger = readLedger(this.workbook);
    let restored = 0;
    for (let i = ledger.fixes.length - 1; i >= 0; i--) {
      const fix = ledger.fixes[i] as AppliedFix | undefined;
      if (!fix) continue;
      const ws = this.workbook.getWorksheet(fix.sheet);
      // A cell edited since the fix is the user's newer work: leave it.
      if (!ws || this.textAt(ws, fix.cell) !== fix.to) continue;
      const asNumber = fix.wasNumber === true && fix.from.trim() !== '' && Number.isFinite(Number(fix.from));
      ws.getCell(fix.cell).value = asNumber ? Number(fix.from) : fix.from;
      restored++;
    }
    if (ledger.fixes.length) {
      ledger.fixes = [];
      writeLedger(this.workbook, ledger);
    }
    return restored;
  }

  async writeSheets(models: SheetModel[], options: WriteOptions = {}): Promise<WrittenSheet[]> {
    const wb = this.workbook;
    const ledger = readLedger(wb);
    // A generated sheet the user has since deleted is forgotten, so a sheet they later make with that name stays theirs.
    const present = new Set(wb.worksheets.map((ws) => nameKey(ws.name)));
    ledger.generated = ledger.generated.filter((name) => present.has(nameKey(name)));
    const roles: Record<string, SheetRole> = {};
    for (const name of ledger.generated) {
      const role = ledger.generatedRoles?.[name];
      if (role) roles[name] = role;
    }
    const generated = new Set(ledger.generated.map(nameKey));
    const activeName = this.activeSheetName();
    const anchor = this.anchorFor(models, options, generated);
    const order = wb.worksheets.filter((ws) => ws.name !== LEDGER_SHEET);
    let insertAt = anchor ? order.findIndex((ws) => ws.name === anchor) + 1 : order.length;
    if (insertAt <= 0) insertAt = order.length;

    const written: WrittenSheet[] = [];
    for (const model of models) {
      const { name, reuse } = this.placeFor(model.name, generated);
      let ws: ExcelJS.Worksheet;
      if (reuse) {
        const old = reuse;
        const at = order.indexOf(old);
        wb.removeWorksheet(old.id);
        ws = wb.addWorksheet(name);
        order[at] = ws;
      } else {
        ws = wb.addWorksheet(name);
        order.splice(insertAt, 0, ws);
        insertAt++;
      }
      renderSheet(ws, model);
      generated.add(nameKey(name));
      if (!ledger.generated.some((g) => nameKey(g) === nameKey(name))) ledger.generated.push(name);
      roles[name] = model.role;
      written.push({ wanted: model.name, name, replaced: Boolean(reuse) });
    }
    order.forEach((ws, i) => setOrder(ws, i));
    ledger.generatedRoles = roles;
    writeLedger(wb, ledger);
    const ledgerSheet = wb.getWorksheet(LEDGER_SHEET);
    if (ledgerSheet) setOrder(ledgerSheet, order.length);
    if (activeName) this.setActiveTab(activeName);
    return written;
  }

  /** The sheet a set of models belongs after: the one their links point into, unless told. */
  private anchorFor(models: SheetModel[], options: WriteOptions, generated: Set<string>): string | null {
    if (options.after && this.workbook.getWorksheet(options.after)) return options.after;
    for (const model of models) {
      for (const row of model.rows) {
        for (const cell of row) {
          const target = cell?.link?.sheet;
          if (target && !generated.has(nameKey(target)) && this.workbook.getWorksheet(target)) return target;
        }
      }
    }
    return null;
  }

  /** The wanted name, or a suffixed one when a sheet the user made holds it; a sheet generated before is reused. */
  private placeFor(wanted: string, generated: Set<string>): { name: string; reuse: ExcelJS.Worksheet | null } {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? wanted : suffixed(wanted, n);
      const existing = this.workbook.worksheets.find((ws) => nameKey(ws.name) === nameKey(candidate));
      if (!existing) return { name: candidate, reuse: null };
      if (generated.has(nameKey(existing.name))) return { name: existing.name, reuse: existing };
    }
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

  async loadSettings(): Promise<WorkbookSettings> {
    return readLedger(this.workbook).settings;
  }

  async saveSettings(settings: WorkbookSettings): Promise<void> {
    const ledger: Ledger = readLedger(this.workbook);
    ledger.settings = { ...settings };
    writeLedger(this.workbook, ledger);
  }
}
