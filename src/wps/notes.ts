import type { EtComment, EtRange, EtWorksheet } from './om';

export const NOTE_HEADER = '通报表助手：';

/** The note on a marked cell, laid out as the Excel add-in does: the user's own note first, untouched. */
export function markNoteText(message: string, original: string | null | undefined): string {
  const ours = `${NOTE_HEADER}\n${message}`;
  return original ? `${original}\n\n${ours}` : ours;
}

export interface NoteCell {
  range: EtRange;
  note: string | null;
}

/** A cell's range and its note now (three calls with a note, two without). */
export function readNote(ws: EtWorksheet, cell: string): NoteCell {
  const range = ws.Range(cell);
  const comment: EtComment | null = range.Comment;
  return { range, note: comment ? comment.Text() : null };
}

/** WPS refuses AddComment on a cell that has one: the old note goes first. */
export function writeNote(range: EtRange, text: string | null): void {
  const comment = range.Comment;
  if (comment) comment.Delete();
  if (text !== null) range.AddComment(text);
}
