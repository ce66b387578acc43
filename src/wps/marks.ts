import { parseA1, toA1 } from '../core/address';
import type { Mark } from '../core/host';
import type { MarkRecord } from '../core/ledger';
import { MARK_STYLES } from '../core/marks';
import type { SheetEntry } from './book';
import { activeWorkbook, listSheets, sheetNamed } from './book';
import { WpsError } from './errors';
import { readLedger, writeLedger } from './ledger-io';
import type { CellLook } from './look';
import { paintLooks, readLooks } from './look';
import type { NoteCell } from './notes';
import { markNoteText, readNote, writeNote } from './notes';
import type { EtApplication, EtWorksheet } from './om';
import type { Original } from './record';
import { parseRecord, recordText } from './record';
import type { Journal } from './tx';
import { transact } from './tx';

function id(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

/** One mark per cell, its address written one way ("$d$17" → "D17"); the last one given wins. */
function distinct(marks: readonly Mark[]): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const m of marks) {
    const { row, col } = parseA1(m.cell);
    const cell = toA1(row, col);
    byCell.set(id(m.sheet, cell), { ...m, cell });
  }
  return [...byCell.values()];
}

/** A record's cell as this host writes addresses ("$d$17" → "D17"). */
function normal(record: MarkRecord): MarkRecord {
  const { row, col } = parseA1(record.cell);
  return { ...record, cell: toA1(row, col) };
}

function hex(argb: string): string {
  return `#${argb.slice(-6).toUpperCase()}`;
}

/** How a marked cell looks: the style's fill, and its font where the style has one, else the cell's own. */
function markedLook(mark: Mark, original: CellLook): CellLook {
  const style = MARK_STYLES[mark.style];
  return {
    fill: hex(style.fill),
    fontColor: style.fontColor ? hex(style.fontColor) : original.fontColor,
    bold: style.bold ?? original.bold,
  };
}

/** What one sheet's cells are now, read before anything is written, so a failed batch can be put back. */
interface SheetNow {
  ws: EtWorksheet;
  looks: Map<string, CellLook>;
  notes: Map<string, NoteCell>;
}

function readNow(entries: readonly SheetEntry[], sheet: string, cells: readonly string[]): SheetNow {
  const ws = sheetNamed(entries, sheet);
  if (ws.ProtectContents) throw new WpsError('protected', { sheet });
  const looks = readLooks(ws, cells.map((c) => parseA1(c)));
  const notes = new Map(cells.map((c) => [c, readNote(ws, c)]));
  return { ws, looks, notes };
}

const PLAIN: CellLook = { fill: null, fontColor: '#000000', bold: false };

/** Puts cells' looks and notes as given, noting first how to put back what is there now. */
function put(now: SheetNow, cells: { cell: string; look: CellLook; note: string | null | undefined }[], journal: Journal): void {
  const before = cells.map(({ cell }) => ({ pos: parseA1(cell), look: now.looks.get(cell) ?? PLAIN }));
  journal.push(() => paintLooks(now.ws, before));
  paintLooks(
    now.ws,
    cells.map(({ cell, look }) => ({ pos: parseA1(cell), look })),
  );
  for (const { cell, note } of cells) {
    const current = now.notes.get(cell);
    if (note === undefined || !current) continue;
    journal.push(() => writeNote(current.range, current.note));
    writeNote(current.range, note);
  }
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

/**
 * Marks cells. Cells marked before and not now go back to their own look first; a cell marked again
 * keeps the original saved the first time, so marking twice never loses the user's look. The
 * originals are in the ledger before any mark goes on.
 */
export function applyMarks(app: EtApplication, given: readonly Mark[]): void {
  transact(app, () => {
    const wb = activeWorkbook(app);
    const entries = listSheets(wb);
    const names = new Set(entries.map((e) => e.name));
    const state = readLedger(entries);
    const marks = distinct(given);
    const wanted = new Set(marks.map((m) => id(m.sheet, m.cell)));
    const old = state.ledger.marks.filter((r) => names.has(r.sheet)).map(normal);
    const oldById = new Map(old.map((r) => [id(r.sheet, r.cell), r]));
    const restore = old.filter((r) => !wanted.has(id(r.sheet, r.cell)));

    const touched = bySheet([...marks, ...restore]);
    const now = new Map<string, SheetNow>();
    for (const [sheet, items] of touched) now.set(sheet, readNow(entries, sheet, [...new Set(items.map((i) => i.cell))]));

    const records: MarkRecord[] = [];
    const originals = new Map<string, Original>();
    for (const mark of marks) {
      const sheetNow = now.get(mark.sheet);
      const fresh: Original = { look: sheetNow?.looks.get(mark.cell) ?? PLAIN, note: sheetNow?.notes.get(mark.cell)?.note ?? null };
      const kept = oldById.get(id(mark.sheet, mark.cell));
      const parsed = kept ? parseRecord(kept.original) : null;
      // A note the earlier mark did not record (it used an input prompt) is learnt now.
      const original: Original = parsed ? { look: parsed.look, note: parsed.note === undefined ? fresh.note : parsed.note } : fresh;
      originals.set(id(mark.sheet, mark.cell), original);
      records.push({ sheet: mark.sheet, cell: mark.cell, original: recordText(original.look, original.note ?? null) });
    }

    return (journal) => {
      const previous = state.ledger;
      journal.push(() => writeLedger(wb, state, previous));
      writeLedger(wb, state, { ...previous, marks: records });
      for (const [sheet, items] of bySheet(restore)) {
        const sheetNow = now.get(sheet);
        if (!sheetNow) continue;
        const cells = items.flatMap((r) => {
          const o = parseRecord(r.original);
          return o ? [{ cell: r.cell, look: o.look, note: o.note }] : [];
        });
        put(sheetNow, cells, journal);
      }
      for (const [sheet, items] of bySheet(marks)) {
        const sheetNow = now.get(sheet);
        if (!sheetNow) continue;
        const cells = items.map((m) => {
          const o = originals.get(id(m.sheet, m.cell)) ?? { look: PLAIN, note: null };
          return { cell: m.cell, look: markedLook(m, o.look), note: markNoteText(m.note, o.note) };
        });
        put(sheetNow, cells, journal);
      }
    };
  });
}

/** Takes every mark off, putting each cell's fill, font and note back as the ledger says. */
export function clearMarks(app: EtApplication): void {
  transact(app, () => {
    const wb = activeWorkbook(app);
    const entries = listSheets(wb);
    const names = new Set(entries.map((e) => e.name));
    const state = readLedger(entries);
    const records = state.ledger.marks.filter((r) => names.has(r.sheet)).map(normal);
    const now = new Map<string, SheetNow>();
    for (const [sheet, items] of bySheet(records)) now.set(sheet, readNow(entries, sheet, items.map((r) => r.cell)));
    return (journal) => {
      if (state.ledger.marks.length === 0) return;
      const previous = state.ledger;
      journal.push(() => writeLedger(wb, state, previous));
      writeLedger(wb, state, { ...previous, marks: [] });
      for (const [sheet, items] of bySheet(records)) {
        const sheetNow = now.get(sheet);
        if (!sheetNow) continue;
        const cells = items.flatMap((r) => {
          const o = parseRecord(r.original);
          return o ? [{ cell: r.cell, look: o.look, note: o.note }] : [];
        });
        put(sheetNow, cells, journal);
      }
    };
  });
}
