import { ooxmlRuns, type LookColor, type RunFont, type TextRun } from '../../core/look';
import { escapeForPackage } from '../exact-text';
import { attrValue, tagEnd, tagName, textOf, unescapeX } from '../xml-text';

/**
 * Rich text runs between XML and the core's TextRun, read exactly as exceljs reads them (its
 * RichTextXform, FontXform and TextXform) and then translated as look.ts's ooxmlRuns translates
 * exceljs's runs, so a run read here equals the run XlsxHost reads from the same file.
 */

/** A run in exceljs's model: the font in its own shape (`{ argb }` colours), the text when the run had a <t>. */
export interface ExcelRun {
  text?: string;
  font?: Record<string, unknown>;
}

/** The content of a string item: its plain <t> (a direct child), and its runs (null when it has none). */
export interface StringItem {
  text: string | undefined;
  runs: ExcelRun[] | null;
}

/** One markup token of xml[from, to): a tag, or character data up to the next tag. */
interface Tag {
  name: string;
  closing: boolean;
  empty: boolean;
  /** Index just after the tag name (the attributes start there). */
  attrs: number;
  /** Index of the tag's '>'. */
  gt: number;
}

function readTag(xml: string, lt: number): Tag {
  const closing = xml.charCodeAt(lt + 1) === 0x2f;
  const name = tagName(xml, closing ? lt + 2 : lt + 1);
  const gt = tagEnd(xml, lt);
  return { name, closing, empty: !closing && xml.charCodeAt(gt - 1) === 0x2f, attrs: lt + 1 + name.length + (closing ? 1 : 0), gt };
}

/** Where markup that carries no element ends (comment, processing instruction), or -1 when `lt` opens an element. */
function skipNonElement(xml: string, lt: number): number {
  if (xml.startsWith('<!--', lt)) return xml.indexOf('-->', lt) + 3;
  if (xml.startsWith('<?', lt)) return xml.indexOf('?>', lt) + 2;
  return -1;
}

/**
 * The character data of an element whose content starts at `from`, up to its closing tag `</name>`:
 * entities decoded, CDATA taken literally, comments skipped. Returns the text and where the closing tag ends.
 */
function elementText(xml: string, from: number, to: number, name: string): [string, number] {
  const close = `</${name}>`;
  let out = '';
  let pos = from;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt === -1 || lt >= to) return [out + textOf(xml.slice(pos, to)), to];
    out += textOf(xml.slice(pos, lt));
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      const stop = end === -1 ? to : end;
      out += xml.slice(lt + 9, stop).replace(/\r\n?/g, '\n');
      pos = stop + 3;
      continue;
    }
    const skip = skipNonElement(xml, lt);
    if (skip > 2) {
      pos = skip;
      continue;
    }
    if (xml.startsWith(close, lt)) return [out, lt + close.length];
    // Markup inside a text element: exceljs's text parser keeps only the character data.
    pos = tagEnd(xml, lt) + 1;
  }
}

/** The element's attribute `val`, as the parser reports it. */
function val(xml: string, tag: Tag): string | undefined {
  return attrValue(xml, tag.attrs, tag.gt, 'val');
}

/** exceljs's ColorXform: rgb, else theme (with tint), else indexed; undefined for auto or nothing. */
function colorModel(xml: string, tag: Tag): Record<string, unknown> | undefined {
  const rgb = attrValue(xml, tag.attrs, tag.gt, 'rgb');
  if (rgb) return { argb: rgb };
  const theme = attrValue(xml, tag.attrs, tag.gt, 'theme');
  if (theme) {
    const tint = attrValue(xml, tag.attrs, tag.gt, 'tint');
    return tint ? { theme: parseInt(theme, 10), tint: parseFloat(tint) } : { theme: parseInt(theme, 10) };
  }
  const indexed = attrValue(xml, tag.attrs, tag.gt, 'indexed');
  return indexed ? { indexed: parseInt(indexed, 10) } : undefined;
}

const BOOLEAN: Record<string, string> = { b: 'bold', i: 'italic', strike: 'strike', outline: 'outline', shadow: 'shadow', condense: 'condense', extend: 'extend' };
const INTEGER: Record<string, string> = { sz: 'size', family: 'family', charset: 'charset' };
const STRING: Record<string, string> = { rFont: 'name', vertAlign: 'vertAlign', scheme: 'scheme' };

/**
 * One child of <rPr> as exceljs's FontXform sets it: a flag is true whatever its val says; numbers
 * are parseInt'ed (sizes too) and, like strings, kept only when truthy; an underline is its val or true.
 */
function fontProperty(xml: string, tag: Tag, font: Record<string, unknown>): void {
  const name = tag.name;
  let key: string | undefined;
  let value: unknown;
  if ((key = BOOLEAN[name])) value = true;
  else if ((key = INTEGER[name])) value = parseInt(val(xml, tag) ?? '', 10);
  else if ((key = STRING[name])) value = val(xml, tag);
  else if (name === 'u') [key, value] = ['underline', val(xml, tag) || true];
  else if (name === 'color') [key, value] = ['color', colorModel(xml, tag)];
  if (key !== undefined && value) font[key] = value;
}

/**
 * Walks the elements of xml[from, to), comments and processing instructions skipped: `visit` gets
 * each start tag and the index just past it, and returns where the walk goes on. A closing tag
 * named `close` ends the walk; other closing tags are passed over. Returns where the walk ended:
 * just past that closing tag, or `to`.
 */
function walkElements(xml: string, from: number, to: number, close: string | undefined, visit: (tag: Tag, next: number) => number): number {
  let pos = from;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt === -1 || lt >= to) return to;
    const skip = skipNonElement(xml, lt);
    if (skip > 2) {
      pos = skip;
      continue;
    }
    const tag = readTag(xml, lt);
    pos = tag.gt + 1;
    if (!tag.closing) pos = visit(tag, pos);
    else if (tag.name === close) return pos;
  }
}

/** An <rPr> whose start tag is `tag`: the font and where the element ends. */
function readFont(xml: string, tag: Tag, to: number): [Record<string, unknown>, number] {
  const font: Record<string, unknown> = {};
  if (tag.empty) return [font, tag.gt + 1];
  const end = walkElements(xml, tag.gt + 1, to, 'rPr', (child, next) => {
    fontProperty(xml, child, font);
    return next;
  });
  return [font, end];
}

/** A <t> whose start tag is `tag`: its text with Excel's _xHHHH_ escapes decoded, and where it ends. */
function readText(xml: string, tag: Tag, to: number, unescape: boolean): [string, number] {
  if (tag.empty) return ['', tag.gt + 1];
  const [raw, end] = elementText(xml, tag.gt + 1, to, 't');
  return [unescape ? unescapeX(raw) : raw, end];
}

/** An <r> whose start tag is `tag`: the run as exceljs models it, and where it ends. */
function readRun(xml: string, tag: Tag, to: number): [ExcelRun, number] {
  const run: ExcelRun = {};
  if (tag.empty) return [run, tag.gt + 1];
  const end = walkElements(xml, tag.gt + 1, to, 'r', (child, next) => {
    let after = next;
    if (child.name === 't') [run.text, after] = readText(xml, child, to, true);
    else if (child.name === 'rPr') [run.font, after] = readFont(xml, child, to);
    else if (!child.empty) after = skipElement(xml, child, to);
    return after;
  });
  return [run, end];
}

/** Past the end of an element exceljs ignores (a phonetic run, anything unknown). */
function skipElement(xml: string, tag: Tag, to: number): number {
  if (tag.empty) return tag.gt + 1;
  const close = xml.indexOf(`</${tag.name}>`, tag.gt);
  return close === -1 || close >= to ? to : close + tag.name.length + 3;
}

/**
 * The content of a string item, xml[from, to) being the inside of an <si>, <is> or a comment's
 * <text>: its plain <t> and its runs. Phonetic runs (<rPh>) are left out as exceljs leaves them
 * out. `plainEscapes` says whether the plain <t> has its _xHHHH_ escapes decoded: exceljs decodes
 * them in shared strings, not in a cell's inline string.
 */
export function readStringItem(xml: string, from = 0, to = xml.length, plainEscapes = true): StringItem {
  const item: StringItem = { text: undefined, runs: null };
  walkElements(xml, from, to, undefined, (tag) => {
    let after: number;
    if (tag.name === 'r') {
      let run: ExcelRun;
      [run, after] = readRun(xml, tag, to);
      (item.runs ??= []).push(run);
    } else if (tag.name === 't') [item.text, after] = readText(xml, tag, to, plainEscapes);
    else after = skipElement(xml, tag, to);
    return after;
  });
  return item;
}

/** exceljs's runs as the core's runs; null when they are no list of runs for it (a run without a <t>). */
export function excelRunsToTextRuns(runs: readonly ExcelRun[]): TextRun[] | null {
  return ooxmlRuns(runs);
}

/**
 * The runs (<r>) of the inside of an <si>, <is> or a comment's <text>, as XlsxHost reads them; null
 * when exceljs's runs make no list of runs for the core (a run without a <t>). A plain <t> beside
 * them is not a run and is left out.
 */
export function runsFromXml(xml: string, from = 0, to = xml.length): TextRun[] | null {
  return ooxmlRuns(readStringItem(xml, from, to).runs ?? []);
}

// Writing

/** Text as element content: Excel's escapes for what XML cannot hold, then the XML entities. */
export function escapeText(text: string): string {
  const escaped = escapeForPackage(text);
  return /[&<>]/.test(escaped) ? escaped.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : escaped;
}

/** Text as an attribute value in double quotes. */
export function escapeAttr(text: string): string {
  return escapeForPackage(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** A <t> element, whitespace kept where a reader would otherwise trim it. */
export function textElement(text: string): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${space}>${escapeText(text)}</t>`;
}

function colorXml(color: LookColor): string {
  switch (color.kind) {
    case 'auto':
      return '<color auto="1"/>';
    case 'rgb':
      return `<color rgb="${color.alpha ?? 'FF'}${color.rgb}"/>`;
    case 'theme':
      return color.tint === undefined ? `<color theme="${color.theme}"/>` : `<color theme="${color.theme}" tint="${color.tint}"/>`;
    case 'indexed':
      return `<color indexed="${color.index}"/>`;
  }
}

function underlineXml(u: RunFont['underline']): string {
  if (u === undefined || u === false) return '';
  if (u === true || u === 'single') return '<u/>';
  return `<u val="${u}"/>`;
}

const flag = (on: boolean | undefined, name: string): string => (on ? `<${name}/>` : '');
const valued = (value: string | number | undefined, name: string): string => (value === undefined ? '' : `<${name} val="${typeof value === 'string' ? escapeAttr(value) : value}"/>`);

/**
 * <rPr> with its children in the order of the schema (CT_RPrElt as Excel writes it). A property
 * set to false is left out: absent is off, and exceljs would read `<b val="0"/>` as bold.
 */
export function fontXml(font: RunFont): string {
  const inner =
    valued(font.name, 'rFont') +
    valued(font.charset, 'charset') +
    valued(font.family, 'family') +
    flag(font.bold, 'b') +
    flag(font.italic, 'i') +
    flag(font.strike, 'strike') +
    flag(font.outline, 'outline') +
    (font.color ? colorXml(font.color) : '') +
    valued(font.size, 'sz') +
    underlineXml(font.underline) +
    valued(font.vertAlign, 'vertAlign') +
    valued(font.scheme, 'scheme');
  return inner ? `<rPr>${inner}</rPr>` : '<rPr/>';
}

/** Runs as <r> elements: the inside of an <si> or <is>. */
export function runsToXml(runs: readonly TextRun[]): string {
  let out = '';
  for (const run of runs) out += `<r>${run.font ? fontXml(run.font) : ''}${textElement(run.text)}</r>`;
  return out;
}
