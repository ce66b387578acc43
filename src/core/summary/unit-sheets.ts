import type { SheetModel } from '../sheet-model';
import type { SheetContext } from './context';
import { countsLine, countStatuses, seqsWith, sortRows } from './figures';
import type { Grouped, TaskRow, UnitBucket } from './group';
import { taskSheet } from './task-sheet';
import type { UnitFigures } from './types';

type UnitItem = UnitBucket['rows'][number];

/** One unit's sheet: the tasks it leads and supports, with its part in each. */
function unitSheet(bucket: UnitBucket, sheetName: string, items: UnitItem[], counts: string, ctx: SheetContext): SheetModel {
  return taskSheet<UnitItem>({
    name: sheetName,
    role: 'unit',
    title: `${ctx.period.year}${bucket.name}承担${ctx.wording.work}${ctx.period.month}${ctx.wording.progress}`,
    countsLine: counts,
    monthHeader: ctx.monthHeader,
    items,
    row: (item): TaskRow => item.row,
    extra: [
      { header: '承担方式', min: 10, max: 10, style: 'center', text: (item) => (item.lead ? '牵头' : '配合') },
      {
        header: '其他责任单位',
        min: 14,
        max: 24,
        text: (item) =>
          item.row.units.length === 1
            ? ''
            : item.row.units
                .filter((u) => u.name !== bucket.name)
                .map((u) => (u.lead ? `${u.name}（牵头）` : u.name))
                .join('、'),
      },
      { header: '分管领导', min: 10, max: 16, text: (item) => item.row.leaders.join('、') },
    ],
  });
}

/** Every unit's figures as 牵头 and 配合, and a sheet per unit when `withSheets`. */
export function unitSummaries(grouped: Grouped, ctx: SheetContext, withSheets: boolean): { sheets: SheetModel[]; units: UnitFigures[] } {
  const sheets: SheetModel[] = [];
  const doubts = new Set(grouped.doubtfulUnits.map((u) => u.name));
  const units = grouped.units.map((bucket): UnitFigures => {
    const items = sortRows(bucket.rows, (item) => item.row, ctx.order);
    const bySeq = sortRows(bucket.rows, (item) => item.row, 'seq');
    const leadRows = bySeq.filter((i) => i.lead).map((i) => i.row);
    const supportRows = bySeq.filter((i) => !i.lead).map((i) => i.row);
    const allRows = bySeq.map((i) => i.row);
    const lead = countStatuses(leadRows);
    const all = countStatuses(allRows);
    let sheet: string | null = null;
    // A name that may be a fragment or is not on the roster is counted but gets no sheet of its own.
    if (withSheets && !doubts.has(bucket.name)) {
      sheet = ctx.claim(bucket.name);
      const counts = countsLine(all, `（牵头${lead.total}项，配合${all.total - lead.total}项）`);
      sheets.push(unitSheet(bucket, sheet, items, counts, ctx));
    }
    return {
      name: bucket.name,
      sheet,
      doubtful: doubts.has(bucket.name),
      lead,
      support: countStatuses(supportRows),
      all,
      leadSeqs: leadRows.map((r) => r.seq),
      supportSeqs: supportRows.map((r) => r.seq),
      unfinished: seqsWith(allRows, '未完成'),
      partial: seqsWith(allRows, '部分完成'),
    };
  });
  return { sheets, units };
}
