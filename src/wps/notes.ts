import type { EtComment, EtRange, EtWorksheet } from './om';

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
