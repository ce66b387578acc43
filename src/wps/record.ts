import type { CellLook } from './look';

/**
 * A marked cell's original look as kept in the ledger. The record is written in the form the Excel
 * add-in writes and every host reads (fill, fontColor, bold, via, note), so a workbook marked in WPS
 * is cleared exactly by the Excel add-in, the standalone page or the command line, and the reverse.
 */
export interface Original {
  look: CellLook;
  /** The user's note to put back; undefined when the record does not say (the mark did not use a note). */
  note: string | null | undefined;
}

export function recordText(look: CellLook, note: string | null): string {
  return JSON.stringify({ fill: look.fill, fontColor: look.fontColor, bold: look.bold, via: 'note', note });
}

function hexOrNull(value: unknown): string | null {
  return typeof value === 'string' && /^#?[0-9A-Fa-f]{6}$/.test(value) ? `#${value.replace(/^#/, '').toUpperCase()}` : null;
}

/** The text of a note as the standalone page keeps it: plain text or a rich note's runs. */
function noteModelText(model: unknown): string | null {
  if (typeof model === 'string') return model;
  if (model && typeof model === 'object' && Array.isArray((model as { texts?: unknown }).texts)) {
    return (model as { texts: { text?: unknown }[] }).texts.map((t) => (typeof t.text === 'string' ? t.text : '')).join('');
  }
  return null;
}

/** Reads a record from any host; null when it cannot be read, so nothing is guessed. */
export function parseRecord(text: string): Original | null {
  let stored: Record<string, unknown>;
  try {
    stored = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!stored || typeof stored !== 'object') return null;
  const fontColor = hexOrNull(stored.fontColor);
  if (!fontColor || typeof stored.bold !== 'boolean') return null;
  const look: CellLook = { fill: hexOrNull(stored.fill), fontColor, bold: stored.bold };
  if (stored.via === 'note') return { look, note: typeof stored.note === 'string' && stored.note !== '' ? stored.note : null };
  // The Excel add-in put its message in an input prompt: the note was never touched, unless the
  // standalone page marked the cell since and kept the note it replaced.
  if ('noteModel' in stored) return { look, note: noteModelText(stored.noteModel) };
  return { look, note: undefined };
}
