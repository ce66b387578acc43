import type { MergeArea } from '../../core/snapshot';
import { decodeRef } from '../fast-cells';
import { MAX_MERGED_CELLS } from '../limits';
import { clipMerge, MergesTooLarge, parseMergeRef } from '../merge-clip';
import { attr, tagEnd, tagName } from '../xml-text';
import { Unsupported } from '../zip';
import { readAttrs, type Attr } from './cell-xml';
import { Ints } from './ints';

/**
 * Where the rows, cells and top-level elements of a worksheet's XML lie: one scan, numbers only (no
 * object per cell), so a sheet of 100,000 rows is indexed in typed arrays of a few megabytes. The
 * sheet may use a namespace prefix (<x:worksheet>) and leave out the r attribute of rows and cells.
 */

/** A splice of the original text: xml[start, end) becomes text. */
export interface Splice {
  start: number;
  end: number;
  text: string;
  /** Orders splices that start at the same place. */
  order: number;
}

/** A top-level element of the worksheet: its local name and where it lies. */
export interface Element {
  name: string;
  start: number;
  end: number;
  gt: number;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Whether xml has the start tag `<name` at `at` (the name followed by a space, '>' or '/'). */
export function opensAt(xml: string, at: number, name: string): boolean {
  if (!xml.startsWith(name, at + 1)) return false;
  const c = xml.charCodeAt(at + 1 + name.length);
  return c === 0x3e || c === 0x2f || isSpace(c);
}

export class SheetIndex {
  /** The element name prefix: "" or, for <x:worksheet>, "x:". */
  readonly p: string;
  readonly rootAt: number;
  readonly rootGt: number;
  /** sheetData: its '<', its start tag's '>', and the '<' of its closing tag (-1 when self-closing). */
  readonly sd = { at: -1, gt: -1, close: -1 };
  // Rows: number (1-based), where the element starts, its start tag's '>', where it ends, its first cell, how many cells.
  readonly rowNum = new Ints();
  readonly rowAt = new Ints();
  readonly rowGt = new Ints();
  readonly rowEnd = new Ints();
  readonly rowFirst = new Ints();
  readonly rowCount = new Ints();
  // Cells: column (0-based), where the element starts and ends.
  readonly cellCol = new Ints(4096);
  readonly cellAt = new Ints(4096);
  readonly cellEnd = new Ints(4096);
  /** The last row and column (0-based) any cell names; -1 when there is none. */
  maxRow = -1;
  maxCol = -1;
  private merges: MergeArea[] | null = null;
  private cols: { min: number; max: number; style: number }[] | null = null;

  constructor(readonly xml: string) {
    let first = 0;
    for (;;) {
      first = xml.indexOf('<', first);
      if (first === -1) throw new Unsupported('no root element');
      if (xml.startsWith('<?', first) || xml.startsWith('<!', first)) first = tagEnd(xml, first) + 1;
      else break;
    }
    const root = tagName(xml, first + 1);
    const colon = root.indexOf(':');
    if (root.slice(colon + 1) !== 'worksheet') throw new Unsupported('root element is not <worksheet>');
    this.p = colon === -1 ? '' : root.slice(0, colon + 1);
    this.rootAt = first;
    this.rootGt = tagEnd(xml, first);
    this.scan();
  }

  private scan(): void {
    const xml = this.xml;
    const p = this.p;
    let at = xml.indexOf(`<${p}sheetData`, this.rootGt);
    while (at !== -1 && !opensAt(xml, at, `${p}sheetData`)) at = xml.indexOf(`<${p}sheetData`, at + 1);
    if (at === -1) throw new Unsupported('no sheet data');
    this.sd.at = at;
    this.sd.gt = tagEnd(xml, at);
    if (xml.charCodeAt(this.sd.gt - 1) === 0x2f) return;
    const close = xml.indexOf(`</${p}sheetData>`, this.sd.gt);
    if (close === -1) throw new Unsupported('unterminated sheet data');
    this.sd.close = close;
    this.scanRows(this.sd.gt + 1, close);
  }

  private scanRows(from: number, to: number): void {
    const xml = this.xml;
    const rowName = `${this.p}row`;
    const rowClose = `</${rowName}>`;
    let pos = from;
    let lastRow = 0;
    for (;;) {
      const lt = xml.indexOf('<', pos);
      if (lt === -1 || lt >= to) return;
      if (!opensAt(xml, lt, rowName)) throw new Unsupported(`<${tagName(xml, lt + 1)}> in sheet data`);
      const gt = tagEnd(xml, lt);
      const r = attr(xml, lt + 1 + rowName.length, gt, 'r');
      const n = r === undefined ? lastRow + 1 : parseInt(r, 10);
      if (!(n > lastRow) || n > 1048576) throw new Unsupported('row number');
      lastRow = n;
      this.rowNum.push(n);
      this.rowAt.push(lt);
      this.rowGt.push(gt);
      this.rowFirst.push(this.cellCol.length);
      let end = gt + 1;
      if (xml.charCodeAt(gt - 1) !== 0x2f) {
        const close = this.scanCells(gt + 1, to, n);
        if (!xml.startsWith(rowClose, close)) throw new Unsupported('unterminated row');
        end = close + rowClose.length;
      }
      this.rowEnd.push(end);
      this.rowCount.push(this.cellCol.length - this.rowFirst.get(this.rowFirst.length - 1));
      pos = end;
    }
  }

  /** The cells of row n from `from`; returns the index of the row's closing tag. */
  private scanCells(from: number, to: number, n: number): number {
    const xml = this.xml;
    const cName = `${this.p}c`;
    const cClose = `</${cName}>`;
    let pos = from;
    let lastCol = -1;
    for (;;) {
      const lt = xml.indexOf('<', pos);
      if (lt === -1 || lt >= to) throw new Unsupported('unterminated row');
      if (xml.charCodeAt(lt + 1) === 0x2f) return lt;
      if (!opensAt(xml, lt, cName)) {
        // Anything else in a row (an extension list) is kept as it is.
        const name = tagName(xml, lt + 1);
        const gt = tagEnd(xml, lt);
        const close = xml.charCodeAt(gt - 1) === 0x2f ? gt + 1 : xml.indexOf(`</${name}>`, gt) + name.length + 3;
        if (close < gt) throw new Unsupported(`unterminated <${name}>`);
        pos = close;
        continue;
      }
      const gt = tagEnd(xml, lt);
      const r = attr(xml, lt + 1 + cName.length, gt, 'r');
      let col = lastCol + 1;
      if (r !== undefined) {
        const [row, c] = decodeRef(r);
        if (row !== n - 1) throw new Unsupported('cell out of its row');
        col = c;
      }
      if (col <= lastCol || col >= 16384) throw new Unsupported('cell out of order');
      lastCol = col;
      let end = gt + 1;
      if (xml.charCodeAt(gt - 1) !== 0x2f) {
        const close = xml.indexOf(cClose, gt);
        if (close === -1 || close >= to) throw new Unsupported('unterminated cell');
        end = close + cClose.length;
      }
      this.cellCol.push(col);
      this.cellAt.push(lt);
      this.cellEnd.push(end);
      if (n - 1 > this.maxRow) this.maxRow = n - 1;
      if (col > this.maxCol) this.maxCol = col;
      pos = end;
    }
  }

  /** Index of row n (1-based), or -(insertion point) - 1. */
  findRow(n: number): number {
    let lo = 0;
    let hi = this.rowNum.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.rowNum.get(mid);
      if (v === n) return mid;
      if (v < n) lo = mid + 1;
      else hi = mid - 1;
    }
    return -lo - 1;
  }

  /** Index of the cell at column col in row index ri, or -(insertion point) - 1 (a cell index). */
  findCellIn(ri: number, col: number): number {
    let lo = this.rowFirst.get(ri);
    let hi = lo + this.rowCount.get(ri) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.cellCol.get(mid);
      if (v === col) return mid;
      if (v < col) lo = mid + 1;
      else hi = mid - 1;
    }
    return -lo - 1;
  }

  /** Index of the cell at (row, col), 0-based; -1 when the sheet has none there. */
  cellIndex(row: number, col: number): number {
    const ri = this.findRow(row + 1);
    if (ri < 0) return -1;
    const ci = this.findCellIn(ri, col);
    return ci < 0 ? -1 : ci;
  }

  /** The merged areas as exceljs applies them: clipped to the cells that exist (merge-clip.ts). */
  private mergeAreas(): MergeArea[] {
    if (this.merges) return this.merges;
    const out: MergeArea[] = [];
    const el = this.element('mergeCells');
    if (el) {
      const extent = () => ({ row: this.maxRow, col: this.maxCol });
      const name = `${this.p}mergeCell`;
      let total = 0;
      for (let at = this.xml.indexOf(`<${name}`, el.gt); at !== -1 && at < el.end; at = this.xml.indexOf(`<${name}`, at + 1)) {
        if (!opensAt(this.xml, at, name)) continue;
        const ref = attr(this.xml, at + 1 + name.length, tagEnd(this.xml, at), 'ref');
        const area = ref === undefined ? null : parseMergeRef(ref);
        if (!area || area.bottom < area.top || area.right < area.left) continue;
        const clipped = clipMerge(area, extent);
        if (!clipped) continue;
        total += (clipped.bottom - clipped.top + 1) * (clipped.right - clipped.left + 1);
        if (total > MAX_MERGED_CELLS) throw new MergesTooLarge();
        out.push(clipped);
      }
    }
    return (this.merges = out);
  }

  private mergesByRow: Map<number, MergeArea[]> | null = null;

  /** The top-left cell of the merge that covers (row, col), when it is a covered cell. */
  masterOf(row: number, col: number): [number, number] | null {
    if (!this.mergesByRow) {
      // Each area listed under every row it spans: no more entries than the merged cells, which are bounded.
      this.mergesByRow = new Map();
      for (const m of this.mergeAreas()) {
        for (let r = m.top; r <= m.bottom; r++) {
          const list = this.mergesByRow.get(r);
          if (list) list.push(m);
          else this.mergesByRow.set(r, [m]);
        }
      }
    }
    for (const m of this.mergesByRow.get(row) ?? []) {
      if (col >= m.left && col <= m.right && (row !== m.top || col !== m.left)) return [m.top, m.left];
    }
    return null;
  }

  /** The style exceljs gives a column's new cells (<col style>, parsed as it parses it), by 0-based column. */
  columnStyle(col: number): number {
    if (!this.cols) {
      this.cols = [];
      const el = this.element('cols');
      const name = `${this.p}col`;
      if (el) {
        for (let at = this.xml.indexOf(`<${name}`, el.gt); at !== -1 && at < el.end; at = this.xml.indexOf(`<${name}`, at + 1)) {
          if (!opensAt(this.xml, at, name)) continue;
          const gt = tagEnd(this.xml, at);
          const a = (n: string) => attr(this.xml, at + 1 + name.length, gt, n);
          const style = a('style');
          this.cols.push({ min: parseInt(a('min') || '0', 10), max: parseInt(a('max') || '0', 10), style: style ? parseInt(style, 10) || 0 : 0 });
        }
      }
    }
    let style = 0;
    for (const c of this.cols) if (col + 1 >= c.min && col + 1 <= c.max) style = c.style;
    return style;
  }

  private topCache: Element[] | null = null;

  /** The root's child elements, in order (sheetData stepped over whole). */
  topLevel(): Element[] {
    if (this.topCache) return this.topCache;
    const xml = this.xml;
    const out: Element[] = [];
    let pos = this.rootGt + 1;
    for (;;) {
      const lt = xml.indexOf('<', pos);
      if (lt === -1) break;
      if (xml.startsWith('<!--', lt)) {
        pos = xml.indexOf('-->', lt) + 3;
        continue;
      }
      if (xml.startsWith('<?', lt) || xml.startsWith('<![CDATA[', lt)) {
        pos = tagEnd(xml, lt) + 1;
        continue;
      }
      if (xml.charCodeAt(lt + 1) === 0x2f) break;
      const full = tagName(xml, lt + 1);
      const name = full.startsWith(this.p) ? full.slice(this.p.length) : full;
      const gt = tagEnd(xml, lt);
      let end: number;
      if (lt === this.sd.at) end = this.sd.close === -1 ? this.sd.gt + 1 : this.sd.close + `</${full}>`.length;
      else if (xml.charCodeAt(gt - 1) === 0x2f) end = gt + 1;
      else {
        const close = xml.indexOf(`</${full}>`, gt);
        if (close === -1) throw new Unsupported(`unterminated <${full}>`);
        end = close + full.length + 3;
      }
      out.push({ name, start: lt, end, gt });
      pos = end;
    }
    return (this.topCache = out);
  }

  /** The first top-level element of that local name. */
  element(name: string): Element | undefined {
    return this.topLevel().find((e) => e.name === name);
  }

  /** The root start tag's attributes. */
  rootAttrs(): Attr[] {
    return readAttrs(this.xml, this.rootAt + 1 + this.p.length + 'worksheet'.length, this.rootGt);
  }

  /** Row index ri's s attribute as exceljs reads it (parseInt, 0 when absent). */
  rowStyle(ri: number): number {
    const s = attr(this.xml, this.rowAt.get(ri) + 1 + this.p.length + 3, this.rowGt.get(ri), 's');
    return s ? parseInt(s, 10) || 0 : 0;
  }
}
