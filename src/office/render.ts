import { columnName, qualified } from '../core/address';
import type { CellStyle, ModelCell, SheetModel } from '../core/sheet-model';
import { chunkAddresses, rectAddress, rectangles } from './areas';
import type { CellPos, Rect } from './areas';
import { hexColor } from './look';
import { OP_BYTES, REQUEST_BUDGET, wireBytes } from './payload';
import { asText } from './text';

/** One piece of a sheet's rendering: what it weighs in a request, and how to queue it. */
export interface Step {
  bytes: number;
  queue(ctx: Excel.RequestContext): void;
}

type Formula = string | number;

/** Excel refuses a string argument over 255 characters inside a formula. */
const FORMULA_TEXT_MAX = 255;

function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** What goes into Range.formulas for one model cell: a HYPERLINK formula, a number, or text kept as text. */
export function cellInput(cell: ModelCell | null | undefined): Formula {
  if (!cell || cell.value === null) return '';
  if (cell.link) {
    const friendly = typeof cell.value === 'number' ? String(cell.value) : formulaString(cell.value);
    if (typeof cell.value === 'number' || cell.value.length <= FORMULA_TEXT_MAX) {
      return `=HYPERLINK(${formulaString(`#${qualified(cell.link.sheet, cell.link.cell)}`)},${friendly})`;
    }
  }
  if (typeof cell.value === 'number') return cell.value;
  return asText(fitCell(cell.value));
}

/** Excel refuses more than 32,767 characters in a cell; a task's joined rows can exceed that. */
export const CELL_TEXT_MAX = 32767;

function fitCell(text: string): string {
  return text.length <= CELL_TEXT_MAX - 1 ? text : `${text.slice(0, CELL_TEXT_MAX - 2)}…`;
}

/** Excel character units to the points Office.js takes (the default font's digit is 7 px wide, plus padding). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.fill) format.fill.color = hexColor(style.fill);
  if (style.fontColor) format.font.color = hexColor(style.fontColor);
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.border) {
    for (const edge of EDGES) format.borders.getItem(edge).style = 'Continuous';
  }
}

/** "&L左&C中&R右" → the three parts; text with no section code goes in the centre. */
export function footerParts(code: string): { left: string; center: string; right: string } {
  const parts = { left: '', center: '', right: '' };
  if (!/&[LCR]/.test(code)) return { ...parts, center: code };
  for (const m of code.matchAll(/&([LCR])((?:(?!&[LCR]).)*)/g)) {
    const key = m[1] === 'L' ? 'left' : m[1] === 'R' ? 'right' : 'center';
    parts[key] = m[2] ?? '';
  }
  return parts;
}

function sheetOf(ctx: Excel.RequestContext, name: string): Excel.Worksheet {
  return ctx.workbook.worksheets.getItem(name);
}

/** Row blocks of the values, each light enough to share a request with others. */
function valueSteps(name: string, model: SheetModel): Step[] {
  const width = model.rows.reduce((w, row) => Math.max(w, row.length), 0);
  if (width === 0 || model.rows.length === 0) return [];
  const steps: Step[] = [];
  const blockBudget = REQUEST_BUDGET / 2;
  let top = 0;
  let block: Formula[][] = [];
  let bytes = 0;
  const flush = (bottom: number) => {
    if (block.length === 0) return;
    const rows = block;
    const at = top;
    steps.push({
      bytes: bytes + OP_BYTES * 3,
      queue: (ctx) => {
        sheetOf(ctx, name).getRange(`A${at + 1}:${columnName(width - 1)}${bottom + 1}`).formulas = rows;
      },
    });
    top = bottom + 1;
    block = [];
    bytes = 0;
  };
  model.rows.forEach((row, r) => {
    const inputs = Array.from({ length: width }, (_, c) => cellInput(row[c]));
    const size = wireBytes(inputs);
    if (block.length > 0 && bytes + size > blockBudget) flush(r - 1);
    block.push(inputs);
    bytes += size;
  });
  flush(model.rows.length - 1);
  return steps;
}

function styleRects(model: SheetModel): Map<string, Rect[]> {
  const cells = new Map<string, CellPos[]>();
  model.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.style || !model.styles[cell.style]) return;
      const list = cells.get(cell.style) ?? [];
      list.push({ row: r, col: c });
      cells.set(cell.style, list);
    }),
  );
  return new Map([...cells].map(([key, list]) => [key, rectangles(list)]));
}

/** Formats, merges, sizes, panes, print setup and data bars: many small actions, one step. */
function layoutStep(name: string, model: SheetModel, layouts?: PrintLayouts): Step {
  const rects = styleRects(model);
  const styleChunks = [...rects].map(([key, list]) => ({ key, list, chunks: chunkAddresses(list.map(rectAddress)) }));
  const widths = sizeGroups(model.columnWidths.map((w) => (w > 0 ? w : null)), (from, to) => `${columnName(from)}:${columnName(to)}`);
  const heights = sizeGroups(model.rowHeights ?? [], (from, to) => `${from + 1}:${to + 1}`);
  let ops = 12 + model.merges.length * 2 + (model.dataBars?.length ?? 0) * 3;
  let chars = 0;
  for (const { chunks } of [...widths, ...heights]) {
    ops += chunks.length * 6;
    chars += chunks.reduce((n, c) => n + c.length, 0);
  }
  for (const { chunks, list, key } of styleChunks) {
    ops += chunks.length * 16;
    chars += chunks.reduce((n, c) => n + c.length, 0);
    if (model.styles[key]?.numberFormat) ops += list.length * 2;
  }
  return {
    bytes: ops * OP_BYTES + chars,
    queue: (ctx) => {
      const ws = sheetOf(ctx, name);
      for (const { key, list, chunks } of styleChunks) {
        const style = model.styles[key];
        if (!style) continue;
        for (const chunk of chunks) applyStyle(ws.getRanges(chunk).format, style);
        const numberFormat = style.numberFormat;
        if (numberFormat) {
          for (const rect of list) {
            const rows = rect.bottom - rect.top + 1;
            const cols = rect.right - rect.left + 1;
            ws.getRange(rectAddress(rect)).numberFormat = Array.from({ length: rows }, () => Array<string>(cols).fill(numberFormat));
          }
        }
      }
      for (const m of model.merges) ws.getRange(rectAddress(m)).merge(false);
      // One RangeAreas per width or height: a summary's rows take a handful of heights, not one call each.
      for (const { value, chunks } of widths) for (const chunk of chunks) ws.getRanges(chunk).format.columnWidth = widthPoints(value);
      for (const { value, chunks } of heights) for (const chunk of chunks) ws.getRanges(chunk).format.rowHeight = value;
      const freeze = model.freeze;
      if (freeze && freeze.rows > 0 && freeze.columns > 0) ws.freezePanes.freezeAt(`A1:${columnName(freeze.columns - 1)}${freeze.rows}`);
      else if (freeze && freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
      else if (freeze && freeze.columns > 0) ws.freezePanes.freezeColumns(freeze.columns);
      const print = model.print;
      if (print) {
        ws.pageLayout.paperSize = 'A4';
        ws.pageLayout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        // Both dimensions, the height automatic (0): width alone is reported not to apply in some
        // Windows builds (OfficeDev/office-js#1860) and leaves the height to chance.
        if (print.fitToWidth) {
          ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          // Read back in the same request, after the write: whether Excel took it costs no round trip.
          ws.pageLayout.load('zoom');
          layouts?.set(name, ws.pageLayout);
        }
        if (print.titleRows) ws.pageLayout.setPrintTitleRows(`$${print.titleRows[0]}:$${print.titleRows[1]}`);
        if (print.footer) {
          const parts = footerParts(print.footer);
          const footer = ws.pageLayout.headersFooters.defaultForAllPages;
          footer.leftFooter = parts.left;
          footer.centerFooter = parts.center;
          footer.rightFooter = parts.right;
        }
      }
      for (const bar of model.dataBars ?? []) {
        const cf = ws.getRange(bar.range).conditionalFormats.add('DataBar');
        cf.dataBar.positiveFormat.fillColor = hexColor(bar.color);
        // The cells hold ratios: a full bar means 100 %, not the best leader's figure.
        cf.dataBar.lowerBoundRule = { type: 'Number', formula: '0' };
        cf.dataBar.upperBoundRule = { type: 'Number', formula: '1' };
      }
    },
  };
}

/** Runs of columns or rows of one size, grouped by size, as address lists under the address limit. */
function sizeGroups(values: readonly (number | null)[], address: (from: number, to: number) => string): { value: number; chunks: string[] }[] {
  const bySize = new Map<number, string[]>();
  for (const { from, to, value } of runsOfEqual(values)) {
    const list = bySize.get(value) ?? [];
    list.push(address(from, to));
    bySize.set(value, list);
  }
  return [...bySize].map(([value, list]) => ({ value, chunks: chunkAddresses(list) }));
}

function runsOfEqual(values: readonly (number | null)[]): { from: number; to: number; value: number }[] {
  const out: { from: number; to: number; value: number }[] = [];
  values.forEach((value, i) => {
    if (value === null || value === undefined) return;
    const last = out[out.length - 1];
    if (last && last.to === i - 1 && last.value === value) last.to = i;
    else out.push({ from: i, to: i, value });
  });
  return out;
}

/** Empties a sheet generated before so it can be written again, without deleting it. */
function resetStep(name: string): Step {
  return {
    bytes: OP_BYTES * 10,
    queue: (ctx) => {
      const ws = sheetOf(ctx, name);
      const all = ws.getRange();
      all.conditionalFormats.clearAll();
      all.clear('All');
      all.format.useStandardWidth = true;
      all.format.useStandardHeight = true;
      ws.freezePanes.unfreeze();
    },
  };
}

/** Everything that renders one model onto the sheet `name`, in order; a new sheet is added beforehand. */
export function renderSteps(name: string, model: SheetModel, reuse: boolean, layouts?: PrintLayouts): Step[] {
  return [...(reuse ? [resetStep(name)] : []), ...valueSteps(name, model), layoutStep(name, model, layouts)];
}

/** The page layouts set to fit one page wide, by sheet, loaded back after the write. */
export type PrintLayouts = Map<string, Excel.PageLayout>;

/** Whether a page layout read back prints one page wide with the height left automatic. */
export function fitsOnePageWide(layout: Excel.PageLayout): boolean {
  const zoom = layout.zoom;
  return zoom.horizontalFitToPages === 1 && !zoom.verticalFitToPages;
}

/** Packs steps, in order, into requests that each stay under the request budget. */
export function packSteps(steps: readonly Step[], budget = REQUEST_BUDGET): Step[][] {
  const requests: Step[][] = [];
  let current: Step[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > budget) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length) requests.push(current);
  return requests;
}
