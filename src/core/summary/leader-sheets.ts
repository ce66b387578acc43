import type { SheetModel } from '../sheet-model';
import type { Bucket, TaskRow } from './group';
import { taskSheet } from './task-sheet';

export interface SheetContext {
  period: { year: string; month: string };
  monthHeader: string;
}

/** One leader's sheet: every task the leader is responsible for, ordered already. */
export function leaderSheet(bucket: Bucket, sheetName: string, rows: TaskRow[], counts: string, ctx: SheetContext): SheetModel {
  return taskSheet<TaskRow>({
    name: sheetName,
    role: 'leader',
    title: `${ctx.period.year}${bucket.name}同志分管重点工作${ctx.period.month}完成情况`,
    countsLine: counts,
    monthHeader: ctx.monthHeader,
    items: rows,
    row: (r) => r,
    extra: [
      { header: '责任单位', min: 12, max: 24, text: (r) => r.unitsLabel, widths: (r) => r.widths.units },
      {
        header: '其他分管领导',
        min: 14,
        max: 16,
        text: (r) => r.leaders.filter((l) => l !== bucket.name).join('、'),
      },
    ],
  });
}
