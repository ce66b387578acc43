import { columnName } from '../core/address';
import type { CellStyle, SheetModel } from '../core/sheet-model';
import { cellInput, footerParts } from '../office/render';
import { bgrFromHex } from './colors';
import type { EtApplication, EtRange, EtWorksheet } from './om';
import { XL } from './om';
import type { CellPos } from './ranges';
import { unionAddresses } from './ranges';

/** Rows written per Formula call, as in reading: the window stays responsive on a large summary. */
const WRITE_ROWS = 2000;
const LINK_COLOR = 'FF0563C1';
const BORDER_COLOR = 'FF808080';

const HORIZONTAL = { left: XL.left, center: XL.center, right: XL.right } as const;
const VERTICAL = { top: XL.top, middle: XL.center, bottom: XL.bottom } as const;

/** Values and links in blocks of rows: links as HYPERLINK formulas, as the other hosts write them. */
function writeValues(ws: EtWorksheet, model: SheetModel): void {
  const width = Math.max(0, ...model.rows.map((r) => r.length));
  if (width === 0) return;
  for (let top = 0; top < model.rows.length; top += WRITE_ROWS) {
    const rows = model.rows.slice(top, top + WRITE_ROWS);
    const grid = rows.map((row) => Array.from({ length: width }, (_, c) => cellInput(row[c])));
    ws.Range(`A${top + 1}:${columnName(width - 1)}${top + rows.length}`).Formula = grid;
  }
}

function applyStyle(range: EtRange, style: CellStyle, link: boolean): void {
  const font = range.Font;
  if (style.bold !== undefined) font.Bold = style.bold;
  if (style.size !== undefined) font.Size = style.size;
  const fontColor = style.fontColor ?? (link ? LINK_COLOR : undefined);
  if (fontColor) font.Color = bgrFromHex(fontColor);
  if (link) font.Underline = XL.underlineSingle;
  if (style.fill) range.Interior.Color = bgrFromHex(style.fill);
  if (style.wrap !== undefined) range.WrapText = style.wrap;
  if (style.horizontal) range.HorizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) range.VerticalAlignment = VERTICAL[style.vertical];
  if (style.numberFormat) range.NumberFormat = style.numberFormat;
  if (style.border) {
    const borders = range.Borders;
    borders.LineStyle = XL.continuous;
    borders.Weight = XL.thin;
    borders.Color = bgrFromHex(BORDER_COLOR);
  }
}

/** Formats grouped by style into union ranges: a few calls per style, whatever the number of cells. */
function writeStyles(ws: EtWorksheet, model: SheetModel): void {
  const groups = new Map<string, { style: CellStyle; link: boolean; cells: CellPos[] }>();
  model.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const link = Boolean(cell.link);
      if (cell.style === undefined && !link) return;
      const key = `${cell.style ?? ''}\u0000${link ? 1 : 0}`;
      let group = groups.get(key);
      if (!group) {
        group = { style: (cell.style !== undefined ? model.styles[cell.style] : undefined) ?? {}, link, cells: [] };
        groups.set(key, group);
      }
      group.cells.push({ row: r, col: c });
    }),
  );
  for (const { style, link, cells } of groups.values()) {
    for (const address of unionAddresses(cells)) applyStyle(ws.Range(address), style, link);
  }
}

/** Sizes grouped by value: one union of columns (or rows) per distinct width (or height). */
function writeSizes(ws: EtWorksheet, model: SheetModel): void {
  const widths = new Map<number, string[]>();
  model.columnWidths.forEach((w, c) => {
    const list = widths.get(w) ?? [];
    list.push(`${columnName(c)}:${columnName(c)}`);
    widths.set(w, list);
  });
  for (const [w, cols] of widths) for (const address of chunk(cols)) ws.Range(address).ColumnWidth = w;
  const heights = new Map<number, string[]>();
  (model.rowHeights ?? []).forEach((h, r) => {
    if (!h) return;
    const list = heights.get(h) ?? [];
    list.push(`${r + 1}:${r + 1}`);
    heights.set(h, list);
  });
  for (const [h, rows] of heights) for (const address of chunk(rows)) ws.Range(address).RowHeight = h;
}

function chunk(parts: readonly string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const p of parts) {
    if (current && current.length + 1 + p.length > 254) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${p}` : p;
  }
  if (current) out.push(current);
  return out;
}

function writeMerges(ws: EtWorksheet, model: SheetModel): void {
  for (const m of model.merges) {
    if (m.bottom === m.top && m.right === m.left) continue;
    ws.Range(`${columnName(m.left)}${m.top + 1}:${columnName(m.right)}${m.bottom + 1}`).Merge();
  }
}

function writePrint(ws: EtWorksheet, model: SheetModel): void {
  const p = model.print;
  if (!p) return;
  const setup = ws.PageSetup;
  setup.PaperSize = XL.paperA4;
  setup.Orientation = p.orientation === 'landscape' ? XL.landscape : XL.portrait;
  if (p.fitToWidth) {
    // Zoom off, one page wide, as many pages tall as it takes.
    setup.Zoom = false;
    setup.FitToPagesWide = 1;
    setup.FitToPagesTall = false;
  }
  setup.CenterHorizontally = true;
  if (p.titleRows) setup.PrintTitleRows = `$${p.titleRows[0]}:$${p.titleRows[1]}`;
  if (p.footer) {
    const parts = footerParts(p.footer);
    setup.LeftFooter = parts.left;
    setup.CenterFooter = parts.center;
    setup.RightFooter = parts.right;
  }
}

function writeDataBars(ws: EtWorksheet, model: SheetModel): void {
  for (const bar of model.dataBars ?? []) {
    const databar = ws.Range(bar.range).FormatConditions.AddDatabar();
    databar.MinPoint.Modify(XL.conditionNumber, 0);
    databar.MaxPoint.Modify(XL.conditionNumber, 1);
    databar.BarColor.Color = bgrFromHex(bar.color);
  }
}

/** Freezing panes works on the active window: the sheet is activated for it (the caller puts the user's sheet back). */
function writeFreeze(app: EtApplication, ws: EtWorksheet, model: SheetModel): void {
  const freeze = model.freeze;
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) return;
  ws.Activate();
  const window = app.ActiveWindow;
  if (!window) return;
  window.FreezePanes = false;
  window.SplitRow = freeze.rows;
  window.SplitColumn = freeze.columns;
  window.FreezePanes = true;
}

/** Draws a model on an empty worksheet: values, links, formats, merges, sizes, panes, print setup, data bars. */
export function renderSheet(app: EtApplication, ws: EtWorksheet, model: SheetModel): void {
  writeValues(ws, model);
  writeStyles(ws, model);
  writeMerges(ws, model);
  writeSizes(ws, model);
  writeDataBars(ws, model);
  writePrint(ws, model);
  writeFreeze(app, ws, model);
}

/** A reused sheet emptied of a previous summary: contents, formats, merges and data bars. */
export function clearSheet(ws: EtWorksheet): void {
  const cells = ws.Cells;
  cells.UnMerge();
  cells.Clear();
}
