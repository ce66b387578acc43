import { columnName, qualified, toA1 } from '../../core/address';
import type { ModelCell, SheetModel } from '../../core/sheet-model';
import { escapeForPackage } from '../exact-text';

/**
 * A SheetModel as a complete worksheet part, with the content render.ts renderSheet gives it through
 * exceljs: values (strings inline), links as HYPERLINK() formulas with their text cached, formats,
 * merges, column widths, row heights, frozen panes, print setup and data bars, in schema order.
 * Built as a list of string pieces joined once, so a sheet of any size costs its text and no more.
 */

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const ROOT =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
/** Excel's limit on a string literal in a formula. */
const LITERAL_MAX = 255;
const A4 = 9;

export type StyleOf = (key: string | undefined, link: boolean) => number;

const SPECIAL = /[&<>]/;

function escapeText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/**
 * Text that an inline string cannot carry so that every reader reads it alike: control characters
 * other than tab, line feed and carriage return, and literal "_xHHHH_" escapes. Excel decodes such
 * escapes in inline strings, exceljs and the fast reader only in shared strings; the empty string
 * reads as no value at all from an inline string. These go to the shared strings when the caller keeps them.
 */
// Control characters are exactly what this pattern looks for.
// eslint-disable-next-line no-control-regex
const NOT_INLINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/;

/** The index of a shared string (<si>) holding exactly this text, written escaped as exact-text.ts escapeForPackage does. */
export type SharedString = (text: string) => number;

/** Text as character data: a carriage return as a character reference, which every XML reader keeps (a literal one becomes a line feed). */
function xmlText(text: string): string {
  const escaped = escapeText(text);
  return escaped.indexOf('\r') === -1 ? escaped : escaped.replace(/\r/g, '&#13;');
}

/** A string cell's type and content: inline where every reader reads it alike, else shared (or, with no shared strings, Excel's escapes). */
function stringContent(text: string, shared: SharedString | undefined): string {
  if (shared && (text === '' || NOT_INLINE.test(text))) return ` t="s"><v>${shared(text)}</v>`;
  const space = /^[ \t\n\r]|[ \t\n\r]$|[\n\r]/.test(text) ? ' xml:space="preserve"' : '';
  const body = NOT_INLINE.test(text) ? escapeText(escapeForPackage(text)) : xmlText(text);
  return ` t="inlineStr"><is><t${space}>${body}</t></is>`;
}

function literal(text: string): string {
  return `"${text.slice(0, LITERAL_MAX).replace(/"/g, '""')}"`;
}

/** A link as render.ts linkValue writes it: HYPERLINK("#'sheet'!cell", text) with the text as its cached result. */
function linkCell(ref: string, s: string, cell: ModelCell): string {
  const link = cell.link as NonNullable<ModelCell['link']>;
  const target = literal(`#${qualified(link.sheet, link.cell)}`);
  const shown = cell.value === null ? '' : cell.value;
  const friendly = typeof shown === 'number' ? String(shown) : literal(shown);
  const formula = `<f>${escapeText(`HYPERLINK(${target},${friendly})`)}</f>`;
  if (typeof shown === 'number') return `<c r="${ref}"${s}>${formula}<v>${shown}</v></c>`;
  return `<c r="${ref}"${s} t="str">${formula}<v>${xmlText(shown.slice(0, LITERAL_MAX))}</v></c>`;
}

function cellXml(ref: string, xf: number, cell: ModelCell | null, shared: SharedString | undefined): string {
  const s = xf ? ` s="${xf}"` : '';
  if (cell?.link) return linkCell(ref, s, cell);
  const value = cell ? cell.value : null;
  if (typeof value === 'string') return `<c r="${ref}"${s}${stringContent(value, shared)}</c>`;
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return xf ? `<c r="${ref}"${s}/>` : '';
}

/** Covered cells of each merge, by row then column, with the format of the merge's first cell (exceljs copies it onto them). */
function coveredCells(model: SheetModel, xfOf: (cell: ModelCell | null | undefined) => number): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  for (const m of model.merges) {
    if (m.bottom <= m.top && m.right <= m.left) continue;
    const xf = xfOf(model.rows[m.top]?.[m.left]);
    for (let r = m.top; r <= m.bottom; r++) {
      let row = out.get(r);
      if (!row) out.set(r, (row = new Map()));
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) row.set(c, xf);
    }
  }
  return out;
}

const COLUMN_NAMES: string[] = [];

/** Column letters, each made once. */
function columnAt(c: number): string {
  return (COLUMN_NAMES[c] ??= columnName(c));
}

interface Extent {
  rows: number;
  cols: number;
}

function sheetData(model: SheetModel, xfOf: (cell: ModelCell | null | undefined) => number, shared: SharedString | undefined, out: string[]): Extent {
  const covered = coveredCells(model, xfOf);
  const heights = model.rowHeights ?? [];
  // As render.ts: heights only of the model's rows.
  let last = model.rows.length;
  for (const r of covered.keys()) last = Math.max(last, r + 1);
  const extent: Extent = { rows: 0, cols: 0 };
  out.push('<sheetData>');
  for (let r = 0; r < last; r++) {
    const cells = model.rows[r] ?? [];
    const cover = covered.get(r);
    let width = cells.length;
    if (cover) for (const c of cover.keys()) width = Math.max(width, c + 1);
    let row = '';
    for (let c = 0; c < width; c++) {
      const ref = columnAt(c) + (r + 1);
      const xml = cover?.has(c) ? cellXml(ref, cover.get(c) as number, null, shared) : cellXml(ref, xfOf(cells[c]), cells[c] ?? null, shared);
      if (!xml) continue;
      row += xml;
      extent.cols = Math.max(extent.cols, c + 1);
    }
    const h = r < model.rows.length ? heights[r] : null;
    if (!row && !h) continue;
    extent.rows = r + 1;
    const ht = h ? ` ht="${h}" customHeight="1"` : '';
    out.push(row ? `<row r="${r + 1}"${ht}>${row}</row>` : `<row r="${r + 1}"${ht}/>`);
  }
  out.push('</sheetData>');
  return extent;
}

function sheetViews(model: SheetModel): string {
  const f = model.freeze;
  if (!f || (f.rows <= 0 && f.columns <= 0)) return '';
  const pane = f.rows > 0 && f.columns > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
  const x = f.columns > 0 ? ` xSplit="${f.columns}"` : '';
  const y = f.rows > 0 ? ` ySplit="${f.rows}"` : '';
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${x}${y} topLeftCell="${toA1(Math.max(f.rows, 0), Math.max(f.columns, 0))}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="A1" sqref="A1"/></sheetView></sheetViews>`
  );
}

/** Column widths, runs of equal widths as one <col>. exceljs leaves a width of exactly 9 out of the file, so the exceljs path writes 9.01; so does this one, so that both agree and a later save by exceljs keeps it. */
function cols(model: SheetModel): string {
  const widths = model.columnWidths.map((w) => (w === 9 ? 9.01 : w));
  const out: string[] = [];
  for (let i = 0; i < widths.length; ) {
    const w = widths[i] as number;
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === w) j++;
    if (w > 0) out.push(`<col min="${i + 1}" max="${j + 1}" width="${w}" customWidth="1"/>`);
    i = j + 1;
  }
  return out.length ? `<cols>${out.join('')}</cols>` : '';
}

function mergeCells(model: SheetModel): string {
  const refs = model.merges.filter((m) => m.bottom > m.top || m.right > m.left).map((m) => `<mergeCell ref="${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}"/>`);
  return refs.length ? `<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>` : '';
}

/** Data bars over 0–1 ratios, as render.ts asks exceljs for them. */
function dataBars(model: SheetModel): string {
  return (model.dataBars ?? [])
    .map(
      (bar) =>
        `<conditionalFormatting sqref="${escapeAttr(bar.range)}"><cfRule type="dataBar" priority="1"><dataBar>` +
        `<cfvo type="num" val="0"/><cfvo type="num" val="1"/><color rgb="${escapeAttr(bar.color)}"/></dataBar></cfRule></conditionalFormatting>`,
    )
    .join('');
}

function printSetup(model: SheetModel): string {
  const p = model.print;
  // Excel's default margins, which it always writes (and exceljs too).
  if (!p) return '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const footer = p.footer ? `<headerFooter><oddFooter>${escapeText(p.footer)}</oddFooter><evenFooter>${escapeText(p.footer)}</evenFooter></headerFooter>` : '';
  return (
    '<printOptions horizontalCentered="1"/><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.7" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="${A4}" orientation="${p.orientation}" fitToWidth="1" fitToHeight="0"/>${footer}`
  );
}

/** The `_xlnm.Print_Titles` value for the model's title rows, e.g. 'Sheet'!$1:$3; null when it has none. */
function printTitles(model: SheetModel): string | null {
  const rows = model.print?.titleRows;
  return rows ? `${qualified(model.name, '')}$${rows[0]}:$${rows[1]}` : null;
}

/** The worksheet part for a model; `style` gives the xf of a model style key (and whether the cell is a link), `shared` keeps the strings an inline string cannot carry. */
export function renderSheetXml(model: SheetModel, style: StyleOf, shared?: SharedString): { xml: string; printTitles: string | null } {
  const plain = new Map<string | undefined, number>();
  const linked = new Map<string | undefined, number>();
  const xfOf = (cell: ModelCell | null | undefined): number => {
    if (!cell) return 0;
    const cache = cell.link ? linked : plain;
    let xf = cache.get(cell.style);
    if (xf === undefined) {
      xf = style(cell.style, Boolean(cell.link));
      cache.set(cell.style, xf);
    }
    return xf;
  };
  const data: string[] = [];
  const extent = sheetData(model, xfOf, shared, data);
  const dimension = extent.rows && extent.cols ? `A1:${toA1(extent.rows - 1, extent.cols - 1)}` : 'A1';
  const head = [
    DECL,
    ROOT,
    model.print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
    `<dimension ref="${dimension}"/>`,
    sheetViews(model),
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols(model),
  ];
  const tail = [mergeCells(model), dataBars(model), printSetup(model), '</worksheet>'];
  return { xml: head.concat(data, tail).join(''), printTitles: printTitles(model) };
}

/** The ledger sheet: one stored chunk a row in column A, as inline strings. */
export function ledgerSheetXml(chunks: readonly string[], shared?: SharedString): string {
  const rows = chunks.map((chunk, i) => `<row r="${i + 1}"><c r="A${i + 1}"${stringContent(chunk, shared)}</c></row>`);
  const dimension = chunks.length ? `A1:A${chunks.length}` : 'A1';
  const data = rows.length ? `<sheetData>${rows.join('')}</sheetData>` : '<sheetData/>';
  return `${DECL}${ROOT}<dimension ref="${dimension}"/><sheetFormatPr defaultRowHeight="15"/>${data}</worksheet>`;
}
