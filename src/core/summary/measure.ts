/**
 * Rough text measurement in Excel column-width units (the width of "0" in the default font).
 * A Chinese character is about two of them, which is what makes widths fit Chinese text.
 */

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    // Curly quotes and the ellipsis render full width in Chinese fonts.
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2026 ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x10000
  );
}

/** Width of one line of text: wide characters count 2, others 1. */
export function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one (wide) character.
      width += 2;
      i++;
    } else {
      width += isWide(code) ? 2 : 1;
    }
  }
  return width;
}

/** Width of each line of a cell's text (split on line breaks). */
export function lineWidths(text: string): number[] {
  if (!text.includes('\n')) return [textWidth(text)];
  return text.split(/\r?\n/).map(textWidth);
}

export function widest(widths: readonly number[]): number {
  let max = 0;
  for (const w of widths) if (w > max) max = w;
  return max;
}

/** Cell padding and the slack word wrapping leaves at line ends, in width units. */
const PADDING = 1.5;

/** Lines a wrapped cell of this column width needs to show all of its text. */
export function lineCount(widths: readonly number[], columnWidth: number): number {
  const usable = Math.max(1, columnWidth - PADDING);
  let lines = 0;
  for (const w of widths) lines += Math.max(1, Math.ceil(w / usable));
  return Math.max(1, lines);
}

/** lineCount for a single line of text of this width. */
export function lineCount1(width: number, columnWidth: number): number {
  return Math.max(1, Math.ceil(width / Math.max(1, columnWidth - PADDING)));
}

/** Excel refuses rows taller than this, in points. */
export const MAX_ROW_HEIGHT = 409;

/** Row height in points for this many lines of text at a font size. */
export function rowHeight(lines: number, fontSize: number): number {
  const lineHeight = fontSize * 1.4;
  const height = Math.ceil(lines * lineHeight + 4);
  return Math.min(MAX_ROW_HEIGHT, height);
}

/** A column width that fits the widest text, within bounds. */
export function fitWidth(widestText: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.ceil(widestText + 2)));
}
