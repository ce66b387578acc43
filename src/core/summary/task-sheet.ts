import type { ModelCell, SheetModel, SheetRole } from '../sheet-model';
import type { TaskRow } from './group';
import { fitWidth, lineCount, lineCount1, lineWidths, rowHeight, textWidth, widest } from './measure';
import { bannerHeights, bannerMerges, BODY_SIZE, printSetup, SUMMARY_STYLES } from './styles';

/** A column after the fixed ones (状态 and before): its header, its bounds and its text for a row. */
export interface ExtraColumn<T> {
  header: string;
  min: number;
  max: number;
  text: (item: T) => string;
  /** Line widths of the text, when already measured. */
  widths?: (item: T) => number[];
  /** Style key; wrapped left-aligned text by default. */
  style?: string;
}

export interface TaskSheetSpec<T> {
  name: string;
  role: SheetRole;
  title: string;
  countsLine: string;
  /** Header of the month target column, e.g. "9月份目标任务". */
  monthHeader: string;
  items: T[];
  row: (item: T) => TaskRow;
  extra: ExtraColumn<T>[];
}

const HEADER_ROW = 3;

/** Bounds of the fixed columns. The long texts wrap; together they stay readable when fitted to A4 landscape. */
const SEQ_WIDTH = 7;
const STATUS_WIDTH = 10;
const ANNUAL = { min: 14, max: 34 };
const MONTH = { min: 14, max: 30 };
const PROGRESS = { min: 16, max: 48 };

/**
 * Lines the three long texts of a task need at these column widths. Most sheets end up with the same
 * widths, so the answer is kept on the row for the next sheet the task appears on.
 */
function longTextLines(row: TaskRow, annualW: number, monthW: number, progressW: number): number {
  const key = annualW * 1e6 + monthW * 1e3 + progressW;
  if (row.lines?.key === key) return row.lines.count;
  const count = Math.max(
    lineCount(row.widths.annual, annualW),
    lineCount(row.widths.month, monthW),
    lineCount(row.widths.progress, progressW),
  );
  row.lines = { key, count };
  return count;
}

/**
 * A sheet listing tasks: title, a counts line, then 序号 (linked to the source row), 年度目标任务,
 * 月份目标任务, 完成情况, 状态 (with its light) and the extra columns.
 */
export function taskSheet<T>(spec: TaskSheetSpec<T>): SheetModel {
  const rows = spec.items.map(spec.row);
  const cols = spec.extra.length;
  // Flat per row × column: the extra columns' texts, their widest line and their line widths.
  const extraTexts: string[] = [];
  const extraWidest: number[] = [];
  const extraLines: (number[] | null)[] = [];
  spec.items.forEach((item) => {
    for (const col of spec.extra) {
      const text = col.text(item);
      const widths = col.widths ? col.widths(item) : text.includes('\n') ? lineWidths(text) : null;
      extraTexts.push(text);
      extraLines.push(widths);
      extraWidest.push(widths ? widest(widths) : textWidth(text));
    }
  });

  let annual = textWidth('年度目标任务');
  let month = textWidth(spec.monthHeader);
  let progress = textWidth('完成情况');
  for (const row of rows) {
    annual = Math.max(annual, widest(row.widths.annual));
    month = Math.max(month, widest(row.widths.month));
    progress = Math.max(progress, widest(row.widths.progress));
  }
  const extraFit = spec.extra.map((col, c) => {
    let w = textWidth(col.header);
    for (let i = c; i < extraWidest.length; i += cols) w = Math.max(w, extraWidest[i] ?? 0);
    return fitWidth(w, col.min, col.max);
  });
  const columnWidths = [
    SEQ_WIDTH,
    fitWidth(annual, ANNUAL.min, ANNUAL.max),
    fitWidth(month, MONTH.min, MONTH.max),
    fitWidth(progress, PROGRESS.min, PROGRESS.max),
    STATUS_WIDTH,
    ...extraFit,
  ];
  const [, annualW = 0, monthW = 0, progressW = 0] = columnWidths;
  const lastCol = columnWidths.length - 1;

  const headers = ['序号', '年度目标任务', spec.monthHeader, '完成情况', '状态', ...spec.extra.map((c) => c.header)];
  const sheetRows: (ModelCell | null)[][] = [
    [{ value: spec.title, style: 'title' }, ...Array<null>(lastCol).fill(null)],
    [{ value: spec.countsLine, style: 'subtitle' }, ...Array<null>(lastCol).fill(null)],
    headers.map((value) => ({ value, style: 'header' })),
  ];
  const heights: (number | null)[] = [
    ...bannerHeights(spec.title, spec.countsLine, columnWidths),
    rowHeight(1, BODY_SIZE) + 4,
  ];

  rows.forEach((row, r) => {
    let lines = longTextLines(row, annualW, monthW, progressW);
    const cells: ModelCell[] = row.cells.slice();
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const width = extraFit[c] ?? 10;
      const measured = extraLines[i];
      lines = Math.max(lines, measured ? lineCount(measured, width) : lineCount1(extraWidest[i] ?? 0, width));
      cells.push({ value: extraTexts[i] ?? '', style: spec.extra[c]?.style ?? 'text' });
    }
    sheetRows.push(cells);
    heights.push(rowHeight(lines, BODY_SIZE));
  });

  return {
    name: spec.name,
    role: spec.role,
    rows: sheetRows,
    styles: SUMMARY_STYLES,
    merges: bannerMerges(lastCol),
    columnWidths,
    rowHeights: heights,
    freeze: { rows: HEADER_ROW, columns: 0 },
    print: printSetup(HEADER_ROW),
  };
}
