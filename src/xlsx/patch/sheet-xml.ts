import { columnName, toA1 } from '../../core/address';
import type { CellNow } from '../../core/plan/fixes';
import type { FixedContent } from '../../core/ledger';
import type { MergeArea } from '../../core/snapshot';
import { decodeRef } from '../fast-cells';
import { MAX_MERGED_CELLS } from '../limits';
import { clipMerge, MergesTooLarge, parseMergeRef } from '../merge-clip';
import { attr, tagEnd, tagName, textOf } from '../xml-text';
import { Unsupported } from '../zip';
import { attrsXml, cellNowOf, parseCell, readAttrs, styleOf, withAttr, type Attr, type CellParts } from './cell-xml';
import { runsToXml } from './runs-xml';
import type { SharedStrings } from './shared-strings';

/**
 * One worksheet part, read and edited as text. A single scan indexes where each row and cell lies
 * (numbers only: no object per cell); a cell is parsed when asked for; edits are kept aside and
 * applied by toXml in one pass over the original text, so an unchanged sheet comes back as it was
 * and a changed one keeps every byte the edits do not touch.
 *
 * The sheet may use a namespace prefix (<x:worksheet>) and leave out the r attribute of rows and
 * cells: both are read in place, and whatever is written follows the sheet's own spelling.
 */

export type CellContent = { kind: 'text'; text: string } | FixedContent;

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** CT_Worksheet's children in schema order. */
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios',
  'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations',
  'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches',
  'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems',
  'tableParts', 'extLst',
];

/** A growable list of integers. */
class Ints {
  private data: Int32Array;
  length = 0;
  constructor(size = 1024) {
    this.data = new Int32Array(size);
  }
  push(n: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = n;
  }
  get(i: number): number {
    return this.data[i] as number;
  }
}

/** What an edit does to one cell. */
interface CellEdit {
  style?: number;
  content?: CellContent;
}

/** A splice of the original text: xml[start, end) becomes text. */
interface Splice {
  start: number;
  end: number;
  text: string;
  /** Orders splices that start at the same place. */
  order: number;
}

/** A top-level element of the worksheet: its local name and where it lies. */
interface Element {
  name: string;
  start: number;
  end: number;
  gt: number;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Whether xml has the start tag `<name` at `at` (the name followed by a space, '>' or '/'). */
function opensAt(xml: string, at: number, name: string): boolean {
  if (!xml.startsWith(name, at + 1)) return false;
  const c = xml.charCodeAt(at + 1 + name.length);
  return c === 0x3e || c === 0x2f || isSpace(c);
}

export class SheetXml {
  changed = false;
  private readonly p: string;
  private readonly rootAt: number;
  private readonly rootGt: number;
  /** sheetData: its '<', its start tag's '>', and the '<' of its closing tag (-1 when self-closing). */
  private readonly sd = { at: -1, gt: -1, close: -1 };
  // Rows: number (1-based), where the element starts, its start tag's '>', where it ends, its first cell, how many cells.
  private readonly rowNum = new Ints();
  private readonly rowAt = new Ints();
  private readonly rowGt = new Ints();
  private readonly rowEnd = new Ints();
  private readonly rowFirst = new Ints();
  private readonly rowCount = new Ints();
  // Cells: column (0-based), where the element starts and ends.
  private readonly cellCol = new Ints(4096);
  private readonly cellAt = new Ints(4096);
  private readonly cellEnd = new Ints(4096);
  private maxRow = -1;
  private maxCol = -1;
  private merges: MergeArea[] | null = null;
  private cols: { min: number; max: number; style: number }[] | null = null;
  /** Edits of existing cells, by cell index. */
  private readonly cellEdits = new Map<number, CellEdit>();
  /** New cells, by row number (1-based) then column (0-based). */
  private readonly newCells = new Map<number, Map<number, CellEdit>>();
  private tabSelected: boolean | undefined;
  private selection: string | undefined;
  private drawing: { rId: string | null } | undefined;

  constructor(
    private readonly xml: string,
    private readonly strings: SharedStrings,
    /**
     * dateStyle[xf] is true when cell style xf turns numbers into dates for exceljs (fast-parts.ts
     * readDateStyles); its length is the number of cell styles. Without it no number reads as a date.
     */
    private readonly dateStyle?: readonly boolean[],
  ) {
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

  // ---------------------------------------------------------------- index

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
  private findRow(n: number): number {
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
  private findCellIn(ri: number, col: number): number {
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

  private cellIndex(row: number, col: number): number {
    const ri = this.findRow(row + 1);
    if (ri < 0) return -1;
    const ci = this.findCellIn(ri, col);
    return ci < 0 ? -1 : ci;
  }

  private parts(ci: number): CellParts {
    return parseCell(this.xml, this.cellAt.get(ci), this.cellEnd.get(ci), this.p);
  }

  // ---------------------------------------------------------------- merges and columns

  /** The merged areas as exceljs applies them: clipped to the cells that exist (merge-clip.ts). */
  private mergeAreas(): MergeArea[] {
    if (this.merges) return this.merges;
    const out: MergeArea[] = [];
    const el = this.topLevel().find((e) => e.name === 'mergeCells');
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
  private masterOf(row: number, col: number): [number, number] | null {
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

  /** The style exceljs gives a column's new cells (<col style>), by 0-based column. */
  private columnStyle(col: number): number {
    if (!this.cols) {
      this.cols = [];
      const el = this.topLevel().find((e) => e.name === 'cols');
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
    return this.known(style);
  }

  /** A style index exceljs finds in the table; 0 (its empty style) for one past the end. */
  private known(xf: number): number {
    const table = this.dateStyle;
    return table && xf >= table.length ? 0 : xf;
  }

  // ---------------------------------------------------------------- reading

  /** The cell's style index as exceljs gives it (0: exceljs's empty style); a missing cell takes its row's, else its column's. */
  style(ref: string): number {
    const [row, col] = decodeRef(ref);
    const pending = this.pending(row, col);
    if (pending?.style !== undefined) return pending.style;
    const ci = this.cellIndex(row, col);
    if (ci >= 0) {
      const parts = this.parts(ci);
      if (!dropped(parts)) return this.known(styleOf(parts));
    }
    return this.missingStyle(row, col);
  }

  /** exceljs merges the row's and the column's style into a new cell, the row's first. */
  private missingStyle(row: number, col: number): number {
    const ri = this.findRow(row + 1);
    if (ri >= 0) {
      const at = this.rowAt.get(ri);
      const s = attr(this.xml, at + 1 + this.p.length + 3, this.rowGt.get(ri), 's');
      const rowStyle = s ? this.known(parseInt(s, 10) || 0) : 0;
      if (rowStyle) return rowStyle;
    }
    return this.columnStyle(col);
  }

  private pending(row: number, col: number): CellEdit | undefined {
    const ci = this.cellIndex(row, col);
    return ci >= 0 ? this.cellEdits.get(ci) : this.newCells.get(row + 1)?.get(col);
  }

  /** The cell as XlsxHost's cellNow gives it; a covered cell of a merge reads its top-left cell. */
  now(ref: string): CellNow {
    let [row, col] = decodeRef(ref);
    const master = this.masterOf(row, col);
    if (master) [row, col] = master;
    const content = this.pending(row, col)?.content;
    if (content) return nowOfContent(content);
    const ci = this.cellIndex(row, col);
    if (ci < 0) return { text: '', formula: false };
    const parts = this.parts(ci);
    const s = styleOf(parts);
    return cellNowOf(parts, this.strings, s > 0 && this.dateStyle?.[s] === true);
  }

  // ---------------------------------------------------------------- editing cells

  private edit(row: number, col: number): CellEdit {
    const ci = this.cellIndex(row, col);
    this.changed = true;
    if (ci >= 0) {
      let e = this.cellEdits.get(ci);
      if (!e) this.cellEdits.set(ci, (e = dropped(this.parts(ci)) ? { style: this.missingStyle(row, col) } : {}));
      return e;
    }
    let rowEdits = this.newCells.get(row + 1);
    if (!rowEdits) this.newCells.set(row + 1, (rowEdits = new Map()));
    let e = rowEdits.get(col);
    if (!e) rowEdits.set(col, (e = { style: this.missingStyle(row, col) }));
    return e;
  }

  setStyle(ref: string, xf: number): void {
    const [row, col] = decodeRef(ref);
    this.edit(row, col).style = xf;
  }

  /**
   * Writes the cell's content, keeping its style and everything else about it; a covered cell of a
   * merge writes its top-left cell, as exceljs does. A formula goes with the old content; the
   * master of a shared or array formula is refused, since other cells' formulas depend on it.
   */
  setContent(ref: string, content: CellContent): void {
    let [row, col] = decodeRef(ref);
    const master = this.masterOf(row, col);
    if (master) [row, col] = master;
    const ci = this.cellIndex(row, col);
    if (ci >= 0 && this.parts(ci).formulaMaster) {
      throw new Error(`单元格 ${toA1(row, col)} 是共享公式或数组公式的首个单元格，不能改写它的内容。`);
    }
    this.edit(row, col).content = content;
  }

  /** The content as the children of a <c> and its type attribute, names unprefixed. */
  private contentXml(content: CellContent): { t: string | undefined; inner: string } {
    switch (content.kind) {
      case 'number':
        return { t: undefined, inner: `<v>${String(content.value)}</v>` };
      case 'boolean':
        return { t: 'b', inner: `<v>${content.value ? 1 : 0}</v>` };
      case 'rich':
        if (content.runs.length) return { t: 'inlineStr', inner: `<is>${runsToXml(content.runs)}</is>` };
        return this.contentXml({ kind: 'text', text: '' });
      case 'text':
        return this.textXml(content.text);
    }
  }

  /**
   * Text as an inline string. exceljs reads an inline string's <t> without decoding Excel's _xHHHH_
   * escapes, and an empty one as no value at all, so text that needs escapes (control characters,
   * a literal "_x0041_") and the empty text go into the shared strings instead, where both readers
   * read them back exactly; a carriage return alone is written as a character reference, which
   * every reader keeps.
   */
  private textXml(text: string): { t: string | undefined; inner: string } {
    if (text === '' || needsEscape(text)) return { t: 's', inner: `<v>${this.strings.add(text)}</v>` };
    const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
    return { t: 'inlineStr', inner: `<is><t${space}>${escaped}</t></is>` };
  }

  /** Element names of a fragment written unprefixed, in the sheet's prefix. */
  private prefixed(fragment: string): string {
    return this.p ? fragment.replace(/<(\/?)([A-Za-z])/g, `<$1${this.p}$2`) : fragment;
  }

  /** An existing cell rewritten with its edit: only the style attribute and, for content, the type and value change. */
  private rebuilt(ci: number, e: CellEdit): string {
    const end = this.cellEnd.get(ci);
    const parts = this.parts(ci);
    let attrs: Attr[] = parts.attrs;
    if (e.style !== undefined) attrs = withAttr(attrs, 's', e.style ? String(e.style) : undefined);
    let inner: string;
    if (e.content) {
      const c = this.contentXml(e.content);
      attrs = withAttr(withAttr(withAttr(attrs, 't', c.t), 'cm', undefined), 'vm', undefined);
      inner = this.prefixed(c.inner);
      for (const child of parts.children) if (child.name !== 'f' && child.name !== 'v' && child.name !== 'is') inner += this.xml.slice(child.start, child.end);
    } else {
      const selfClosing = this.xml.charCodeAt(parts.gt - 1) === 0x2f;
      inner = selfClosing ? '' : this.xml.slice(parts.gt + 1, end - (3 + this.p.length + 1));
    }
    return this.cellXml(attrs, inner);
  }

  private cellXml(attrs: readonly Attr[], inner: string): string {
    const name = `${this.p}c`;
    return inner ? `<${name}${attrsXml(attrs)}>${inner}</${name}>` : `<${name}${attrsXml(attrs)}/>`;
  }

  private newCellXml(row: number, col: number, e: CellEdit): string {
    let attrs: Attr[] = [{ name: 'r', raw: `${columnName(col)}${row}` }];
    if (e.style) attrs = withAttr(attrs, 's', String(e.style));
    let inner = '';
    if (e.content) {
      const c = this.contentXml(e.content);
      if (c.t) attrs = withAttr(attrs, 't', c.t);
      inner = this.prefixed(c.inner);
    }
    return this.cellXml(attrs, inner);
  }

  private newCellsXml(row: number, cols: readonly number[], edits: Map<number, CellEdit>): string {
    let out = '';
    for (const col of cols) out += this.newCellXml(row, col, edits.get(col) as CellEdit);
    return out;
  }

  /** Splices for the cells: rewritten ones in place, new ones in column order, new rows in row order. */
  private cellSplices(out: Splice[]): void {
    for (const [ci, e] of this.cellEdits) out.push({ start: this.cellAt.get(ci), end: this.cellEnd.get(ci), text: this.rebuilt(ci, e), order: 1 });
    const newRows: number[] = [];
    for (const [n, edits] of this.newCells) {
      const cols = [...edits.keys()].sort((a, b) => a - b);
      const ri = this.findRow(n);
      if (ri < 0) {
        newRows.push(n);
        continue;
      }
      this.cellsIntoRow(ri, n, cols, edits, out);
    }
    newRows.sort((a, b) => a - b);
    let i = 0;
    while (i < newRows.length) {
      const at = this.rowInsertPoint(newRows[i] as number);
      let text = '';
      for (; i < newRows.length && this.rowInsertPoint(newRows[i] as number) === at; i++) {
        const n = newRows[i] as number;
        const edits = this.newCells.get(n) as Map<number, CellEdit>;
        const cols = [...edits.keys()].sort((a, b) => a - b);
        text += `<${this.p}row r="${n}">${this.newCellsXml(n, cols, edits)}</${this.p}row>`;
      }
      if (this.sd.close === -1) out.push({ start: this.sd.at, end: this.sd.gt + 1, text: `<${this.p}sheetData>${text}</${this.p}sheetData>`, order: 0 });
      else out.push({ start: at, end: at, text, order: 0 });
    }
  }

  /** Where a new row n goes: before the first row after it, or before </sheetData>. */
  private rowInsertPoint(n: number): number {
    const ri = -this.findRow(n) - 1;
    return ri < this.rowNum.length ? this.rowAt.get(ri) : this.sd.close;
  }

  private cellsIntoRow(ri: number, n: number, cols: number[], edits: Map<number, CellEdit>, out: Splice[]): void {
    const rowEnd = this.rowEnd.get(ri);
    const gt = this.rowGt.get(ri);
    const head = this.rowHead(ri, cols);
    if (this.xml.charCodeAt(gt - 1) === 0x2f) {
      // <row r="5"/> opens to hold its new cells.
      out.push({ start: this.rowAt.get(ri), end: rowEnd, text: `${head}>${this.newCellsXml(n, cols, edits)}</${this.p}row>`, order: 0 });
      return;
    }
    if (head !== this.xml.slice(this.rowAt.get(ri), gt)) out.push({ start: this.rowAt.get(ri), end: gt, text: head, order: 0 });
    const first = this.rowFirst.get(ri);
    const last = first + this.rowCount.get(ri);
    let i = 0;
    while (i < cols.length) {
      const ci = -this.findCellIn(ri, cols[i] as number) - 1;
      const at = ci < last ? this.cellAt.get(ci) : rowEnd - `</${this.p}row>`.length;
      const group: number[] = [];
      for (; i < cols.length && -this.findCellIn(ri, cols[i] as number) - 1 === ci; i++) group.push(cols[i] as number);
      out.push({ start: at, end: at, text: this.newCellsXml(n, group, edits), order: 0 });
    }
  }

  /**
   * The row's start tag up to its '>' (or '/>'), its spans (the columns its cells take, a hint
   * Excel writes) widened to the new cells; as written when it has none or they already fit.
   */
  private rowHead(ri: number, cols: readonly number[]): string {
    const at = this.rowAt.get(ri);
    const gt = this.rowGt.get(ri);
    const selfClosing = this.xml.charCodeAt(gt - 1) === 0x2f;
    const tag = this.xml.slice(at, selfClosing ? gt - 1 : gt);
    const attrs = readAttrs(this.xml, at + 1 + this.p.length + 3, gt);
    const spans = /^(\d+):(\d+)$/.exec(attrs.find((a) => a.name === 'spans')?.raw ?? '');
    const head = selfClosing ? tag.replace(/\s+$/, '') : tag;
    if (!spans) return head;
    const min = Math.min(Number(spans[1]), (cols[0] as number) + 1);
    const max = Math.max(Number(spans[2]), (cols[cols.length - 1] as number) + 1);
    if (min === Number(spans[1]) && max === Number(spans[2])) return head;
    return `<${this.p}row${attrsXml(withAttr(attrs, 'spans', `${min}:${max}`))}`;
  }

  // ---------------------------------------------------------------- the rest of the worksheet

  private topCache: Element[] | null = null;

  /** The root's child elements, in order (sheetData stepped over whole). */
  private topLevel(): Element[] {
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

  /** Where a new top-level element goes: before the first element that follows it in the schema, or before the root's end. */
  private insertPoint(name: string): number {
    const rank = WORKSHEET_ORDER.indexOf(name);
    for (const e of this.topLevel()) {
      const r = WORKSHEET_ORDER.indexOf(e.name);
      if (r > rank) return e.start;
    }
    return this.xml.lastIndexOf(`</${this.p}worksheet`);
  }

  /** The first <sheetView>: where its start tag lies, and the sheetViews element. */
  private sheetView(): { views: Element; at: number; gt: number; end: number } | null {
    const views = this.topLevel().find((e) => e.name === 'sheetViews');
    if (!views) return null;
    const name = `${this.p}sheetView`;
    let at = this.xml.indexOf(`<${name}`, views.gt);
    while (at !== -1 && at < views.end && !opensAt(this.xml, at, name)) at = this.xml.indexOf(`<${name}`, at + 1);
    if (at === -1 || at >= views.end) return null;
    const gt = tagEnd(this.xml, at);
    const end = this.xml.charCodeAt(gt - 1) === 0x2f ? gt + 1 : this.xml.indexOf(`</${name}>`, gt) + name.length + 3;
    return { views, at, gt, end };
  }

  /** Makes the cell the sheet's active cell and its selection, in the active pane. */
  select(ref: string): void {
    const [row, col] = decodeRef(ref);
    this.selection = toA1(row, col);
    this.changed = true;
  }

  setTabSelected(selected: boolean): void {
    this.tabSelected = selected;
    this.changed = true;
  }

  /** The relationship id of the sheet's <legacyDrawing> (the drawing that holds its notes), or null. */
  legacyDrawing(): string | null {
    if (this.drawing) return this.drawing.rId;
    const el = this.topLevel().find((e) => e.name === 'legacyDrawing');
    if (!el) return null;
    for (const a of readAttrs(this.xml, el.start + 1 + this.p.length + 'legacyDrawing'.length, el.gt)) {
      if (/^[^:]+:id$/.test(a.name) && this.relPrefixes().includes(a.name.slice(0, -3))) return textOf(a.raw);
    }
    return null;
  }

  setLegacyDrawing(rId: string | null): void {
    if (rId === this.legacyDrawing() && this.drawing === undefined) return;
    this.drawing = { rId };
    this.changed = true;
  }

  /** Prefixes the root declares for the relationships namespace. */
  private relPrefixes(): string[] {
    const out: string[] = [];
    for (const a of readAttrs(this.xml, this.rootAt + 1 + this.p.length + 'worksheet'.length, this.rootGt)) {
      if (a.name.startsWith('xmlns:') && textOf(a.raw) === REL_NS) out.push(a.name.slice(6));
    }
    return out;
  }

  private viewSplices(out: Splice[]): void {
    if (this.tabSelected === undefined && this.selection === undefined) return;
    const view = this.sheetView();
    const p = this.p;
    if (!view) {
      if (!this.tabSelected && this.selection === undefined) return;
      const tab = this.tabSelected ? ' tabSelected="1"' : '';
      const sel = this.selection ? `<${p}selection activeCell="${this.selection}" sqref="${this.selection}"/>` : '';
      const text = `<${p}sheetViews><${p}sheetView${tab} workbookViewId="0"${sel ? `>${sel}</${p}sheetView>` : '/>'}</${p}sheetViews>`;
      const at = this.insertPoint('sheetViews');
      out.push({ start: at, end: at, text, order: 0 });
      return;
    }
    let attrs = readAttrs(this.xml, view.at + 1 + p.length + 'sheetView'.length, view.gt);
    if (this.tabSelected !== undefined) attrs = withAttr(attrs, 'tabSelected', this.tabSelected ? '1' : undefined);
    const selfClosing = this.xml.charCodeAt(view.gt - 1) === 0x2f;
    let inner = selfClosing ? '' : this.xml.slice(view.gt + 1, view.end - `</${p}sheetView>`.length);
    if (this.selection !== undefined) inner = withSelection(inner, this.selection, p);
    const name = `${p}sheetView`;
    out.push({ start: view.at, end: view.end, text: inner ? `<${name}${attrsXml(attrs)}>${inner}</${name}>` : `<${name}${attrsXml(attrs)}/>`, order: 0 });
  }

  private drawingSplices(out: Splice[]): void {
    if (!this.drawing) return;
    const el = this.topLevel().find((e) => e.name === 'legacyDrawing');
    const rId = this.drawing.rId;
    if (rId === null) {
      if (el) out.push({ start: el.start, end: el.end, text: '', order: 0 });
      return;
    }
    let prefix = this.relPrefixes()[0];
    if (prefix === undefined) {
      const taken = new Set(readAttrs(this.xml, this.rootAt + 1 + this.p.length + 'worksheet'.length, this.rootGt).map((a) => a.name));
      prefix = 'r';
      for (let i = 1; taken.has(`xmlns:${prefix}`); i++) prefix = `r${i}`;
      const at = this.xml.charCodeAt(this.rootGt - 1) === 0x2f ? this.rootGt - 1 : this.rootGt;
      out.push({ start: at, end: at, text: ` xmlns:${prefix}="${REL_NS}"`, order: 0 });
    }
    const text = `<${this.p}legacyDrawing ${prefix}:id="${rId.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"/>`;
    if (el) out.push({ start: el.start, end: el.end, text, order: 0 });
    else {
      const at = this.insertPoint('legacyDrawing');
      out.push({ start: at, end: at, text, order: 0 });
    }
  }

  /** The <dimension> (the used range, which some readers trust) widened to the new cells. */
  private dimensionSplice(out: Splice[]): void {
    if (!this.newCells.size) return;
    const el = this.topLevel().find((e) => e.name === 'dimension');
    if (!el) return;
    const attrs = readAttrs(this.xml, el.start + 1 + this.p.length + 'dimension'.length, el.gt);
    const ref = attrs.find((a) => a.name === 'ref')?.raw;
    const area = ref === undefined ? null : parseMergeRef(ref);
    if (!area) return;
    let { top, left, bottom, right } = area;
    for (const [n, edits] of this.newCells) {
      top = Math.min(top, n - 1);
      bottom = Math.max(bottom, n - 1);
      for (const col of edits.keys()) {
        left = Math.min(left, col);
        right = Math.max(right, col);
      }
    }
    if (top === area.top && left === area.left && bottom === area.bottom && right === area.right) return;
    const text = `<${this.p}dimension${attrsXml(withAttr(attrs, 'ref', `${toA1(top, left)}:${toA1(bottom, right)}`))}/>`;
    out.push({ start: el.start, end: el.end, text, order: 0 });
  }

  // ---------------------------------------------------------------- writing

  /** The worksheet with every edit applied, in one pass over the original text. */
  toXml(): string {
    if (!this.changed) return this.xml;
    const splices: Splice[] = [];
    this.cellSplices(splices);
    this.viewSplices(splices);
    this.drawingSplices(splices);
    this.dimensionSplice(splices);
    // At one place, insertions go before a replacement that starts there.
    splices.sort((a, b) => a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || a.order - b.order);
    const parts: string[] = [];
    let pos = 0;
    for (const s of splices) {
      if (s.start < pos) throw new Error('overlapping edits of a worksheet');
      parts.push(this.xml.slice(pos, s.start), s.text);
      pos = s.end;
    }
    parts.push(this.xml.slice(pos));
    return parts.join('');
  }
}

/** exceljs drops a cell with neither a value nor a style, and makes a new one where it is asked for, as for a missing cell. */
function dropped(parts: CellParts): boolean {
  return !styleOf(parts) && !parts.formula && parts.value === undefined && !parts.runs;
}

/** Whether the text holds what only Excel's _xHHHH_ escapes can carry (a carriage return aside). */
function needsEscape(text: string): boolean {
  // Control characters are exactly what this looks for.
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/.test(text);
}

/** The CellNow of content just written, as XlsxHost's cellNow reads a cell it has just set. */
function nowOfContent(content: CellContent): CellNow {
  switch (content.kind) {
    case 'text':
      return { text: content.text, formula: false };
    case 'number':
    case 'boolean':
      return { text: String(content.value), formula: false, content };
    case 'rich':
      return { text: content.runs.map((r) => r.text).join(''), formula: false, content };
  }
}

/**
 * A sheetView's inside with the selection of its active pane set to the cell: the pane named by
 * <pane activePane>, topLeft when there is no pane.
 */
function withSelection(inner: string, ref: string, p: string): string {
  const pane = new RegExp(`<${p}pane\\b[^>]*?\\bactivePane=["']([^"']*)["']`).exec(inner)?.[1];
  const hasPane = new RegExp(`<${p}pane\\b`).test(inner);
  const active = hasPane ? (pane ?? 'topLeft') : undefined;
  const selection = new RegExp(`<${p}selection\\b[^>]*?/>|<${p}selection\\b[^>]*?>[\\s\\S]*?</${p}selection>`, 'g');
  let done = false;
  const out = inner.replace(selection, (tag) => {
    if (done) return tag;
    const paneOf = /\bpane=["']([^"']*)["']/.exec(tag)?.[1] ?? 'topLeft';
    if (active !== undefined && paneOf !== active) return tag;
    done = true;
    const gt = tag.indexOf('>');
    const attrs = withAttr(withAttr(readAttrs(tag, p.length + 10, gt), 'activeCell', ref), 'sqref', ref);
    const activeId = attrs.findIndex((a) => a.name === 'activeCellId');
    const tidy = activeId === -1 ? attrs : attrs.filter((_a, i) => i !== activeId);
    return `<${p}selection${attrsXml(tidy)}/>`;
  });
  if (done) return out;
  const paneAttr = active !== undefined && active !== 'topLeft' ? ` pane="${active}"` : '';
  const sel = `<${p}selection${paneAttr} activeCell="${ref}" sqref="${ref}"/>`;
  // A selection follows the pane and the other selections, before pivot selections and extensions.
  const before = new RegExp(`<${p}(pivotSelection|extLst)\\b`).exec(out);
  return before ? out.slice(0, before.index) + sel + out.slice(before.index) : out + sel;
}

