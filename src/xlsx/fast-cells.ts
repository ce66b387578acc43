import { scanA1 } from '../core/address';
import type { CellValue } from '../core/snapshot';
import { dateText } from './read';
import { attr, tagEnd, tagName, textOf, unescapeX, xmlDecodeAgain } from './xml-text';
import { Unsupported } from './zip';

/**
 * The cells of one worksheet's <sheetData>, each turned into the plain value read.ts's plainValue
 * gives for exceljs's reading of it.
 */

export interface SheetContext {
  /** Shared strings as plain values: rich text joined, an <si> with neither text nor runs null. */
  shared: CellValue[] | null;
  /** dateStyle[s] is true when cell style s has a date number format in exceljs's reading. */
  dateStyle: boolean[];
}

/** exceljs's excelToDate for the 1900 date system, operation for operation so the rounding agrees. */
function excelDate(v: number): string {
  return dateText(new Date(Math.round((v - 25569 + 0) * 24 * 3600 * 1000)));
}

/** A worksheet's size: XFD1048576 is its last cell. */
const MAX_COLUMNS = 16384;
const MAX_ROWS = 1048576;

/** The reference xml[start, end), "AB12", as 0-based [row, col]; Unsupported for anything else ($, lower case, out of range). */
function decodeRefAt(xml: string, start: number, end: number): [number, number] {
  const pos = end - start <= 10 ? scanA1(xml, start, end) : null;
  if (pos === null || pos.col >= MAX_COLUMNS || pos.row >= MAX_ROWS) throw new Unsupported(`cell reference ${xml.slice(start, end)}`);
  return [pos.row, pos.col];
}

export function decodeRef(ref: string): [number, number] {
  return decodeRefAt(ref, 0, ref.length);
}

/** A style index as exceljs reads s="…" (parseInt, 0 when absent or not a number), digits read in place. */
function styleAt(xml: string, start: number, end: number): number {
  let n = 0;
  if (end === start || end - start > 9) return parseInt(xml.slice(start, end), 10) || 0;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57) return parseInt(xml.slice(start, end), 10) || 0;
    n = n * 10 + (c - 48);
  }
  return n;
}

export interface Row {
  /** Values by column; undefined where no cell with a value stands. */
  cells: (CellValue | undefined)[];
  /** exceljs's row.hasValues: some cell holds a value or covers part of a merge. */
  has: boolean;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Reads a <c> start tag's attributes in one pass, from just after "<c" to its '>', whose index it
 * returns. Only r, t and s matter to the value; a cell without r is left to exceljs.
 */
function cellTag(xml: string, from: number, cell: CellState): number {
  cell.reset();
  let refStart = -1;
  let refEnd = -1;
  let i = from;
  for (;;) {
    let c = xml.charCodeAt(i);
    while (isSpace(c)) c = xml.charCodeAt(++i);
    if (c === 0x3e) break;
    if (c === 0x2f) {
      if (xml.charCodeAt(i + 1) !== 0x3e) throw new Unsupported('bad cell tag');
      i++;
      break;
    }
    const eq = xml.indexOf('=', i);
    if (eq === -1) throw new Unsupported('bad cell tag');
    const q = xml.charCodeAt(eq + 1);
    if (q !== 0x22 && q !== 0x27) throw new Unsupported('bad cell tag');
    const close = xml.indexOf(q === 0x22 ? '"' : "'", eq + 2);
    if (close === -1) throw new Unsupported('bad cell tag');
    if (eq - i === 1) {
      switch (xml.charCodeAt(i)) {
        case 0x72:
          refStart = eq + 2;
          refEnd = close;
          break;
        case 0x74:
          cell.t = xml.slice(eq + 2, close);
          break;
        case 0x73:
          cell.s = styleAt(xml, eq + 2, close);
          break;
        default:
          break;
      }
    } else if (/[\s<>]/.test(xml.slice(i, eq))) throw new Unsupported('bad cell tag');
    i = close + 1;
  }
  if (refStart === -1) throw new Unsupported('cell without a reference');
  const [row, col] = decodeRefAt(xml, refStart, refEnd);
  cell.row = row;
  cell.col = col;
  return i;
}

class CellState {
  row = 0;
  col = 0;
  t: string | undefined;
  s = 0;
  formula = false;
  value: string | undefined;
  runs: (string | undefined)[] | null = null;
  reset(): void {
    this.t = undefined;
    this.s = 0;
    this.formula = false;
    this.value = undefined;
    this.runs = null;
  }
}

function joinRuns(runs: readonly (string | undefined)[]): string {
  let out = '';
  for (const r of runs) if (r !== undefined) out += r;
  return out;
}

/** The cell as read.ts's plainValue would give it after exceljs parsed it; undefined when exceljs keeps no value. */
function cellValue(c: CellState, ctx: SheetContext): CellValue | undefined {
  const date = c.s > 0 && ctx.dateStyle[c.s] === true;
  if (c.formula) {
    if (c.runs) throw new Unsupported('rich text in a formula cell');
    // exceljs keeps only a truthy cached result, after turning it into a date when the style says so.
    if (!c.value) return null;
    let result: string | number | boolean | { error: string };
    if (c.t === 'str') result = xmlDecodeAgain(c.value);
    else if (c.t === 'b') result = parseInt(c.value, 10) !== 0;
    else if (c.t === 'e') result = { error: c.value };
    else result = parseFloat(c.value);
    if (date) return excelDate(typeof result === 'object' ? NaN : Number(result));
    if (!result) return null;
    return typeof result === 'object' ? result.error : result;
  }
  if (c.runs) {
    if (c.value !== undefined || (c.t !== 'inlineStr' && c.t !== undefined)) throw new Unsupported('rich text beside other content');
    if (c.t === undefined) throw new Unsupported('rich text in an untyped cell');
    return joinRuns(c.runs);
  }
  if (c.value === undefined) return undefined;
  switch (c.t) {
    case 's': {
      const shared = ctx.shared;
      const i = parseInt(c.value, 10);
      if (!shared || !(i >= 0 && i < shared.length)) throw new Unsupported('shared string index');
      return shared[i] as CellValue;
    }
    case 'str':
      return xmlDecodeAgain(c.value);
    case 'inlineStr':
      return c.value;
    case 'b':
      return parseInt(c.value, 10) !== 0;
    case 'e':
      return c.value;
    default: {
      const n = parseFloat(c.value);
      return date ? excelDate(n) : n;
    }
  }
}

export function rowAt(rows: Row[], r: number): Row {
  let row = rows[r];
  if (!row) rows[r] = row = { cells: [], has: false };
  return row;
}

/** What the character data before the next tag belongs to. */
const CAPTURE = { none: 0, value: 1, formula: 2, runText: 3 } as const;
type Capture = (typeof CAPTURE)[keyof typeof CAPTURE];

/**
 * The walk over <sheetData>: one tag at a time, each kind handled by its own step. Ordinary cells
 * (<c …><v>…</v></c>) take a short path; everything else goes through the general tag steps, which
 * refuse (Unsupported) any tag they do not know.
 */
class SheetDataWalk {
  readonly rows: Row[] = [];
  private row: Row | null = null;
  private rowIndex = -1;
  private lastCol = -1;
  private readonly cell = new CellState();
  private inCell = false;
  private inRun = false;
  private runText: string | undefined;
  private capture: Capture = CAPTURE.none;

  constructor(
    private readonly xml: string,
    private readonly to: number,
    private readonly ctx: SheetContext,
  ) {}

  run(from: number): Row[] {
    const xml = this.xml;
    let pos = from;
    for (;;) {
      const lt = xml.indexOf('<', pos);
      if (lt === -1 || lt >= this.to) break;
      if (this.capture !== CAPTURE.none && lt > pos) this.text(textOf(xml.slice(pos, lt)));
      if (this.row && !this.inCell && xml.charCodeAt(lt + 1) === 0x63 && isSpace(xml.charCodeAt(lt + 2))) {
        pos = this.ordinaryCell(lt);
        continue;
      }
      pos = this.tag(lt);
    }
    if (this.inCell || this.row) throw new Unsupported('unterminated sheet data');
    return this.rows;
  }

  /** Character data: a value, a formula's presence, or a rich-text run's text. */
  private text(text: string): void {
    const cell = this.cell;
    if (this.capture === CAPTURE.value) cell.value = cell.value === undefined ? text : cell.value + text;
    else if (this.capture === CAPTURE.formula) cell.formula = true;
    else this.runText = (this.runText ?? '') + text;
  }

  /** Most cells are <c r=".." s=".." t=".."><v>..</v></c>: read those without the general tag walk. Returns where to go on. */
  private ordinaryCell(lt: number): number {
    const xml = this.xml;
    const cell = this.cell;
    const gt = cellTag(xml, lt + 2, cell);
    if (cell.row !== this.rowIndex || cell.col <= this.lastCol) throw new Unsupported('cell out of order');
    this.lastCol = cell.col;
    this.inCell = true;
    let pos = gt + 1;
    if (xml.charCodeAt(gt - 1) === 0x2f) {
      this.finish();
    } else if (xml.startsWith('<v>', pos)) {
      const vEnd = xml.indexOf('<', pos + 3);
      if (vEnd !== -1 && xml.startsWith('</v></c>', vEnd)) {
        if (vEnd > pos + 3) cell.value = textOf(xml.slice(pos + 3, vEnd));
        pos = vEnd + 8;
        this.finish();
      }
    }
    return pos;
  }

  /** Any other tag, opening or closing. Returns where to go on. */
  private tag(lt: number): number {
    const xml = this.xml;
    const closing = xml.charCodeAt(lt + 1) === 0x2f;
    const name = tagName(xml, closing ? lt + 2 : lt + 1);
    const gt = tagEnd(xml, lt);
    if (closing) {
      this.closeTag(name);
      return gt + 1;
    }
    const empty = xml.charCodeAt(gt - 1) === 0x2f;
    const attrsAt = lt + 1 + name.length;
    if (!this.inCell) {
      this.openRow(name, attrsAt, gt, empty);
      return gt + 1;
    }
    return this.openInCell(name, attrsAt, gt, empty);
  }

  private closeTag(name: string): void {
    switch (name) {
      case 'row':
        this.row = null;
        break;
      case 'c':
        this.finish();
        break;
      case 'v':
      case 'f':
      case 't':
        this.capture = CAPTURE.none;
        break;
      case 'r':
        this.closeRun();
        break;
      case 'is':
        break;
      default:
        throw new Unsupported(`</${name}> in sheet data`);
    }
  }

  /** Outside a cell only <row r="…"> may open, each after the last. */
  private openRow(name: string, attrsAt: number, gt: number, empty: boolean): void {
    if (name !== 'row' || this.row) throw new Unsupported(`<${name}> in sheet data`);
    const r = parseInt(attr(this.xml, attrsAt, gt, 'r') ?? '', 10) - 1;
    if (!(r > this.rowIndex) || r >= 1048576) throw new Unsupported('row number');
    this.rowIndex = r;
    this.lastCol = -1;
    if (!empty) this.row = rowAt(this.rows, r);
  }

  /** A tag inside a cell that took the general path: value, formula, inline string, run. Returns where to go on. */
  private openInCell(name: string, attrsAt: number, gt: number, empty: boolean): number {
    switch (name) {
      case 'v':
        if (this.inRun) throw new Unsupported('<v> in a run');
        if (!empty) this.capture = CAPTURE.value;
        break;
      case 'f':
        if (this.inRun) throw new Unsupported('<f> in a run');
        if (attr(this.xml, attrsAt, gt, 't') !== undefined) this.cell.formula = true;
        if (!empty) this.capture = CAPTURE.formula;
        break;
      case 'is':
        break;
      case 't':
        if (this.inRun) {
          if (this.runText !== undefined) throw new Unsupported('two texts in a run');
          this.runText = '';
          if (!empty) this.capture = CAPTURE.runText;
        } else if (!empty) this.capture = CAPTURE.value;
        break;
      case 'r':
        if (this.inRun) throw new Unsupported('nested run');
        this.inRun = true;
        this.runText = undefined;
        if (empty) this.closeRun();
        break;
      case 'rPr':
        return this.skipRunProperties(gt, empty);
      default:
        throw new Unsupported(`<${name}> in a cell`);
    }
    return gt + 1;
  }

  /** A run's formatting says nothing about its text: skipped whole. */
  private skipRunProperties(gt: number, empty: boolean): number {
    if (!this.inRun) throw new Unsupported('<rPr> outside a run');
    if (empty) return gt + 1;
    const close = this.xml.indexOf('</rPr>', gt);
    if (close === -1 || close >= this.to) throw new Unsupported('unterminated <rPr>');
    return close + 6;
  }

  private closeRun(): void {
    if (!this.inRun) throw new Unsupported('</r> outside a run');
    this.inRun = false;
    this.capture = CAPTURE.none;
    (this.cell.runs ??= []).push(this.runText === undefined ? undefined : unescapeX(this.runText));
  }

  /** The end of a cell: its value, if exceljs would keep one, goes into its row. */
  private finish(): void {
    if (!this.inCell || this.inRun) throw new Unsupported('</c> out of place');
    this.inCell = false;
    this.capture = CAPTURE.none;
    const v = cellValue(this.cell, this.ctx);
    if (v === undefined) return;
    const target = rowAt(this.rows, this.cell.row);
    target.has = true;
    target.cells[this.cell.col] = v;
  }
}

/** The part between <sheetData> and </sheetData>, cell by cell. */
export function readCells(xml: string, from: number, to: number, ctx: SheetContext): Row[] {
  return new SheetDataWalk(xml, to, ctx).run(from);
}
