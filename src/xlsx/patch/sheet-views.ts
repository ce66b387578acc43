import { toA1 } from '../../core/address';
import { parseMergeRef } from '../merge-clip';
import { tagEnd, textOf } from '../xml-text';
import { attrsXml, readAttrs, withAttr } from './cell-xml';
import { opensAt, type Element, type SheetIndex, type Splice } from './sheet-index';

/**
 * The parts of a worksheet around its cells that an edit touches: the first sheet view (active
 * cell, selected tab), the <legacyDrawing> that holds its notes, and the <dimension>. Each change is
 * a splice of the original text, with new elements placed in the schema's order.
 */

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** CT_Worksheet's children in schema order. */
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios',
  'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations',
  'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches',
  'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems',
  'tableParts', 'extLst',
];

/** Where a new top-level element goes: before the first element that follows it in the schema, or before the root's end. */
function insertPoint(index: SheetIndex, name: string): number {
  const rank = WORKSHEET_ORDER.indexOf(name);
  for (const e of index.topLevel()) {
    if (WORKSHEET_ORDER.indexOf(e.name) > rank) return e.start;
  }
  return index.xml.lastIndexOf(`</${index.p}worksheet`);
}

/** The first <sheetView>: where it lies and where its start tag ends. */
function sheetView(index: SheetIndex): { at: number; gt: number; end: number } | null {
  const views = index.element('sheetViews');
  if (!views) return null;
  const xml = index.xml;
  const name = `${index.p}sheetView`;
  let at = xml.indexOf(`<${name}`, views.gt);
  while (at !== -1 && at < views.end && !opensAt(xml, at, name)) at = xml.indexOf(`<${name}`, at + 1);
  if (at === -1 || at >= views.end) return null;
  const gt = tagEnd(xml, at);
  const end = xml.charCodeAt(gt - 1) === 0x2f ? gt + 1 : xml.indexOf(`</${name}>`, gt) + name.length + 3;
  return { at, gt, end };
}

/**
 * The first sheet view with the tab selected or not (undefined: as it is) and the cell active
 * (undefined: as it is); a sheet without views gets one. Null when nothing changes.
 */
export function viewSplice(index: SheetIndex, tabSelected: boolean | undefined, selection: string | undefined): Splice | null {
  if (tabSelected === undefined && selection === undefined) return null;
  const view = sheetView(index);
  const p = index.p;
  const xml = index.xml;
  if (!view) {
    if (!tabSelected && selection === undefined) return null;
    const tab = tabSelected ? ' tabSelected="1"' : '';
    const sel = selection ? `<${p}selection activeCell="${selection}" sqref="${selection}"/>` : '';
    const text = `<${p}sheetViews><${p}sheetView${tab} workbookViewId="0"${sel ? `>${sel}</${p}sheetView>` : '/>'}</${p}sheetViews>`;
    const at = insertPoint(index, 'sheetViews');
    return { start: at, end: at, text, order: 0 };
  }
  let attrs = readAttrs(xml, view.at + 1 + p.length + 'sheetView'.length, view.gt);
  if (tabSelected !== undefined) attrs = withAttr(attrs, 'tabSelected', tabSelected ? '1' : undefined);
  const selfClosing = xml.charCodeAt(view.gt - 1) === 0x2f;
  let inner = selfClosing ? '' : xml.slice(view.gt + 1, view.end - `</${p}sheetView>`.length);
  if (selection !== undefined) inner = withSelection(inner, selection, p);
  const name = `${p}sheetView`;
  return { start: view.at, end: view.end, text: inner ? `<${name}${attrsXml(attrs)}>${inner}</${name}>` : `<${name}${attrsXml(attrs)}/>`, order: 0 };
}

/** Prefixes the root declares for the relationships namespace. */
function relPrefixes(index: SheetIndex): string[] {
  const out: string[] = [];
  for (const a of index.rootAttrs()) if (a.name.startsWith('xmlns:') && textOf(a.raw) === REL_NS) out.push(a.name.slice(6));
  return out;
}

/** The relationship id of the sheet's <legacyDrawing> (the drawing that holds its notes), or null. */
export function legacyDrawingOf(index: SheetIndex): string | null {
  const el = index.element('legacyDrawing');
  if (!el) return null;
  const prefixes = relPrefixes(index);
  for (const a of readAttrs(index.xml, el.start + 1 + index.p.length + 'legacyDrawing'.length, el.gt)) {
    if (/^[^:]+:id$/.test(a.name) && prefixes.includes(a.name.slice(0, -3))) return textOf(a.raw);
  }
  return null;
}

/**
 * The <legacyDrawing> set to the relationship rId, or removed (null); the relationships namespace
 * declared on the root when the sheet has none.
 */
export function drawingSplices(index: SheetIndex, rId: string | null): Splice[] {
  const out: Splice[] = [];
  const el: Element | undefined = index.element('legacyDrawing');
  if (rId === null) {
    if (el) out.push({ start: el.start, end: el.end, text: '', order: 0 });
    return out;
  }
  let prefix = relPrefixes(index)[0];
  if (prefix === undefined) {
    const taken = new Set(index.rootAttrs().map((a) => a.name));
    prefix = 'r';
    for (let i = 1; taken.has(`xmlns:${prefix}`); i++) prefix = `r${i}`;
    const at = index.xml.charCodeAt(index.rootGt - 1) === 0x2f ? index.rootGt - 1 : index.rootGt;
    out.push({ start: at, end: at, text: ` xmlns:${prefix}="${REL_NS}"`, order: 0 });
  }
  const text = `<${index.p}legacyDrawing ${prefix}:id="${rId.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"/>`;
  const at = el ? el.start : insertPoint(index, 'legacyDrawing');
  out.push({ start: at, end: el ? el.end : at, text, order: 0 });
  return out;
}

/** The <dimension> (the used range, which some readers trust) widened to new cells, by row number (1-based) then column (0-based); null when it holds them. */
export function dimensionSplice(index: SheetIndex, newCells: ReadonlyMap<number, ReadonlyMap<number, unknown>>): Splice | null {
  const el = index.element('dimension');
  if (!newCells.size || !el) return null;
  const attrs = readAttrs(index.xml, el.start + 1 + index.p.length + 'dimension'.length, el.gt);
  const ref = attrs.find((a) => a.name === 'ref')?.raw;
  const area = ref === undefined ? null : parseMergeRef(ref);
  if (!area) return null;
  let { top, left, bottom, right } = area;
  for (const [n, cols] of newCells) {
    top = Math.min(top, n - 1);
    bottom = Math.max(bottom, n - 1);
    for (const col of cols.keys()) {
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
  }
  if (top === area.top && left === area.left && bottom === area.bottom && right === area.right) return null;
  return { start: el.start, end: el.end, text: `<${index.p}dimension${attrsXml(withAttr(attrs, 'ref', `${toA1(top, left)}:${toA1(bottom, right)}`))}/>`, order: 0 };
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
