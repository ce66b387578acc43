import { columnName, toA1 } from '../../core/address';
import { ooxmlRuns } from '../../core/look';
import type { FixedContent } from '../../core/ledger';
import type { CellNow } from '../../core/plan/fixes';
import { decodeRef } from '../fast-cells';
import { excelRuns } from '../look';
import { attrsXml, cellNowOf, parseCell, readAttrs, styleOf, withAttr, type Attr, type CellParts } from './cell-xml';
import { runsToXml } from './runs-xml';
import type { SharedStrings } from './shared-strings';
import { SheetIndex, type Splice } from './sheet-index';
import { dimensionSplice, drawingSplices, legacyDrawingOf, viewSplice } from './sheet-views';

/**
 * One worksheet part, read and edited as text. A single scan indexes where each row and cell lies
 * (sheet-index.ts: numbers only, no object per cell); a cell is parsed when asked for; edits are
 * kept aside and applied by toXml in one pass over the original text, so an unchanged sheet comes
 * back as it was and a changed one keeps every byte the edits do not touch.
 *
 * The sheet may use a namespace prefix (<x:worksheet>) and leave out the r attribute of rows and
 * cells: both are read in place, and whatever is written follows the sheet's own spelling.
 */

export type CellContent = { kind: 'text'; text: string } | FixedContent;

/** What an edit does to one cell. */
interface CellEdit {
  style?: number;
  content?: CellContent;
}

export class SheetXml {
  changed = false;
  private readonly index: SheetIndex;
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
    this.index = new SheetIndex(xml);
  }

  private parts(ci: number): CellParts {
    return parseCell(this.xml, this.index.cellAt.get(ci), this.index.cellEnd.get(ci), this.index.p);
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
    const ci = this.index.cellIndex(row, col);
    if (ci >= 0) {
      const parts = this.parts(ci);
      if (!dropped(parts)) return this.known(styleOf(parts));
    }
    return this.missingStyle(row, col);
  }

  /** exceljs merges the row's and the column's style into a new cell, the row's first. */
  private missingStyle(row: number, col: number): number {
    const ri = this.index.findRow(row + 1);
    const rowStyle = ri >= 0 ? this.known(this.index.rowStyle(ri)) : 0;
    return rowStyle || this.known(this.index.columnStyle(col));
  }

  private pending(row: number, col: number): CellEdit | undefined {
    const ci = this.index.cellIndex(row, col);
    return ci >= 0 ? this.cellEdits.get(ci) : this.newCells.get(row + 1)?.get(col);
  }

  /** The cell as XlsxHost's cellNow gives it; a covered cell of a merge reads its top-left cell. */
  now(ref: string): CellNow {
    let [row, col] = decodeRef(ref);
    const master = this.index.masterOf(row, col);
    if (master) [row, col] = master;
    const content = this.pending(row, col)?.content;
    if (content) return nowOfContent(content);
    const ci = this.index.cellIndex(row, col);
    if (ci < 0) return { text: '', formula: false };
    const parts = this.parts(ci);
    const s = styleOf(parts);
    return cellNowOf(parts, this.strings, s > 0 && this.dateStyle?.[s] === true);
  }

  // ---------------------------------------------------------------- editing cells

  private edit(row: number, col: number): CellEdit {
    const ci = this.index.cellIndex(row, col);
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
    const master = this.index.masterOf(row, col);
    if (master) [row, col] = master;
    const ci = this.index.cellIndex(row, col);
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
    return this.index.p ? fragment.replace(/<(\/?)([A-Za-z])/g, `<$1${this.index.p}$2`) : fragment;
  }

  /** An existing cell rewritten with its edit: only the style attribute and, for content, the type and value change. */
  private rebuilt(ci: number, e: CellEdit): string {
    const end = this.index.cellEnd.get(ci);
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
      inner = selfClosing ? '' : this.xml.slice(parts.gt + 1, end - (3 + this.index.p.length + 1));
    }
    return this.cellXml(attrs, inner);
  }

  private cellXml(attrs: readonly Attr[], inner: string): string {
    const name = `${this.index.p}c`;
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
    for (const [ci, e] of this.cellEdits) out.push({ start: this.index.cellAt.get(ci), end: this.index.cellEnd.get(ci), text: this.rebuilt(ci, e), order: 1 });
    const newRows: number[] = [];
    for (const [n, edits] of this.newCells) {
      const cols = [...edits.keys()].sort((a, b) => a - b);
      const ri = this.index.findRow(n);
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
        text += `<${this.index.p}row r="${n}">${this.newCellsXml(n, cols, edits)}</${this.index.p}row>`;
      }
      if (this.index.sd.close === -1) out.push({ start: this.index.sd.at, end: this.index.sd.gt + 1, text: `<${this.index.p}sheetData>${text}</${this.index.p}sheetData>`, order: 0 });
      else out.push({ start: at, end: at, text, order: 0 });
    }
  }

  /** Where a new row n goes: before the first row after it, or before </sheetData>. */
  private rowInsertPoint(n: number): number {
    const ri = -this.index.findRow(n) - 1;
    return ri < this.index.rowNum.length ? this.index.rowAt.get(ri) : this.index.sd.close;
  }

  private cellsIntoRow(ri: number, n: number, cols: number[], edits: Map<number, CellEdit>, out: Splice[]): void {
    const rowEnd = this.index.rowEnd.get(ri);
    const gt = this.index.rowGt.get(ri);
    const head = this.rowHead(ri, cols);
    if (this.xml.charCodeAt(gt - 1) === 0x2f) {
      // <row r="5"/> opens to hold its new cells.
      out.push({ start: this.index.rowAt.get(ri), end: rowEnd, text: `${head}>${this.newCellsXml(n, cols, edits)}</${this.index.p}row>`, order: 0 });
      return;
    }
    if (head !== this.xml.slice(this.index.rowAt.get(ri), gt)) out.push({ start: this.index.rowAt.get(ri), end: gt, text: head, order: 0 });
    const first = this.index.rowFirst.get(ri);
    const last = first + this.index.rowCount.get(ri);
    let i = 0;
    while (i < cols.length) {
      const ci = -this.index.findCellIn(ri, cols[i] as number) - 1;
      const at = ci < last ? this.index.cellAt.get(ci) : rowEnd - `</${this.index.p}row>`.length;
      const group: number[] = [];
      for (; i < cols.length && -this.index.findCellIn(ri, cols[i] as number) - 1 === ci; i++) group.push(cols[i] as number);
      out.push({ start: at, end: at, text: this.newCellsXml(n, group, edits), order: 0 });
    }
  }

  /**
   * The row's start tag up to its '>' (or '/>'), its spans (the columns its cells take, a hint
   * Excel writes) widened to the new cells; as written when it has none or they already fit.
   */
  private rowHead(ri: number, cols: readonly number[]): string {
    const at = this.index.rowAt.get(ri);
    const gt = this.index.rowGt.get(ri);
    const selfClosing = this.xml.charCodeAt(gt - 1) === 0x2f;
    const tag = this.xml.slice(at, selfClosing ? gt - 1 : gt);
    const attrs = readAttrs(this.xml, at + 1 + this.index.p.length + 3, gt);
    const spans = /^(\d+):(\d+)$/.exec(attrs.find((a) => a.name === 'spans')?.raw ?? '');
    const head = selfClosing ? tag.replace(/\s+$/, '') : tag;
    if (!spans) return head;
    const min = Math.min(Number(spans[1]), (cols[0] as number) + 1);
    const max = Math.max(Number(spans[2]), (cols[cols.length - 1] as number) + 1);
    if (min === Number(spans[1]) && max === Number(spans[2])) return head;
    return `<${this.index.p}row${attrsXml(withAttr(attrs, 'spans', `${min}:${max}`))}`;
  }

  // ---------------------------------------------------------------- the rest of the worksheet

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
    return this.drawing ? this.drawing.rId : legacyDrawingOf(this.index);
  }

  /** Sets (or, with null, removes) the sheet's <legacyDrawing>, in schema order. */
  setLegacyDrawing(rId: string | null): void {
    if (rId === this.legacyDrawing() && this.drawing === undefined) return;
    this.drawing = { rId };
    this.changed = true;
  }

  // ---------------------------------------------------------------- writing

  /** The worksheet with every edit applied, in one pass over the original text. */
  toXml(): string {
    if (!this.changed) return this.xml;
    const splices: Splice[] = [];
    this.cellSplices(splices);
    const view = viewSplice(this.index, this.tabSelected, this.selection);
    if (view) splices.push(view);
    if (this.drawing) splices.push(...drawingSplices(this.index, this.drawing.rId));
    const dimension = dimensionSplice(this.index, this.newCells);
    if (dimension) splices.push(dimension);
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

/**
 * The CellNow of content just written, as XlsxHost's cellNow reads a cell it has just set: runs
 * pass through exceljs's shape of them, which has no automatic colour (nor does the file once read).
 */
function nowOfContent(content: CellContent): CellNow {
  switch (content.kind) {
    case 'text':
      return { text: content.text, formula: false };
    case 'number':
    case 'boolean':
      return { text: String(content.value), formula: false, content };
    case 'rich': {
      const runs = ooxmlRuns(JSON.parse(JSON.stringify(excelRuns(content.runs)))) ?? content.runs;
      return { text: content.runs.map((r) => r.text).join(''), formula: false, content: { kind: 'rich', runs } };
    }
  }
}

