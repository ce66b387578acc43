import { columnName } from '../address';
import type { ModelCell, SheetModel } from '../sheet-model';
import { unfinishedText } from './figures';
import { fitWidth, lineCount, lineWidths, rowHeight, textWidth, widest } from './measure';
import { bannerHeights, bannerMerges, BODY_SIZE, DATA_BAR_COLOR, printSetup, SUMMARY_STYLES } from './styles';
import type { UnitFigures } from './types';

export interface UnitOverviewSpec {
  name: string;
  title: string;
  units: UnitFigures[];
  showNoStatus: boolean;
}

const HEADER_ROWS = 4;

/**
 * 责任单位汇总: per unit, the tasks it leads (牵头) and supports (配合), each by status,
 * its completion rate over both, and the 序号 of its unfinished tasks.
 */
export function unitOverviewSheet(spec: UnitOverviewSpec): SheetModel {
  const statuses = ['完成', '部分完成', '未完成', ...(spec.showNoStatus ? (['未标明'] as const) : [])] as const;
  const group = ['合计', ...statuses];
  const leadCol = 1;
  const supportCol = leadCol + group.length;
  const rateCol = supportCol + group.length;
  const seqCol = rateCol + 1;
  const lastCol = seqCol;

  const seqTexts = spec.units.map((u) => unfinishedText(u.unfinished, u.partial));
  let nameWidth = textWidth('责任单位');
  for (const u of spec.units) nameWidth = Math.max(nameWidth, textWidth(u.name));
  let seqWidth = textWidth('未完成/部分完成事项序号');
  for (const text of seqTexts) seqWidth = Math.max(seqWidth, widest(lineWidths(text)));
  const columnWidths = [
    fitWidth(nameWidth, 14, 36),
    ...group.map(() => 10),
    ...group.map(() => 10),
    10,
    fitWidth(seqWidth, 24, 48),
  ];
  const seqW = columnWidths[seqCol] ?? 24;

  const summaryLine = `共${spec.units.length}个责任单位。牵头：标明（牵头）的单位，未标明时为所列第一个单位；其余为配合。`;
  const blank = (n: number) => Array<null>(n).fill(null);
  const header = (value: string | null): ModelCell => ({ value, style: 'header' });
  const rows: (ModelCell | null)[][] = [
    [{ value: spec.title, style: 'title' }, ...blank(lastCol)],
    [{ value: summaryLine, style: 'subtitle' }, ...blank(lastCol)],
    [
      header('责任单位'),
      header('牵头事项'),
      ...group.slice(1).map(() => header(null)),
      header('配合事项'),
      ...group.slice(1).map(() => header(null)),
      header('完成率'),
      header('未完成/部分完成事项序号'),
    ],
    [header(null), ...group.map(header), ...group.map(header), header(null), header(null)],
  ];
  const heights: (number | null)[] = [
    ...bannerHeights(spec.title, summaryLine, columnWidths),
    rowHeight(1, BODY_SIZE) + 4,
    rowHeight(1, BODY_SIZE) + 4,
  ];

  spec.units.forEach((u, i) => {
    const nameCell: ModelCell = { value: u.doubtful ? `${u.name}（待核实）` : u.name, style: u.sheet ? 'link-left' : 'text' };
    if (u.sheet) nameCell.link = { sheet: u.sheet, cell: 'A1' };
    const figures = (c: UnitFigures['lead']): ModelCell[] => [
      { value: c.total, style: 'number' },
      ...statuses.map((s) => ({ value: c[s], style: 'number' })),
    ];
    const seqText = seqTexts[i] ?? '';
    rows.push([
      nameCell,
      ...figures(u.lead),
      ...figures(u.support),
      { value: u.all.rate, style: 'percent' },
      { value: seqText, style: 'text' },
    ]);
    heights.push(
      rowHeight(Math.max(lineCount(lineWidths(seqText), seqW), lineCount([textWidth(u.name)], columnWidths[0] ?? 14)), BODY_SIZE),
    );
  });

  const rateLetter = columnName(rateCol);
  return {
    name: spec.name,
    role: 'unit-overview',
    rows,
    styles: SUMMARY_STYLES,
    merges: [
      ...bannerMerges(lastCol),
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: leadCol, bottom: 2, right: supportCol - 1 },
      { top: 2, left: supportCol, bottom: 2, right: rateCol - 1 },
      { top: 2, left: rateCol, bottom: 3, right: rateCol },
      { top: 2, left: seqCol, bottom: 3, right: seqCol },
    ],
    columnWidths,
    rowHeights: heights,
    freeze: { rows: HEADER_ROWS, columns: 1 },
    print: printSetup(HEADER_ROWS),
    dataBars: spec.units.length
      ? [{ range: `${rateLetter}${HEADER_ROWS + 1}:${rateLetter}${HEADER_ROWS + spec.units.length}`, color: DATA_BAR_COLOR }]
      : [],
  };
}
