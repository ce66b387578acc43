import type { SheetModel } from '../sheet-model';
import type { TaskRow, UnitBucket } from './group';
import type { SheetContext } from './leader-sheets';
import { taskSheet } from './task-sheet';

export type UnitItem = UnitBucket['rows'][number];

/** One unit's sheet: the tasks it leads and supports, with its part in each. */
export function unitSheet(bucket: UnitBucket, sheetName: string, items: UnitItem[], counts: string, ctx: SheetContext): SheetModel {
  return taskSheet<UnitItem>({
    name: sheetName,
    role: 'unit',
    title: `${ctx.period.year}${bucket.name}承担重点工作${ctx.period.month}完成情况`,
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
