import type ExcelJS from 'exceljs';

/**
 * Text as Excel writes it in a package: characters XML cannot carry, and the carriage return that an
 * XML reader turns into a line feed, as _xHHHH_; a literal "_xHHHH_" in the text escaped as
 * "_x005F_xHHHH_" so it reads back as itself. exceljs decodes these escapes when it reads a file but
 * drops the characters when it writes one, so text pasted from Windows (line ends _x000D_) would
 * lose its carriage returns in every copy; the strings are escaped for the save, then put back.
 */

// Control characters are exactly what these patterns look for.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/;
// eslint-disable-next-line no-control-regex
const ESCAPES = /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;

export function escapeForPackage(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPES, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

interface Undo {
  restore(): void;
}

function escapeCell(cell: ExcelJS.Cell, undo: Undo[]): void {
  const value = cell.value;
  if (typeof value === 'string') {
    const escaped = escapeForPackage(value);
    if (escaped === value) return;
    cell.value = escaped;
    undo.push({ restore: () => (cell.value = value) });
    return;
  }
  if (value && typeof value === 'object' && 'richText' in value && Array.isArray(value.richText)) {
    const runs = value.richText;
    const escaped = runs.map((run) => ({ ...run, text: escapeForPackage(run.text) }));
    if (escaped.every((run, i) => run.text === runs[i]?.text)) return;
    cell.value = { ...value, richText: escaped };
    undo.push({ restore: () => (cell.value = value) });
  }
}

/**
 * The workbook written by exceljs with every cell's text escaped as Excel escapes it (see above);
 * the workbook in memory is left exactly as it was.
 */
export async function writeExact(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const undo: Undo[] = [];
  try {
    for (const ws of workbook.worksheets) {
      ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => escapeCell(cell, undo)));
    }
    return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  } finally {
    for (let i = undo.length - 1; i >= 0; i--) undo[i]?.restore();
  }
}
