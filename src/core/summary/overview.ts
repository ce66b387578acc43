import { columnName } from '../address';
import type { ModelCell, SheetModel } from '../sheet-model';
import { countsLine, unfinishedText } from './figures';
import { changeText } from './history';
import { fitWidth, lineCount, lineWidths, rowHeight, textWidth, widest } from './measure';
import { bannerHeights, bannerMerges, BODY_SIZE, DATA_BAR_COLOR, printSetup, SUMMARY_STYLES } from './styles';
import type { SeqRef, StatusCounts } from './types';

/** One row of an overview: a name (linked to its sheet when it has one) and its figures. */
export interface OverviewLine {
  label: string;
  sheet: string | null;
  counts: StatusCounts;
  unfinished: SeqRef[];
  partial: SeqRef[];
  /** Last month's completion rate, when last month's report was compared and had this line. */
  previousRate?: number;
}

export interface OverviewSpec {
  name: string;
  title: string;
  /** Header of the first column, e.g. 分管领导. */
  nameHeader: string;
  /** Header of the count column, e.g. 分管事项. */
  totalHeader: string;
  lines: OverviewLine[];
  /** Rows after the data bar's range, e.g. 未指定分管领导. */
  extraLines: OverviewLine[];
  total: OverviewLine;
  /** Show a 未标明 column: some tasks have no status. */
  showNoStatus: boolean;
  /** Show 上月完成率 and 变化: last month's report was compared. */
  showPrevious?: boolean;
}

const HEADER_ROW = 3;

/** 分管领导汇总: one row per leader, then the total row in which every task counts once. */
export function overviewSheet(spec: OverviewSpec): SheetModel {
  const statusHeaders = ['完成', '部分完成', '未完成', ...(spec.showNoStatus ? ['未标明'] : [])];
  const previousHeaders = spec.showPrevious ? ['上月完成率', '变化'] : [];
  const headers = [spec.nameHeader, spec.totalHeader, ...statusHeaders, '完成率', ...previousHeaders, '未完成/部分完成事项序号'];
  const rateCol = 2 + statusHeaders.length;
  const seqCol = headers.length - 1;
  const lastCol = headers.length - 1;

  const all = [...spec.lines, ...spec.extraLines, spec.total];
  const seqTexts = all.map((line) => unfinishedText(line.unfinished, line.partial));
  let nameWidth = textWidth(spec.nameHeader);
  for (const line of all) nameWidth = Math.max(nameWidth, textWidth(line.label));
  let seqWidth = textWidth(headers[seqCol] ?? '');
  for (const text of seqTexts) seqWidth = Math.max(seqWidth, widest(lineWidths(text)));
  const columnWidths = [
    fitWidth(nameWidth, 12, 30),
    fitWidth(textWidth(spec.totalHeader), 10, 12),
    ...statusHeaders.map(() => 10),
    10,
    ...(spec.showPrevious ? [10, 14] : []),
    fitWidth(seqWidth, 26, 60),
  ];
  const seqW = columnWidths[seqCol] ?? 26;

  const counts = spec.total.counts;
  const rows: (ModelCell | null)[][] = [
    [{ value: spec.title, style: 'title' }, ...Array<null>(lastCol).fill(null)],
    [{ value: countsLine(counts), style: 'subtitle' }, ...Array<null>(lastCol).fill(null)],
    headers.map((value) => ({ value, style: 'header' })),
  ];
  const heights: (number | null)[] = [...bannerHeights(spec.title, countsLine(counts), columnWidths), rowHeight(1, BODY_SIZE) + 4];

  all.forEach((line, i) => {
    const isTotal = line === spec.total;
    const plain = isTotal ? 'total' : 'number';
    const nameCell: ModelCell = { value: line.label, style: isTotal ? 'total-left' : line.sheet ? 'link-left' : 'text' };
    if (line.sheet) nameCell.link = { sheet: line.sheet, cell: 'A1' };
    const seqText = seqTexts[i] ?? '';
    rows.push([
      nameCell,
      { value: line.counts.total, style: plain },
      { value: line.counts.完成, style: plain },
      { value: line.counts.部分完成, style: plain },
      { value: line.counts.未完成, style: plain },
      ...(spec.showNoStatus ? [{ value: line.counts.未标明, style: plain }] : []),
      { value: line.counts.rate, style: isTotal ? 'total-percent' : 'percent' },
      ...(spec.showPrevious ? previousCells(line, isTotal) : []),
      { value: seqText, style: isTotal ? 'total-left' : 'text' },
    ]);
    heights.push(rowHeight(lineCount(lineWidths(seqText), seqW), BODY_SIZE));
  });

  const rateLetter = columnName(rateCol);
  const firstData = HEADER_ROW + 1;
  const lastData = HEADER_ROW + spec.lines.length;
  return {
    name: spec.name,
    role: 'overview',
    rows,
    styles: SUMMARY_STYLES,
    merges: bannerMerges(lastCol),
    columnWidths,
    rowHeights: heights,
    freeze: { rows: HEADER_ROW, columns: 1 },
    print: printSetup(HEADER_ROW),
    dataBars: spec.lines.length
      ? [{ range: `${rateLetter}${firstData}:${rateLetter}${lastData}`, color: DATA_BAR_COLOR }]
      : [],
  };
}

/** 上月完成率 and 变化 of one line; a dash where last month had no such line. */
function previousCells(line: OverviewLine, isTotal: boolean): ModelCell[] {
  const before = line.previousRate;
  return [
    before === undefined ? { value: '—', style: isTotal ? 'total' : 'center' } : { value: before, style: isTotal ? 'total-percent' : 'percent' },
    { value: changeText(line.counts.rate, before), style: isTotal ? 'total' : 'center' },
  ];
}
