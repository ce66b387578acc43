import { ooxmlRuns } from '../../core/look';
import type { CellNow } from '../../core/plan/fixes';
import { dateText } from '../read';
import { tagEnd, tagName, textOf, xmlDecodeAgain } from '../xml-text';
import { Unsupported } from '../zip';
import { readStringItem, type ExcelRun } from './runs-xml';
import type { SharedStrings } from './shared-strings';

/**
 * One <c> element of a worksheet: read as exceljs reads it (to the CellNow XlsxHost gives), and
 * written back with only what an edit changes.
 */

/** An attribute as written: its name and its raw value (still escaped). */
export interface Attr {
  name: string;
  raw: string;
}

/** The attributes of the start tag xml[from, gt), from just after the name. */
export function readAttrs(xml: string, from: number, gt: number): Attr[] {
  const out: Attr[] = [];
  let i = from;
  for (;;) {
    let c = xml.charCodeAt(i);
    while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = xml.charCodeAt(++i);
    if (i >= gt || c === 0x2f || c === 0x3e) return out;
    const eq = xml.indexOf('=', i);
    if (eq === -1 || eq >= gt) throw new Unsupported('bad attribute');
    let q = eq + 1;
    while (/\s/.test(xml[q] ?? '')) q++;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") throw new Unsupported('bad attribute');
    const close = xml.indexOf(quote, q + 1);
    if (close === -1 || close > gt) throw new Unsupported('unterminated attribute');
    out.push({ name: xml.slice(i, eq).trim(), raw: xml.slice(q + 1, close) });
    i = close + 1;
  }
}

export function attrsXml(attrs: readonly Attr[]): string {
  let out = '';
  for (const a of attrs) out += ` ${a.name}="${a.raw.replace(/"/g, '&quot;')}"`;
  return out;
}

/** Sets (or, with undefined, removes) an attribute, keeping the others in their order. */
export function withAttr(attrs: Attr[], name: string, raw: string | undefined): Attr[] {
  const at = attrs.findIndex((a) => a.name === name);
  if (raw === undefined) return at === -1 ? attrs : attrs.filter((_a, i) => i !== at);
  if (at === -1) return [...attrs, { name, raw }];
  return attrs.map((a, i) => (i === at ? { name, raw } : a));
}

/** A child element of a cell: its local name and where it lies. */
export interface Child {
  name: string;
  start: number;
  end: number;
}

/** A cell as exceljs's cell parser sees it. */
export interface CellParts {
  attrs: Attr[];
  /** Index of the start tag's '>'. */
  gt: number;
  children: Child[];
  /** A formula: an <f> with text or a type, as exceljs tells formulas. */
  formula: boolean;
  /** The <f> is the master of a shared or array formula (it carries the range). */
  formulaMaster: boolean;
  /** Text of the <v>s and of an inline string's plain <t>, decoded; undefined when none. */
  value: string | undefined;
  /** An inline string's runs; null when it has none. */
  runs: ExcelRun[] | null;
}

function attrRaw(attrs: readonly Attr[], name: string): string | undefined {
  return attrs.find((a) => a.name === name)?.raw;
}

export function attrOf(parts: CellParts, name: string): string | undefined {
  const raw = attrRaw(parts.attrs, name);
  return raw === undefined ? undefined : textOf(raw);
}

/** The cell element xml[start, end), prefix `p` ("" or "x:") on its element names. */
export function parseCell(xml: string, start: number, end: number, p: string): CellParts {
  const nameEnd = start + 2 + p.length;
  const gt = tagEnd(xml, start);
  const parts: CellParts = { attrs: readAttrs(xml, nameEnd, gt), gt, children: [], formula: false, formulaMaster: false, value: undefined, runs: null };
  if (xml.charCodeAt(gt - 1) === 0x2f) return parts;
  let pos = gt + 1;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt === -1 || lt >= end) break;
    if (xml.charCodeAt(lt + 1) === 0x2f) break;
    const full = tagName(xml, lt + 1);
    const cgt = tagEnd(xml, lt);
    const empty = xml.charCodeAt(cgt - 1) === 0x2f;
    let close = cgt + 1;
    let inner = '';
    if (!empty) {
      const at = xml.indexOf(`</${full}>`, cgt);
      if (at === -1 || at > end) throw new Unsupported(`unterminated <${full}> in a cell`);
      inner = xml.slice(cgt + 1, at);
      close = at + full.length + 3;
    }
    const name = full.startsWith(p) ? full.slice(p.length) : full;
    parts.children.push({ name, start: lt, end: close });
    readChild(parts, name, xml, lt + 1 + full.length, cgt, inner, empty ? -1 : cgt + 1, p);
    pos = close;
  }
  return parts;
}

function readChild(parts: CellParts, name: string, xml: string, attrsAt: number, gt: number, inner: string, innerAt: number, p: string): void {
  switch (name) {
    case 'f': {
      const attrs = readAttrs(xml, attrsAt, gt);
      const t = attrRaw(attrs, 't');
      if (t || textOf(inner).length > 0) parts.formula = true;
      if ((t === 'shared' || t === 'array' || t === 'dataTable') && attrRaw(attrs, 'ref') !== undefined) parts.formulaMaster = true;
      break;
    }
    case 'v':
      // exceljs hears no text from an empty element, and keeps no value.
      if (inner.length) parts.value = (parts.value ?? '') + textOf(inner);
      break;
    case 'is': {
      if (innerAt === -1) break;
      const item = readStringItem(p ? inner.replace(new RegExp(`<(/?)${p}`, 'g'), '<$1') : xml, p ? 0 : innerAt, p ? undefined : innerAt + inner.length, false);
      if (item.text) parts.value = (parts.value ?? '') + item.text;
      if (item.runs) parts.runs = item.runs;
      break;
    }
    default:
      break;
  }
}

/** exceljs's excelToDate for the 1900 date system, as fast-cells.ts reproduces it. */
function excelDate(v: number): string {
  return dateText(new Date(Math.round((v - 25569 + 0) * 24 * 3600 * 1000)));
}

/** The style index as exceljs reads s="…": parseInt, 0 when absent or not a number. */
export function styleOf(parts: CellParts): number {
  const s = attrOf(parts, 's');
  return s ? parseInt(s, 10) || 0 : 0;
}

function formulaNow(parts: CellParts, t: string | undefined, date: boolean): CellNow {
  const v = parts.value;
  // exceljs keeps only a truthy cached result, after turning it into a date when the style says so.
  if (!v) return { text: '', formula: true };
  let result: string | number | boolean | { error: string };
  if (t === 'str') result = xmlDecodeAgain(v);
  else if (t === 'b') result = parseInt(v, 10) !== 0;
  else if (t === 'e') result = { error: v };
  else result = parseFloat(v);
  if (date) return { text: excelDate(typeof result === 'object' ? NaN : Number(result)), formula: true };
  if (!result) return { text: '', formula: true };
  return { text: typeof result === 'object' ? result.error : String(result), formula: true };
}

function richNow(runs: ExcelRun[]): CellNow {
  let text = '';
  for (const r of runs) if (r.text !== undefined) text += r.text;
  const core = ooxmlRuns(runs);
  return core ? { text, formula: false, content: { kind: 'rich', runs: core } } : { text, formula: false };
}

/** The cell as XlsxHost's cellNow gives it; `date` says whether its style turns numbers into dates. */
export function cellNowOf(parts: CellParts, strings: SharedStrings, date: boolean): CellNow {
  const t = attrOf(parts, 't');
  if (parts.formula) {
    if (parts.runs) throw new Unsupported('rich text in a formula cell');
    return formulaNow(parts, t, date);
  }
  if (parts.runs) {
    if (parts.value !== undefined || t !== 'inlineStr') throw new Unsupported('rich text beside other content');
    return richNow(parts.runs);
  }
  const v = parts.value;
  if (v === undefined) return { text: '', formula: false };
  switch (t) {
    case 's': {
      const i = parseInt(v, 10);
      const runs = strings.runs(i);
      const text = strings.text(i);
      return runs ? { text, formula: false, content: { kind: 'rich', runs } } : { text, formula: false };
    }
    case 'str':
      return { text: xmlDecodeAgain(v), formula: false };
    case 'inlineStr':
    case 'e':
      return { text: v, formula: false };
    case 'b': {
      const value = parseInt(v, 10) !== 0;
      return { text: String(value), formula: false, content: { kind: 'boolean', value } };
    }
    default: {
      const n = parseFloat(v);
      if (date) return { text: excelDate(n), formula: false };
      return { text: String(n), formula: false, content: { kind: 'number', value: n } };
    }
  }
}
