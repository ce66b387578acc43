/** A run of text between separators, with its place in the cell. */
export interface Piece {
  text: string;
  start: number;
  end: number;
  /** What separated it from the previous piece: whitespace only ('space'), punctuation ('hard'), or nothing. */
  before: 'start' | 'space' | 'hard';
}

const OPEN = '（([【〔［｛{〖';
const CLOSE = '）)]】〕］｝}〗';
const WHITESPACE = /[\s\u200b-\u200d\u2060\ufeff]/;

export function isWhitespace(ch: string): boolean {
  return WHITESPACE.test(ch);
}

/**
 * Splits a cell on whitespace and on the given punctuation, keeping bracketed text whole
 * ("（按职责 分工负责）" stays in one piece) and remembering what lay between pieces.
 */
export function scanPieces(text: string, hardSeparators: string): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let start = -1;
  let gap: 'start' | 'space' | 'hard' = 'start';
  const close = (end: number): void => {
    if (start < 0) return;
    pieces.push({ text: text.slice(start, end), start, end, before: gap });
    start = -1;
    gap = 'space';
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Common CJK characters are never separators or brackets: the bulk of every cell.
    if (code >= 0x4e00 && code <= 0x9fff) {
      if (start < 0) start = i;
      continue;
    }
    const ch = text[i] as string;
    if (depth === 0 && (isWhitespace(ch) || hardSeparators.includes(ch))) {
      close(i);
      if (hardSeparators.includes(ch)) gap = 'hard';
      continue;
    }
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && depth > 0) depth--;
    if (start < 0) start = i;
  }
  close(text.length);
  // An unclosed bracket would otherwise swallow the rest of the cell into one piece.
  if (depth > 0) {
    const opened = text.replace(/[（([【〔［｛{〖]/g, ' ');
    return scanPieces(opened, hardSeparators).map((p) => ({ ...p, text: text.slice(p.start, p.end) }));
  }
  return pieces;
}

/** A bracketed stretch of text, brackets included, in any of the bracket styles offices use. */
export const BRACKETED = /[（([【〔［｛{〖][^）)\]】〕］｝}〗]*[）)\]】〕］｝}〗]/g;

/** Strips bracketed text: "郭克华（常务）" → "郭克华". */
export function stripBrackets(text: string): string {
  return text.replace(BRACKETED, '');
}
