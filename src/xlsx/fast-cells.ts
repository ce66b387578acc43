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

/** The part between <sheetData> and </sheetData>, cell by cell. */
export function readCells(xml: string, from: number, to: number, ctx: SheetContext): Row[] {
  const rows: Row[] = [];
  let row: Row | null = null;
  let rowIndex = -1;
  let lastCol = -1;
  const cell = new CellState();
  let inCell = false;
  let inRun = false;
  let runText: string | undefined;
  /** 0: no text wanted; 1: a value (<v> or <t>); 2: a formula; 3: a rich-text run's <t>. */
  let capture = 0;
  let pos = from;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt === -1 || lt >= to) break;
    if (capture && lt > pos) {
      const text = textOf(xml.slice(pos, lt));
      if (capture === 1) cell.value = cell.value === undefined ? text : cell.value + text;
      else if (capture === 2) cell.formula = true;
      else runText = (runText ?? '') + text;
    }
    // Most cells are <c r=".." s=".." t=".."><v>..</v></c>: read those without the general tag walk.
    if (row && !inCell && xml.charCodeAt(lt + 1) === 0x63 && isSpace(xml.charCodeAt(lt + 2))) {
      const gt = cellTag(xml, lt + 2, cell);
      if (cell.row !== rowIndex || cell.col <= lastCol) throw new Unsupported('cell out of order');
      lastCol = cell.col;
      inCell = true;
      pos = gt + 1;
      if (xml.charCodeAt(gt - 1) === 0x2f) {
        finish();
      } else if (xml.startsWith('<v>', pos)) {
        const vEnd = xml.indexOf('<', pos + 3);
        if (vEnd !== -1 && xml.startsWith('</v></c>', vEnd)) {
          if (vEnd > pos + 3) cell.value = textOf(xml.slice(pos + 3, vEnd));
          pos = vEnd + 8;
          finish();
        }
      }
      continue;
    }
    const closing = xml.charCodeAt(lt + 1) === 0x2f;
    const name = tagName(xml, closing ? lt + 2 : lt + 1);
    const gt = tagEnd(xml, lt);
    pos = gt + 1;
    const empty = !closing && xml.charCodeAt(gt - 1) === 0x2f;
    const attrsAt = lt + 1 + name.length;
    if (closing) {
      switch (name) {
        case 'row':
          row = null;
          break;
        case 'c':
          finish();
          break;
        case 'v':
        case 'f':
          capture = 0;
          break;
        case 't':
          capture = 0;
          break;
        case 'r':
          closeRun();
          break;
        case 'is':
          break;
        default:
          throw new Unsupported(`</${name}> in sheet data`);
      }
      continue;
    }
    if (!inCell) {
      if (name === 'row' && !row) {
        const r = parseInt(attr(xml, attrsAt, gt, 'r') ?? '', 10) - 1;
        if (!(r > rowIndex) || r >= 1048576) throw new Unsupported('row number');
        rowIndex = r;
        lastCol = -1;
        if (!empty) row = rowAt(rows, r);
        continue;
      }
      throw new Unsupported(`<${name}> in sheet data`);
    }
    switch (name) {
      case 'v':
        if (inRun) throw new Unsupported('<v> in a run');
        if (!empty) capture = 1;
        break;
      case 'f':
        if (inRun) throw new Unsupported('<f> in a run');
        if (attr(xml, attrsAt, gt, 't') !== undefined) cell.formula = true;
        if (!empty) capture = 2;
        break;
      case 'is':
        break;
      case 't':
        if (inRun) {
          if (runText !== undefined) throw new Unsupported('two texts in a run');
          runText = '';
          if (!empty) capture = 3;
        } else if (!empty) capture = 1;
        break;
      case 'r':
        if (inRun) throw new Unsupported('nested run');
        inRun = true;
        runText = undefined;
        if (empty) closeRun();
        break;
      case 'rPr':
        if (!inRun) throw new Unsupported('<rPr> outside a run');
        if (!empty) {
          const close = xml.indexOf('</rPr>', gt);
          if (close === -1 || close >= to) throw new Unsupported('unterminated <rPr>');
          pos = close + 6;
        }
        break;
      default:
        throw new Unsupported(`<${name}> in a cell`);
    }
  }
  if (inCell || row) throw new Unsupported('unterminated sheet data');
  return rows;

  function closeRun(): void {
    if (!inRun) throw new Unsupported('</r> outside a run');
    inRun = false;
    capture = 0;
    (cell.runs ??= []).push(runText === undefined ? undefined : unescapeX(runText));
  }

  function finish(): void {
    if (!inCell || inRun) throw new Unsupported('</c> out of place');
    inCell = false;
    capture = 0;
    const v = cellValue(cell, ctx);
    if (v === undefined) return;
    const target = rowAt(rows, cell.row);
    target.has = true;
    target.cells[cell.col] = v;
  }
}

