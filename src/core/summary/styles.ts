import type { CellStyle, PrintSetup, SheetModel } from '../sheet-model';
import { lineCount, lineWidths, rowHeight } from './measure';
import type { StatusKey } from './types';

export const BODY_SIZE = 11;
export const TITLE_SIZE = 16;

/** Excel's own good / neutral / bad cell colours: familiar, and readable when printed in grey. */
const LIGHTS: Record<StatusKey, { fill?: string; fontColor?: string }> = {
  完成: { fill: 'FFC6EFCE', fontColor: 'FF006100' },
  部分完成: { fill: 'FFFFEB9C', fontColor: 'FF9C5700' },
  未完成: { fill: 'FFFFC7CE', fontColor: 'FF9C0006' },
  未标明: {},
};

export const STATUS_STYLE: Record<StatusKey, string> = {
  完成: 'status-done',
  部分完成: 'status-partial',
  未完成: 'status-undone',
  未标明: 'status-none',
};

export const LINK_COLOR = 'FF0563C1';
export const DATA_BAR_COLOR = 'FF63BE7B';

const cell: CellStyle = { size: BODY_SIZE, wrap: true, border: true, vertical: 'top', horizontal: 'left' };
const centered: CellStyle = { ...cell, horizontal: 'center', vertical: 'middle' };

/** Every style the summary sheets use; each sheet carries the whole set so hosts need no lookup elsewhere. */
export const SUMMARY_STYLES: Record<string, CellStyle> = {
  title: { bold: true, size: TITLE_SIZE, horizontal: 'center', vertical: 'middle', wrap: true },
  subtitle: { size: BODY_SIZE, horizontal: 'left', vertical: 'middle', wrap: true },
  header: { ...centered, bold: true, fill: 'FFD9E1F2' },
  text: cell,
  center: centered,
  number: { ...centered, numberFormat: '0' },
  percent: { ...centered, numberFormat: '0.0%' },
  link: { ...centered, fontColor: LINK_COLOR },
  'link-left': { ...cell, vertical: 'middle', fontColor: LINK_COLOR },
  total: { ...centered, bold: true, fill: 'FFF2F2F2' },
  'total-left': { ...cell, vertical: 'middle', bold: true, fill: 'FFF2F2F2' },
  'total-percent': { ...centered, bold: true, fill: 'FFF2F2F2', numberFormat: '0.0%' },
  ...Object.fromEntries(
    (Object.keys(STATUS_STYLE) as StatusKey[]).map((k) => [STATUS_STYLE[k], { ...centered, bold: true, ...LIGHTS[k] }]),
  ),
};

/** A4 landscape, one page wide, title and header repeated, page numbers in the footer. */
export function printSetup(headerRows: number): PrintSetup {
  return {
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    titleRows: [1, headerRows],
    footer: '&C第 &P 页 共 &N 页',
  };
}

/** The title and counts rows, each merged across every column of the sheet. */
export function bannerMerges(lastCol: number): SheetModel['merges'] {
  return [
    { top: 0, left: 0, bottom: 0, right: lastCol },
    { top: 1, left: 0, bottom: 1, right: lastCol },
  ];
}

/** Heights of the title and counts rows, which span the whole width: merged cells never grow by themselves. */
export function bannerHeights(title: string, subtitle: string, columnWidths: readonly number[]): [number, number] {
  const total = columnWidths.reduce((a, b) => a + b, 0);
  // Wider glyphs at the title's size take proportionally more of the line.
  const titleLines = lineCount(lineWidths(title).map((w) => (w * TITLE_SIZE) / BODY_SIZE), total);
  return [rowHeight(titleLines, TITLE_SIZE) + 8, rowHeight(lineCount(lineWidths(subtitle), total), BODY_SIZE) + 4];
}
