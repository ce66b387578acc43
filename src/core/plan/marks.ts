import type { Mark, MarkStyle } from '../host';
import type { Ledger, MarkRecord } from '../ledger';
import { encodeLook, mergeLook, parseLook, untouchedLook, type LookRecord } from '../look';
import { MARK_STYLES } from '../marks';
import { cellKey, normalCell, type CellRef } from './cells';

/** The first line of every note Tongbao writes, so the user sees whose note it is. */
export const NOTE_HEADER = '通报表助手：';
/** Excel refuses a note longer than a cell's text limit. */
export const MAX_NOTE = 32767;
/** Excel caps an input prompt's title at 32 characters and its text at 255. */
export const PROMPT_TITLE = '通报表助手';
export const PROMPT_MAX = 255;

/**
 * The note on a marked cell, laid out as in Excel: the user's own note first, then ours. A user note
 * so long that both would not fit is shortened here only; the ledger keeps it whole for clearing.
 */
export function markNote(message: string, userNote: string | null | undefined): string {
  const ours = `${NOTE_HEADER}\n${message}`.slice(0, MAX_NOTE);
  if (!userNote) return ours;
  const room = MAX_NOTE - ours.length - 2;
  if (room <= 1) return ours;
  const theirs = userNote.length <= room ? userNote : `${userNote.slice(0, room - 1)}…`;
  return `${theirs}\n\n${ours}`;
}

/** What fits in an input prompt. */
export function promptText(message: string): string {
  return message.length <= PROMPT_MAX ? message : `${message.slice(0, PROMPT_MAX - 1)}…`;
}

/**
 * A cell's look as the host reads it now, for the properties a mark would change: `unchanged` for
 * what this host will not change (the message holder it does not use). Undefined when the cell
 * cannot be read (its sheet is gone).
 */
export type LookReader = (sheet: string, cell: string) => LookRecord | undefined;

/** Put a marked cell back: set every property of `look` that is not `unchanged`. */
export interface Restore extends CellRef {
  look: LookRecord;
}

/** What to set on a cell being marked: colours are ARGB ("FFE4D4F4"). */
export interface Paint extends CellRef {
  style: MarkStyle;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  /** The cell's original look, as saved in the ledger: a note already there is replaced, not added. */
  original: LookRecord;
  /** Where the message goes, with the whole text to write there; null when the host keeps no message holder. */
  message: { holder: 'note'; text: string } | { holder: 'prompt'; title: string; text: string } | null;
}

export interface MarkPlan {
  /** Every cell marked before, put back first (the new marks then go on top). */
  restore: Restore[];
  paint: Paint[];
  /** The ledger to save, before painting: it holds the original of every cell painted. */
  ledger: Ledger;
}

function restoresOf(records: readonly MarkRecord[], exists: (sheet: string) => boolean): Restore[] {
  const out: Restore[] = [];
  for (const r of records) {
    const look = parseLook(r.original);
    const cell = normalCell(r.cell);
    if (look && cell && exists(r.sheet)) out.push({ sheet: r.sheet, cell, look });
  }
  return out;
}

/** One mark per cell, its address written the one way; the last one given wins. */
function distinct(marks: readonly Mark[]): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const m of marks) {
    const cell = normalCell(m.cell);
    if (cell) byCell.set(cellKey(m.sheet, cell), { ...m, cell });
  }
  return [...byCell.values()];
}

function paintOf(mark: Mark, original: LookRecord, fresh: LookRecord): Paint {
  const style = MARK_STYLES[mark.style];
  const paint: Paint = { sheet: mark.sheet, cell: mark.cell, style: mark.style, original, message: null };
  // A property is changed only where its original is known, so clearing can always put it back.
  if (original.fill !== 'unchanged') paint.fill = style.fill;
  if (style.fontColor && original.fontColor !== 'unchanged') paint.fontColor = style.fontColor;
  if (style.bold !== undefined && original.bold !== 'unchanged') paint.bold = style.bold;
  if (fresh.note !== 'unchanged' && original.note !== 'unchanged') {
    paint.message = { holder: 'note', text: markNote(mark.note, original.note?.text) };
  } else if (fresh.prompt !== 'unchanged') {
    paint.message = { holder: 'prompt', title: PROMPT_TITLE, text: promptText(mark.note) };
  }
  return paint;
}

/**
 * The part of the original a paint changes: the rest is left `unchanged`, so clearing never writes a
 * property the mark did not touch (an automatic font colour stays automatic under a fill-only mark).
 * Cells marked before are put back before the new paint, so what this leaves out is the user's own.
 */
function changedBy(paint: Paint): LookRecord {
  const { original, message } = paint;
  const look = untouchedLook();
  if (paint.fill !== undefined) look.fill = original.fill;
  if (paint.fontColor !== undefined) look.fontColor = original.fontColor;
  if (paint.bold !== undefined) look.bold = original.bold;
  if (message?.holder === 'note') look.note = original.note;
  if (message?.holder === 'prompt') look.prompt = original.prompt;
  return look;
}

/**
 * Marks as a plan. A cell marked before keeps the original saved then (marking again must never take
 * our own mark for the user's look); what that original left `unchanged` comes from the fresh read.
 * Cells marked before are put back first, so the marks always match the latest check.
 */
export function planMarks(ledger: Ledger, marks: readonly Mark[], read: LookReader, exists: (sheet: string) => boolean): MarkPlan {
  const saved = new Map<string, LookRecord>();
  for (const r of ledger.marks) {
    const look = parseLook(r.original);
    const cell = normalCell(r.cell);
    if (look && cell) saved.set(cellKey(r.sheet, cell), look);
  }
  const records: MarkRecord[] = [];
  const paint: Paint[] = [];
  for (const mark of distinct(marks)) {
    if (!exists(mark.sheet)) continue;
    const fresh = read(mark.sheet, mark.cell);
    if (!fresh) continue;
    const before = saved.get(cellKey(mark.sheet, mark.cell));
    const original = before ? mergeLook(before, fresh) : fresh;
    const p = paintOf(mark, original, fresh);
    records.push({ sheet: mark.sheet, cell: mark.cell, original: encodeLook(changedBy(p)) });
    paint.push(p);
  }
  return { restore: restoresOf(ledger.marks, exists), paint, ledger: { ...ledger, marks: records } };
}

export interface ClearPlan {
  restore: Restore[];
  ledger: Ledger;
}

/** Every mark off: each cell back as its record says; records on sheets since deleted are dropped. */
export function planClear(ledger: Ledger, exists: (sheet: string) => boolean): ClearPlan {
  return { restore: restoresOf(ledger.marks, exists), ledger: { ...ledger, marks: [] } };
}
