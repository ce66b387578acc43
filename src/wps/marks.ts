import { parseA1 } from '../core/address';
import type { Mark } from '../core/host';
import type { LookColor } from '../core/look';
import { rgbColor } from '../core/look';
import { normalCell } from '../core/plan/cells';
import { planClear, planMarks } from '../core/plan/marks';
import type { Paint, Restore } from '../core/plan/marks';
import type { SheetEntry } from './book';
import { activeWorkbook, listSheets, sheetNamed } from './book';
import { WpsError } from './errors';
import { readLedger, writeLedger } from './ledger-io';
import type { CellLook } from './look';
import { lookRecord, paintLooks, readLooks, writableLook } from './look';
import type { NoteCell } from './notes';
import { readNote, writeNote } from './notes';
import type { EtApplication, EtWorksheet } from './om';
import type { Journal } from './tx';
import { transact } from './tx';

/** What one sheet's cells are now, read before anything is written, so a failed batch can be put back. */
interface SheetNow {
  ws: EtWorksheet;
  looks: Map<string, Required<CellLook>>;
  notes: Map<string, NoteCell>;
}

function readNow(entries: readonly SheetEntry[], sheet: string, cells: readonly string[]): SheetNow {
  const ws = sheetNamed(entries, sheet);
  if (ws.ProtectContents) throw new WpsError('protected', { sheet });
  const looks = readLooks(ws, cells.map((c) => parseA1(c)));
  const notes = new Map(cells.map((c) => [c, readNote(ws, c)]));
  return { ws, looks, notes };
}

function bySheet<T extends { sheet: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.sheet);
    if (list) list.push(item);
    else out.set(item.sheet, [item]);
  }
  return out;
}

/** Every cell the plan touches, read now, by sheet; a protected or missing sheet stops here. */
function readTouched(entries: readonly SheetEntry[], cells: readonly { sheet: string; cell: string }[]): Map<string, SheetNow> {
  const now = new Map<string, SheetNow>();
  for (const [sheet, items] of bySheet(cells)) now.set(sheet, readNow(entries, sheet, [...new Set(items.map((i) => i.cell))]));
  return now;
}

interface CellChange {
  cell: string;
  look: CellLook;
  /** The note to leave on the cell; undefined leaves it as it is. */
  note?: string | null;
}

/** Writes looks and notes, noting first how to put back what is there now. */
function put(now: SheetNow, changes: readonly CellChange[], journal: Journal): void {
  const before = changes.map(({ cell }) => ({ pos: parseA1(cell), look: now.looks.get(cell) ?? {} }));
  journal.push(() => paintLooks(now.ws, before));
  paintLooks(
    now.ws,
    changes.map(({ cell, look }) => ({ pos: parseA1(cell), look })),
  );
  for (const { cell, note } of changes) {
    const current = now.notes.get(cell);
    if (note === undefined || !current) continue;
    journal.push(() => writeNote(current.range, current.note));
    writeNote(current.range, note);
  }
}

function restoreChange(r: Restore): CellChange {
  const note = r.look.note;
  return { cell: r.cell, look: writableLook(r.look), ...(note === 'unchanged' ? {} : { note: note?.text ?? null }) };
}

function argb(color: string | undefined): LookColor | undefined {
  return color === undefined ? undefined : (rgbColor(color) ?? undefined);
}

function paintChange(p: Paint): CellChange {
  const fill = argb(p.fill);
  const look: CellLook = {};
  if (fill) look.fill = { kind: 'color', color: fill };
  const fontColor = argb(p.fontColor);
  if (fontColor) look.fontColor = fontColor;
  if (p.bold !== undefined) look.bold = p.bold;
  return { cell: p.cell, look, ...(p.message?.holder === 'note' ? { note: p.message.text } : {}) };
}

function carryOut(now: Map<string, SheetNow>, changes: { sheet: string; change: CellChange }[], journal: Journal): void {
  for (const [sheet, items] of bySheet(changes)) {
    const sheetNow = now.get(sheet);
    if (sheetNow) put(sheetNow, items.map((i) => i.change), journal);
  }
}

/**
 * Marks cells as the core plans it: the ledger with every original saved first, then the cells
 * marked before put back, then the new marks painted grouped by look with their notes.
 */
export function applyMarks(app: EtApplication, marks: readonly Mark[]): void {
  transact(app, () => {
    const wb = activeWorkbook(app);
    const entries = listSheets(wb);
    const names = new Set(entries.map((e) => e.name));
    const state = readLedger(entries);
    const exists = (sheet: string) => names.has(sheet);
    const cells = [...marks, ...state.ledger.marks].flatMap((c) => {
      const cell = normalCell(c.cell);
      return cell && exists(c.sheet) ? [{ sheet: c.sheet, cell }] : [];
    });
    const now = readTouched(entries, cells);
    const plan = planMarks(
      state.ledger,
      marks,
      (sheet, cell) => {
        const sheetNow = now.get(sheet);
        const look = sheetNow?.looks.get(cell);
        return look ? lookRecord(look, sheetNow?.notes.get(cell)?.note ?? null) : undefined;
      },
      exists,
    );
    return (journal) => {
      const previous = state.ledger;
      journal.push(() => writeLedger(wb, state, previous));
      writeLedger(wb, state, plan.ledger);
      carryOut(now, plan.restore.map((r) => ({ sheet: r.sheet, change: restoreChange(r) })), journal);
      carryOut(now, plan.paint.map((p) => ({ sheet: p.sheet, change: paintChange(p) })), journal);
    };
  });
}

/** Takes every mark off, as the core plans it: each cell back as its record says, then the ledger saved. */
export function clearMarks(app: EtApplication): void {
  transact(app, () => {
    const wb = activeWorkbook(app);
    const entries = listSheets(wb);
    const names = new Set(entries.map((e) => e.name));
    const state = readLedger(entries);
    const plan = planClear(state.ledger, (sheet) => names.has(sheet));
    const now = readTouched(entries, plan.restore);
    return (journal) => {
      if (state.ledger.marks.length === 0) return;
      carryOut(now, plan.restore.map((r) => ({ sheet: r.sheet, change: restoreChange(r) })), journal);
      const previous = state.ledger;
      journal.push(() => writeLedger(wb, state, previous));
      writeLedger(wb, state, plan.ledger);
    };
  });
}
