import type ExcelJS from 'exceljs';
import type { MarkRecord } from '../core/ledger';

/**
 * A cell's look before it was marked, as kept in the ledger (MarkRecord.original, JSON).
 *
 * The same workbook may be marked in Excel (OfficeHost) and cleared in the standalone page or by the
 * command line (XlsxHost), or the other way round. So each record carries both forms: the fields
 * OfficeHost keeps and restores (fill, fontColor, bold, via, note: what Office.js can set), and, from
 * this host, the cell's whole exceljs style and note, which put it back exactly. A record from
 * OfficeHost has only the first form; this host then restores those properties and leaves the rest
 * of the cell's style alone, since OfficeHost never changed it.
 */
interface OfficeFields {
  /** "#RRGGBB" of a solid fill, or null for none. */
  fill: string | null;
  fontColor: string;
  bold: boolean;
  via: 'note' | 'prompt';
  note?: string | null;
  prompt?: { showPrompt: boolean; title: string; message: string };
  validation?: string;
}

interface Stored extends OfficeFields {
  style?: Partial<ExcelJS.Style>;
  /** The exceljs note as it was: text, or a rich note model; null for none. */
  noteModel?: unknown;
}

/** exceljs shares style objects between cells; a private deep copy keeps one cell's change from reaching others. */
export function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function noteText(note: unknown): string {
  if (typeof note === 'string') return note;
  if (note && typeof note === 'object' && Array.isArray((note as { texts?: unknown }).texts)) {
    return (note as { texts: { text?: unknown }[] }).texts.map((t) => (typeof t.text === 'string' ? t.text : '')).join('');
  }
  return '';
}

function hex(argb: string | undefined): string | null {
  if (!argb || !/^[0-9A-Fa-f]{6,8}$/.test(argb)) return null;
  return `#${argb.slice(-6).toUpperCase()}`;
}

function argb(hexColor: string): string {
  return `FF${hexColor.replace(/^#/, '').slice(-6).toUpperCase()}`;
}

/** The record to keep for a cell about to be marked. */
export function recordLook(cell: ExcelJS.Cell): string {
  const style = copy(cell.style) ?? {};
  const fill = style.fill && style.fill.type === 'pattern' && style.fill.pattern === 'solid' ? hex(style.fill.fgColor?.argb) : null;
  const note = copy(cell.note) ?? null;
  const stored: Stored = {
    fill,
    // Theme colours have no fixed RGB; black is what the default text colour shows as.
    fontColor: hex(style.font?.color?.argb) ?? '#000000',
    bold: Boolean(style.font?.bold),
    via: 'note',
    note: noteText(note) || null,
    style,
    noteModel: note,
  };
  return JSON.stringify(stored);
}

export interface Original {
  style: Partial<ExcelJS.Style>;
  /** The note to put back; undefined leaves the cell's note as it is. */
  note: unknown;
  /** Puts back a data validation prompt an OfficeHost mark used instead of a note. */
  restoreExtra(cell: ExcelJS.Cell): void;
}

function noExtra(): void {}

/** What a cell looked like before marking, from its record; null when the record cannot be read, so nothing is guessed. */
export function originalOf(record: MarkRecord, cell: ExcelJS.Cell): Original | null {
  let stored: Partial<Stored>;
  try {
    stored = JSON.parse(record.original) as Partial<Stored>;
  } catch {
    return null;
  }
  if (stored.style && typeof stored.style === 'object') {
    return { style: stored.style, note: stored.noteModel ?? null, restoreExtra: noExtra };
  }
  if (typeof stored.fontColor !== 'string' || typeof stored.bold !== 'boolean') return null;
  const style = copy(cell.style) ?? {};
  if (typeof stored.fill === 'string') style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(stored.fill) } };
  else delete style.fill;
  style.font = { ...(style.font ?? {}), color: { argb: argb(stored.fontColor) }, bold: stored.bold };
  if (stored.via === 'note') return { style, note: stored.note ?? null, restoreExtra: noExtra };
  const prompt = stored.prompt;
  return {
    style,
    note: 'noteModel' in stored ? stored.noteModel : undefined,
    restoreExtra: (target) => {
      const current = target.dataValidation;
      const none = !prompt || (prompt.message === '' && prompt.title === '' && (stored.validation ?? 'None') === 'None');
      if (none) {
        // exceljs keeps a sheet's validations here; its typings do not list the field.
        (target.worksheet as unknown as { dataValidations: { remove(address: string): void } }).dataValidations.remove(target.address);
      } else if (current) {
        target.dataValidation = { ...current, showInputMessage: prompt.showPrompt, promptTitle: prompt.title, prompt: prompt.message };
      }
    },
  };
}

/**
 * A record from OfficeHost that said nothing about the note (its message went into a prompt) learns
 * the note this host is about to replace, so clearing can put it back.
 */
export function withNote(record: MarkRecord, cell: ExcelJS.Cell): string {
  try {
    const stored = JSON.parse(record.original) as Partial<Stored>;
    if (stored.style || 'noteModel' in stored) return record.original;
    return JSON.stringify({ ...stored, noteModel: copy(cell.note) ?? null });
  } catch {
    return record.original;
  }
}
