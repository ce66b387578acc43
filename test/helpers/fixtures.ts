import * as path from 'path';
import ExcelJS from 'exceljs';
import { parseA1 } from '../../src/core/address';
import type { CellValue, MergeArea, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export function fixturePath(name: string): string {
  return path.join(FIXTURES, name);
}

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) {
    const r = value.result;
    if (r === undefined || r === null) return null;
    if (r instanceof Date) return r.toISOString().slice(0, 10);
    if (typeof r === 'object' && 'error' in r) return String(r.error);
    return r as CellValue;
  }
  return null;
}

function mergesOf(ws: ExcelJS.Worksheet): MergeArea[] {
  // exceljs keeps merges as "A1:F1" ranges in the sheet model.
  const ranges = (ws.model as { merges?: string[] }).merges ?? [];
  return ranges.map((range) => {
    const [a, b] = range.split(':');
    const tl = parseA1(a ?? 'A1');
    const br = parseA1(b ?? a ?? 'A1');
    return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
  });
}

function snapshotSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const merges = mergesOf(ws);
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      out[colNumber - 1] = plain(cell.value);
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    values[rowNumber - 1] = out;
  });
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = [];
  // A merged area holds its value in the top-left cell only, as Excel itself does.
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = values[r];
      if (!row) continue;
      for (let c = m.left; c <= m.right; c++) {
        if ((r !== m.top || c !== m.left) && c < row.length) row[c] = null;
      }
    }
  }
  return { name: ws.name, values, merges };
}

const cache = new Map<string, Promise<WorkbookSnapshot>>();

/** A workbook under test/fixtures as the core sees it: hidden sheets included, values flattened. Each call gets its own copy. */
export async function loadFixture(name: string): Promise<WorkbookSnapshot> {
  let hit = cache.get(name);
  if (!hit) {
    hit = (async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(fixturePath(name));
      return { sheets: wb.worksheets.map(snapshotSheet) };
    })();
    cache.set(name, hit);
  }
  return structuredClone(await hit);
}
