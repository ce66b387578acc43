import type ExcelJS from 'exceljs';
import { qualified, toA1 } from '../core/address';
import type { CellLink, CellStyle, SheetModel } from '../core/sheet-model';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const LINK_COLOR = 'FF0563C1';

export function excelStyle(s: CellStyle | undefined, link: boolean): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (s?.bold) font.bold = true;
  if (s?.size) font.size = s.size;
  if (s?.fontColor) font.color = { argb: s.fontColor };
  if (link) {
    // A HYPERLINK() formula does not take the hyperlink look by itself.
    font.underline = true;
    if (!s?.fontColor) font.color = { argb: LINK_COLOR };
  }
  if (Object.keys(font).length) style.font = font;
  if (s?.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: s.fill } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s?.wrap) alignment.wrapText = true;
  if (s?.horizontal) alignment.horizontal = s.horizontal;
  if (s?.vertical) alignment.vertical = s.vertical;
  if (Object.keys(alignment).length) style.alignment = alignment;
  if (s?.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s?.numberFormat) style.numFmt = s.numberFormat;
  return style;
}

/** A string as a formula literal; formulas cap literals at 255 characters. */
function literal(text: string): string {
  return `"${text.slice(0, 255).replace(/"/g, '""')}"`;
}

/**
 * An in-workbook link as a HYPERLINK() formula with the display text as its cached result:
 * exceljs writes internal hyperlinks in a form Excel does not follow, while the formula works
 * everywhere and shows its text before any recalculation.
 */
export function linkValue(link: CellLink, value: string | number | null): ExcelJS.CellFormulaValue {
  const target = literal(`#${qualified(link.sheet, link.cell)}`);
  const shown = value === null ? '' : value;
  const friendly = typeof shown === 'number' ? String(shown) : literal(shown);
  const result = typeof shown === 'string' ? shown.slice(0, 255) : shown;
  return { formula: `HYPERLINK(${target},${friendly})`, result, date1904: false };
}

/** Draws a SheetModel on an empty worksheet: values, links, styles, merges, sizes, panes, print setup, data bars. */
export function renderSheet(ws: ExcelJS.Worksheet, model: SheetModel): void {
  const styleCache = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (key: string | undefined, link: boolean): Partial<ExcelJS.Style> => {
    const cacheKey = `${key ?? ''}\u0000${link ? 1 : 0}`;
    let s = styleCache.get(cacheKey);
    if (!s) {
      s = excelStyle(key === undefined ? undefined : model.styles[key], link);
      styleCache.set(cacheKey, s);
    }
    // Each cell gets its own copy: exceljs shares style objects by reference, and a later change to one cell would leak into others.
    return structuredClone(s);
  };

  model.columnWidths.forEach((w, i) => {
    // exceljs takes a width of exactly 9 for its default and leaves it out of the file, so Excel would show 8.43.
    ws.getColumn(i + 1).width = w === 9 ? 9.01 : w;
  });
  model.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (!cell) return;
      const xc = row.getCell(c + 1);
      xc.value = cell.link ? linkValue(cell.link, cell.value) : cell.value;
      const style = styleOf(cell.style, Boolean(cell.link));
      if (Object.keys(style).length) xc.style = style;
    });
    const h = model.rowHeights?.[r];
    if (h) row.height = h;
  });
  // After the styles: exceljs copies the top-left cell's style onto the covered cells, which keeps borders whole.
  for (const m of model.merges) {
    if (m.bottom > m.top || m.right > m.left) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  if (model.freeze && (model.freeze.rows > 0 || model.freeze.columns > 0)) {
    const { rows, columns } = model.freeze;
    ws.views = [{ state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell: toA1(rows, columns), activeCell: 'A1' }];
  }
  if (model.print) {
    const p = model.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9,
      orientation: p.orientation,
      fitToPage: p.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    };
    if (p.titleRows) ws.pageSetup.printTitlesRow = `${p.titleRows[0]}:${p.titleRows[1]}`;
    if (p.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: p.footer, evenFooter: p.footer };
  }
  for (const bar of model.dataBars ?? []) {
    // exceljs's typings omit the bar colour, which its writer does render.
    const rule = {
      type: 'dataBar',
      priority: 1,
      gradient: true,
      minLength: 0,
      maxLength: 100,
      cfvo: [
        { type: 'num', value: 0 },
        { type: 'num', value: 1 },
      ],
      color: { argb: bar.color },
    } as unknown as ExcelJS.DataBarRuleType;
    ws.addConditionalFormatting({ ref: bar.range, rules: [rule] });
  }
}
