import { columnIndex, columnName } from '../core/address';

/**
 * Valid SpreadsheetML that exceljs misreads, rewritten into the form it reads: the same workbook,
 * spelled differently. Each function returns null when the text needs no change.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The root element's start tag: after the XML declaration and any comments. */
function rootTag(xml: string): { at: number; end: number; name: string } | null {
  let at = xml.indexOf('<');
  while (at !== -1 && (xml.startsWith('<?', at) || xml.startsWith('<!', at))) at = xml.indexOf('<', at + 1);
  if (at === -1) return null;
  const end = xml.indexOf('>', at);
  if (end === -1) return null;
  const name = /^<([^\s/>]+)/.exec(xml.slice(at, end + 1))?.[1] ?? '';
  return { at, end, name };
}

/**
 * <x:worksheet xmlns:x="…/main"> → <worksheet xmlns="…/main">: elements of the SpreadsheetML
 * namespace under a prefix, as some generators write them, without it.
 */
export function withoutPrefix(xml: string): string | null {
  const root = rootTag(xml);
  const colon = root ? root.name.indexOf(':') : -1;
  if (!root || colon <= 0) return null;
  const prefix = root.name.slice(0, colon);
  const tag = xml.slice(root.at, root.end + 1);
  const declaration = new RegExp(`\\sxmlns:${prefix}=(["'])${MAIN.replace(/[./]/g, '\\$&')}\\1`);
  const found = declaration.exec(tag);
  if (!found) return null;
  const hasDefault = /\sxmlns=["']/.test(tag);
  const newTag = tag.replace(declaration, hasDefault ? '' : ` xmlns="${MAIN}"`);
  const body = xml.slice(0, root.at) + newTag + xml.slice(root.end + 1);
  return body.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1');
}

const ROW_OR_CELL = /<(row|c)(?=[\s/>])([^>]*)>/g;
const R_ATTR = /\sr=["']([^"']*)["']/;

function colOf(ref: string): number {
  return columnIndex(/^[A-Z]+/.exec(ref)?.[0] ?? '');
}

/**
 * Rows and cells without an r attribute, which the schema allows (each is then the one after the
 * previous), given their reference, so every reader places them alike.
 */
export function withCellRefs(xml: string): string | null {
  const open = xml.indexOf('<sheetData');
  const close = xml.indexOf('</sheetData>');
  if (open === -1 || close === -1) return null;
  const data = xml.slice(open, close);
  let missing = false;
  for (const m of data.matchAll(ROW_OR_CELL)) {
    if (!R_ATTR.test(m[2] ?? '')) {
      missing = true;
      break;
    }
  }
  if (!missing) return null;
  let row = 0;
  let col = -1;
  const fixed = data.replace(ROW_OR_CELL, (tag, name: string, attrs: string) => {
    const r = R_ATTR.exec(attrs)?.[1];
    if (name === 'row') {
      row = r !== undefined && /^\d+$/.test(r) ? Number(r) : row + 1;
      col = -1;
      return r !== undefined ? tag : `<row r="${row}"${attrs}>`;
    }
    col = r !== undefined ? colOf(r) : col + 1;
    return r !== undefined ? tag : `<c r="${columnName(col)}${row}"${attrs}>`;
  });
  return xml.slice(0, open) + fixed + xml.slice(close);
}

/** The parts exceljs finds by exact name; any spelling of them in another case is renamed to these. */
const FIXED_NAMES = [
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
  'docProps/app.xml',
  'docProps/core.xml',
];
const FIXED = new Map(FIXED_NAMES.map((n) => [n.toLowerCase(), n]));

/** Parts exceljs finds by pattern: the folders and file stems it expects in lower case. */
const PATTERNS: RegExp[] = [
  /^xl\/worksheets\/sheet\d+\.xml$/i,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/i,
  /^xl\/theme\/[a-z0-9]+\.xml$/i,
  /^xl\/drawings\/[a-z0-9]+\.xml$/i,
  /^xl\/drawings\/_rels\/[a-z0-9]+\.xml\.rels$/i,
  /^xl\/drawings\/vmldrawing\d+\.vml$/i,
  /^xl\/comments\d+\.xml$/i,
  /^xl\/tables\/table\d+\.xml$/i,
];

/** The name exceljs expects for this part, which differs from it in case at most. */
export function canonicalName(name: string): string {
  const fixed = FIXED.get(name.toLowerCase());
  if (fixed) return fixed;
  if (/^xl\/media\//i.test(name)) return `xl/media/${name.slice(9)}`;
  if (PATTERNS.some((p) => p.test(name))) return name.toLowerCase().replace('vmldrawing', 'vmlDrawing');
  return name;
}

/** A relationship target resolved against the folder of the part that owns the .rels, as a package path without a leading slash. */
function resolve(folder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/**
 * The target with its named segments spelled as the part's path ends, in the target's own form
 * (relative stays relative: exceljs matches some targets by their "../" form).
 */
function respell(target: string, actual: string): string | null {
  const segs = target.split('/');
  const isNamed = (s: string) => s !== '' && s !== '.' && s !== '..';
  const named = segs.filter(isNamed);
  const firstNamed = segs.findIndex(isNamed);
  if (firstNamed === -1 || segs.lastIndexOf('..') > firstNamed) return null;
  const tail = actual.split('/').slice(-named.length);
  let i = 0;
  return segs.map((s) => (isNamed(s) ? (tail[i++] ?? s) : s)).join('/');
}

/** The folder a .rels part's targets are relative to: "xl/_rels/workbook.xml.rels" → "xl". */
function relsFolder(relsName: string): string {
  const dir = relsName.slice(0, relsName.lastIndexOf('_rels/'));
  return dir.replace(/\/$/, '');
}

/**
 * A .rels part with each target that names an existing part in another case spelled as that part
 * is (named by `lookup`, which takes a lower-case path); null when every target already matches.
 */
export function relsMatchingParts(relsName: string, xml: string, lookup: (folded: string) => string | undefined): string | null {
  const folder = relsFolder(relsName);
  let changed = false;
  const out = xml.replace(/(\sTarget=)(["'])([^"']*)\2/g, (whole, pre: string, q: string, target: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return whole;
    const path = resolve(folder, target);
    const actual = lookup(path.toLowerCase());
    if (actual === undefined || actual === path) return whole;
    const respelled = respell(target, actual);
    if (respelled === null) return whole;
    changed = true;
    return `${pre}${q}${respelled}${q}`;
  });
  return changed ? out : null;
}

/** Excel's limit on a sheet name; exceljs shortens longer ones and then refuses its own shortened name. */
const MAX_SHEET_NAME = 31;

function decodeAttr(raw: string): string {
  return raw.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e] ?? '';
  });
}

function encodeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The workbook part with sheet names over 31 characters shortened as exceljs would shorten them,
 * made unique by a suffix where two would clash, so the workbook opens instead of failing.
 */
export function withShortSheetNames(xml: string): string | null {
  const sheet = /(<sheet\b[^>]*?\sname=)(["'])([^"']*)\2/g;
  const names = [...xml.matchAll(sheet)].map((m) => decodeAttr(m[3] ?? ''));
  if (!names.some((n) => n.length > MAX_SHEET_NAME)) return null;
  const taken = new Set(names.filter((n) => n.length <= MAX_SHEET_NAME).map((n) => n.toLowerCase()));
  return xml.replace(sheet, (whole, pre: string, q: string, raw: string) => {
    const name = decodeAttr(raw);
    if (name.length <= MAX_SHEET_NAME) return whole;
    let short = name.slice(0, MAX_SHEET_NAME);
    for (let n = 2; taken.has(short.toLowerCase()); n++) short = name.slice(0, MAX_SHEET_NAME - `(${n})`.length) + `(${n})`;
    taken.add(short.toLowerCase());
    return `${pre}"${encodeAttr(short)}"`;
  });
}
