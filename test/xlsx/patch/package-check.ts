import { SaxesParser } from 'saxes';
import * as zlib from 'zlib';
import { ZipReader } from '../../../src/xlsx/zip';

/**
 * What Excel needs of a package before it opens it without repair, checked as a strict reader would:
 * every part well-formed XML with its prefixes bound, every relationship leading to a part, every
 * r:id a part uses found among its relationships, every part typed, the workbook's sheet list and
 * positions coherent, and the children of <workbook>, <worksheet> and <sheetView> in schema order.
 * Returns one line per defect (none for a sound package).
 */

const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios',
  'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations',
  'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches',
  'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems',
  'tableParts', 'extLst',
];
/** Elements CT_Worksheet allows more than once. */
const REPEATED = new Set(['conditionalFormatting']);
const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences',
  'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing',
  'fileRecoveryPr', 'webPublishObjects', 'extLst',
];
const SHEET_VIEW_ORDER = ['pane', 'selection', 'pivotSelection', 'extLst'];

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Element {
  name: string;
  attrs: Record<string, string>;
  /** Attributes in the relationships namespace (r:id, r:embed…), by local name. */
  relAttrs: string[];
  children: Element[];
  text: string;
}

/** The part parsed strictly (namespaces checked), or the parser's complaint. */
export function parseStrict(xml: string): Element | string {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Element[] = [];
  let root: Element | null = null;
  let error: string | null = null;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    const relAttrs: string[] = [];
    for (const a of Object.values(tag.attributes)) {
      const at = a as { local: string; uri: string; value: string; name: string };
      if (at.uri === REL_NS) relAttrs.push(at.value);
      if (at.uri === '' || at.uri === undefined) attrs[at.local] = at.value;
      else attrs[at.name] = at.value;
    }
    const el: Element = { name: tag.local ?? tag.name, attrs, relAttrs, children: [], text: '' };
    if (stack.length) stack[stack.length - 1]!.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    if (stack.length) stack[stack.length - 1]!.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= e instanceof Error ? e.message : String(e);
  }
  if (error) return error;
  return root ?? 'no root element';
}

function* walk(el: Element): Generator<Element> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

/** Names out of order (or repeated where the schema allows one) among an element's children. */
function orderDefects(part: string, el: Element, order: readonly string[]): string[] {
  const out: string[] = [];
  let last = -1;
  const seen = new Set<string>();
  for (const child of el.children) {
    // mc:AlternateContent stands where the element of its first choice belongs.
    const name = child.name === 'AlternateContent' ? (child.children[0]?.children[0]?.name ?? child.name) : child.name;
    const rank = order.indexOf(name);
    if (rank === -1) {
      out.push(`${part}: <${name}> is not a child of <${el.name}>`);
      continue;
    }
    if (rank < last) out.push(`${part}: <${name}> after <${order[last]}>`);
    if (seen.has(name) && !REPEATED.has(name) && name !== 'selection') out.push(`${part}: <${name}> twice`);
    seen.add(name);
    last = Math.max(last, rank);
  }
  return out;
}

/** The part a relationships part belongs to: xl/_rels/workbook.xml.rels -> xl/workbook.xml, _rels/.rels -> ''. */
export function sourceOf(relsPart: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart);
  return m ? `${m[1]}${m[2]}` : '';
}

export function resolve(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

const relsPartOf = (part: string) => part.replace(/([^/]*)$/, '_rels/$1.rels');

export interface PackageView {
  names: string[];
  text(name: string): string;
}

export function packageOf(bytes: Uint8Array): PackageView & { zip: ZipReader } {
  const zip = new ZipReader(bytes, (d) => zlib.inflateRawSync(d));
  const names = zip.names().filter((n) => !n.endsWith('/'));
  const folded = new Map(names.map((n) => [n.toLowerCase(), n]));
  // Part names are case-insensitive: a part is read by its name in any case.
  return { zip, names, text: (n) => new TextDecoder().decode(zip.read(folded.get(n.toLowerCase()) ?? n)) };
}

/** `asXlsx`: the package is saved as .xlsx, which Excel opens only when its workbook part has the ordinary type. */
export function checkPackage(bytes: Uint8Array, asXlsx = true): string[] {
  const pkg = packageOf(bytes);
  const out: string[] = [];
  const lower = new Map<string, string>();
  for (const n of pkg.names) {
    if (lower.has(n.toLowerCase())) out.push(`duplicate entry ${n}`);
    lower.set(n.toLowerCase(), n);
  }
  const has = (n: string) => lower.has(n.toLowerCase());
  const parsed = new Map<string, Element>();
  for (const n of pkg.names) {
    if (!/\.(xml|rels|vml)$/i.test(n)) continue;
    const r = parseStrict(pkg.text(n));
    if (typeof r === 'string') out.push(`${n}: not well-formed: ${r}`);
    else parsed.set(n, r);
  }
  // Content types: every part has one, no override names a missing part.
  const types = parsed.get('[Content_Types].xml');
  if (!types) return [...out, 'no [Content_Types].xml'];
  const defaults = new Set(types.children.filter((c) => c.name === 'Default').map((c) => c.attrs.Extension!.toLowerCase()));
  const overrides = new Set<string>();
  for (const o of types.children.filter((c) => c.name === 'Override')) {
    const name = o.attrs.PartName!.slice(1);
    if (overrides.has(name.toLowerCase())) out.push(`[Content_Types].xml: two overrides for ${name}`);
    overrides.add(name.toLowerCase());
    if (!has(name)) out.push(`[Content_Types].xml: override for missing part ${name}`);
  }
  const main = types.children.find((c) => c.name === 'Override' && c.attrs.PartName?.toLowerCase() === '/xl/workbook.xml')?.attrs.ContentType;
  if (asXlsx && main !== 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml') out.push(`xl/workbook.xml is ${main}: Excel refuses it in an .xlsx`);
  for (const n of pkg.names) {
    if (n === '[Content_Types].xml') continue;
    const ext = /\.([^./]*)$/.exec(n)?.[1]?.toLowerCase() ?? '';
    if (!overrides.has(n.toLowerCase()) && !defaults.has(ext)) out.push(`${n}: no content type`);
  }
  // Relationships: unique ids, every internal target present; every r:id a part uses is one of its own.
  const relIds = new Map<string, Set<string>>();
  for (const [n, el] of parsed) {
    if (!n.endsWith('.rels')) continue;
    const source = sourceOf(n);
    if (source && !has(source)) out.push(`${n}: relationships of a missing part`);
    const ids = new Set<string>();
    for (const r of el.children.filter((c) => c.name === 'Relationship')) {
      if (ids.has(r.attrs.Id!)) out.push(`${n}: relationship id ${r.attrs.Id} twice`);
      ids.add(r.attrs.Id!);
      if (r.attrs.TargetMode === 'External') continue;
      const target = resolve(source || 'x', decodeURI(r.attrs.Target!));
      if (!has(target)) out.push(`${n}: ${r.attrs.Id} leads to missing ${target}`);
    }
    relIds.set(source.toLowerCase(), ids);
  }
  for (const [n, el] of parsed) {
    if (n.endsWith('.rels')) continue;
    const ids = relIds.get(n.toLowerCase()) ?? new Set<string>();
    for (const e of walk(el)) for (const id of e.relAttrs) if (!ids.has(id)) out.push(`${n}: r:id ${id} on <${e.name}> is not among its relationships`);
  }
  out.push(...vmlDefects(pkg));
  // OPC part names are case-insensitive: look parts up as a reader does.
  const folded = new Map([...parsed].map(([n, el]) => [n.toLowerCase(), el]));
  out.push(...workbookDefects(pkg, folded));
  return out;
}

/**
 * Shape ids are unique in the workbook: every VML drawing numbers its shapes in the blocks of 1024
 * its <o:idmap> lists, and no two drawings list the same block.
 */
function vmlDefects(pkg: PackageView): string[] {
  const out: string[] = [];
  const owner = new Map<number, string>();
  for (const n of pkg.names.filter((x) => /\.vml$/i.test(x))) {
    const xml = pkg.text(n);
    const data = /<o:idmap\b[^>]*\bdata="([^"]*)"/.exec(xml)?.[1] ?? '';
    const blocks = new Set(data.split(',').map((b) => Number(b.trim())).filter((b) => b > 0));
    for (const b of blocks) {
      if (owner.has(b)) out.push(`${n}: shape block ${b} is also ${owner.get(b)}'s`);
      owner.set(b, n);
    }
    const ids = new Set<number>();
    for (const m of xml.matchAll(/<v:shape\b[^>]*?\b(?:o:spid|id)="_x0000_s(\d+)"/g)) {
      const id = Number(m[1]);
      if (ids.has(id)) out.push(`${n}: shape _x0000_s${id} twice`);
      ids.add(id);
      if (!blocks.has(Math.floor(id / 1024))) out.push(`${n}: shape _x0000_s${id} outside its blocks ${data}`);
    }
  }
  return out;
}

/** `parsed` keyed by lower-case part name. */
function workbookDefects(pkg: PackageView, parsed: Map<string, Element>): string[] {
  const out: string[] = [];
  const book = parsed.get('xl/workbook.xml');
  if (!book) return ['no xl/workbook.xml'];
  out.push(...orderDefects('xl/workbook.xml', book, WORKBOOK_ORDER));
  const sheets = book.children.find((c) => c.name === 'sheets')?.children ?? [];
  const names = new Set<string>();
  const sheetIds = new Set<string>();
  for (const s of sheets) {
    if (names.has(s.attrs.name!.toLowerCase())) out.push(`xl/workbook.xml: sheet name ${s.attrs.name} twice`);
    names.add(s.attrs.name!.toLowerCase());
    if (sheetIds.has(s.attrs.sheetId!)) out.push(`xl/workbook.xml: sheetId ${s.attrs.sheetId} twice`);
    sheetIds.add(s.attrs.sheetId!);
  }
  for (const d of book.children.find((c) => c.name === 'definedNames')?.children ?? []) {
    const local = d.attrs.localSheetId;
    if (local !== undefined && !(Number(local) < sheets.length)) out.push(`xl/workbook.xml: ${d.attrs.name} on sheet ${local} of ${sheets.length}`);
  }
  const view = book.children.find((c) => c.name === 'bookViews')?.children[0];
  const active = Number(view?.attrs.activeTab ?? 0);
  const activeSheet = sheets[active];
  if (!activeSheet) out.push(`xl/workbook.xml: activeTab ${active} of ${sheets.length}`);
  else if (activeSheet.attrs.state && activeSheet.attrs.state !== 'visible') out.push(`xl/workbook.xml: the active tab ${activeSheet.attrs.name} is ${activeSheet.attrs.state}`);
  if (Number(view?.attrs.firstSheet ?? 0) >= sheets.length) out.push('xl/workbook.xml: firstSheet past the last sheet');
  if (!sheets.some((s) => (s.attrs.state ?? 'visible') === 'visible')) out.push('xl/workbook.xml: no visible sheet');
  // Every worksheet: schema order, its views' order, one tab selected in all.
  const rels = parsed.get('xl/_rels/workbook.xml.rels');
  const targets = new Map((rels?.children ?? []).map((r) => [r.attrs.Id!, resolve('xl/workbook.xml', r.attrs.Target!)]));
  let selected = 0;
  sheets.forEach((s, i) => {
    const part = targets.get(s.relAttrs[0] ?? '');
    const ws = part ? parsed.get(part.toLowerCase()) : undefined;
    if (!part || !ws) {
      out.push(`xl/workbook.xml: sheet ${s.attrs.name} has no worksheet part`);
      return;
    }
    // Chart sheets have views (and a selected tab) too.
    for (const v of ws.children.find((c) => c.name === 'sheetViews')?.children ?? []) {
      if (v.attrs.tabSelected === '1' || v.attrs.tabSelected === 'true') {
        selected++;
        if (i !== active) out.push(`${part}: tab selected, but the active tab is ${active}`);
      }
      if (ws.name === 'worksheet') out.push(...orderDefects(`${part} sheetView`, v, SHEET_VIEW_ORDER));
    }
    if (ws.name !== 'worksheet') return;
    out.push(...orderDefects(part, ws, WORKSHEET_ORDER));
    const legacy = ws.children.find((c) => c.name === 'legacyDrawing');
    const sheetRels = parsed.get(relsPartOf(part).toLowerCase());
    const comments = (sheetRels?.children ?? []).filter((r) => r.attrs.Type?.endsWith('/comments'));
    if (comments.length > 1) out.push(`${part}: ${comments.length} comments parts`);
    if (comments.length && !legacy) out.push(`${part}: notes without a <legacyDrawing> to show them`);
    if (legacy) {
      const rel = (sheetRels?.children ?? []).find((r) => r.attrs.Id === legacy.relAttrs[0]);
      if (!rel?.attrs.Type?.endsWith('/vmlDrawing')) out.push(`${part}: <legacyDrawing> names no VML drawing`);
    }
  });
  if (selected > 1) out.push(`${selected} tabs selected`);
  void pkg;
  void MAIN;
  return out;
}
