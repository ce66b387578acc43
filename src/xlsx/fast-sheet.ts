import type { CellValue, MergeArea, SheetSnapshot } from '../core/snapshot';
import { decodeRef, readCells, rowAt, type Row, type SheetContext } from './fast-cells';
import { noDeclarations, rootAt } from './fast-parts';
import { clipMerges } from './merge-clip';
import { attr, tagEnd, tags } from './xml-text';
import { Unsupported } from './zip';

export type { SheetContext };

/**
 * One worksheet part read straight to a snapshot, reproducing what exceljs's cell model and
 * read.ts's walk over it give: the same values, the same ragged rows, the same merges.
 */
/** <mergeCell ref="A1:F1"/> areas, refusing anything exceljs would treat differently or reject. */
function readMerges(xml: string): MergeArea[] {
  const out: MergeArea[] = [];
  const start = xml.indexOf('<mergeCells');
  if (start === -1) return out;
  const end = xml.indexOf('</mergeCells>', start);
  const stop = end === -1 ? tagEnd(xml, start) : end;
  for (const [at, gt] of tags(xml, 'mergeCell', start, stop)) {
    const ref = attr(xml, at, gt, 'ref');
    if (ref === undefined) throw new Unsupported('merge without a reference');
    const parts = ref.split(':');
    const a = parts[0] ?? '';
    const b = parts[1] ?? a;
    if (parts.length > 2) throw new Unsupported('merge reference');
    const [top, left] = decodeRef(a);
    const [bottom, right] = decodeRef(b);
    if (bottom < top || right < left) throw new Unsupported('reversed merge reference');
    out.push({ top, left, bottom, right });
  }
  return out;
}

/** Applies merges as exceljs does: covered cells lose their values but make their rows count. */
function applyMerges(rows: Row[], merges: MergeArea[]): MergeArea[] {
  const seen = new Set<number>();
  const firsts: { at: number; area: MergeArea }[] = [];
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = r * 16384 + c;
        // exceljs refuses overlapping merges and the file with them.
        if (seen.has(key)) throw new Unsupported('overlapping merges');
        seen.add(key);
        if (r === m.top && c === m.left) continue;
        const row = rowAt(rows, r);
        row.has = true;
        if (c < row.cells.length) row.cells[c] = undefined;
      }
    }
    if (m.bottom > m.top || m.right > m.left) {
      const first = m.right > m.left ? m.top * 16384 + m.left + 1 : (m.top + 1) * 16384 + m.left;
      firsts.push({ at: first, area: { ...m } });
    }
  }
  // read.ts meets each area at its first covered cell, walking rows then columns.
  return firsts.sort((x, y) => x.at - y.at).map((f) => f.area);
}

/**
 * exceljs turns a cell with an external link (`<hyperlink ref="A1" r:id=…>`) into a link whose text
 * is the cell's value: a text reads as itself, anything else as the link's address, which this
 * reader does not have. Links on text cells, links to places in the workbook and links over ranges
 * (exceljs leaves both alone) read as the cells do; any other is left to exceljs.
 */
function checkHyperlinks(tail: string, rows: Row[]): void {
  for (const [at, gt] of tags(tail, 'hyperlink')) {
    if (attr(tail, at, gt, 'r:id') === undefined) continue;
    const ref = attr(tail, at, gt, 'ref');
    if (ref === undefined) throw new Unsupported('hyperlink without a reference');
    if (ref.includes(':')) continue;
    const [r, c] = decodeRef(ref);
    if (typeof rows[r]?.cells[c] !== 'string') throw new Unsupported('hyperlink on a cell without text');
  }
}

export function readSheet(name: string, xml: string, ctx: SheetContext): SheetSnapshot {
  const root = rootAt(xml, 'worksheet');
  const open = xml.indexOf('<sheetData', root);
  let rows: Row[] = [];
  // The cell walk refuses any tag it does not know, so only the parts around <sheetData> need the
  // checks for declarations and hyperlinks, and only the part after it holds the merges.
  let head = xml.slice(root);
  let tail = '';
  if (open !== -1) {
    const gt = tagEnd(xml, open);
    head = xml.slice(root, open);
    if (xml.charCodeAt(gt - 1) === 0x2f) tail = xml.slice(gt);
    else {
      const close = xml.indexOf('</sheetData>', gt);
      if (close === -1) throw new Unsupported('unterminated sheet data');
      tail = xml.slice(close);
      rows = readCells(xml, gt + 1, close, ctx);
    }
  }
  for (const part of [head, tail]) noDeclarations(part);
  if (head.indexOf('<hyperlink') !== -1) throw new Unsupported('hyperlinks before the sheet data');
  checkHyperlinks(tail, rows);
  if (head.indexOf('<mergeCell') !== -1) throw new Unsupported('merges before the sheet data');
  const merges = applyMerges(rows, clipMerges(readMerges(tail), xml));
  const values: CellValue[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row || !row.has) continue;
    const out: CellValue[] = [];
    let last = -1;
    const cells = row.cells;
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (v !== undefined && v !== null) last = c;
    }
    for (let c = 0; c <= last; c++) out.push(cells[c] ?? null);
    values[r] = out;
  }
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = [];
  return { name, values, merges };
}
