import { columnName } from '../../../src/core/address';
import { SharedStrings } from '../../../src/xlsx/patch/shared-strings';
import { SheetXml } from '../../../src/xlsx/patch/sheet-xml';

// A sheet of 100,000 rows built, scanned and written twice: slow on a busy machine.
jest.setTimeout(60_000);

/** A report of 100,000 rows, edited in 5,000 cells: every edit lands, nothing else moves. */

const ROWS = 100_000;
const COLS = 6;

function bigSheet(): string {
  const rows: string[] = [];
  for (let r = 1; r <= ROWS; r++) {
    // Every tenth row is left out, so edits also make rows.
    if (r % 10 === 0) continue;
    let cells = '';
    for (let c = 0; c < COLS; c++) {
      // Column D is left out, so edits also make cells between others.
      if (c === 3) continue;
      const ref = `${columnName(c)}${r}`;
      cells += c === 0 ? `<c r="${ref}"><v>${r}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>任务${r}-${c}</t></is></c>`;
    }
    rows.push(`<row r="${r}">${cells}</row>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

test('5,000 edits over a 100,000-row sheet: each read back, every other cell as it was', () => {
  const xml = bigSheet();
  const sheet = new SheetXml(xml, new SharedStrings(null));
  const edits = new Map<string, string>();
  for (let i = 0; i < 5000; i++) {
    const r = 1 + ((i * 7919) % ROWS);
    const ref = `${columnName(i % COLS)}${r}`;
    const text = `改${i}`;
    sheet.setContent(ref, { kind: 'text', text });
    edits.set(ref, text);
  }
  const out = new SheetXml(sheet.toXml(), new SharedStrings(null));
  for (const [ref, text] of edits) expect(out.now(ref)).toEqual({ text, formula: false });
  for (let r = 1; r <= ROWS; r += 97) {
    for (let c = 0; c < COLS; c++) {
      const ref = `${columnName(c)}${r}`;
      if (edits.has(ref)) continue;
      expect(out.now(ref)).toEqual(sheet.now(ref));
    }
  }
  // Rows and cells stay in order: a sheet that was not would be refused on reading.
  expect(out.toXml()).toBe(sheet.toXml());
});
