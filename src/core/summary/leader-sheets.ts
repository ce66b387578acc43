import type { SheetModel } from '../sheet-model';
import type { Bucket, TaskRow } from './group';
import { taskSheet } from './task-sheet';

export interface SheetContext {
  source: string | null;
  period: { year: string; month: string };
  monthHeader: string;
}

export function unitsText(row: TaskRow): string {
  return row.units.map((u) => (u.lead ? `${u.name}（牵头）` : u.name)).join('、');
}

/** One leader's sheet: every task the leader is responsible for, ordered already. */
export function leaderSheet(bucket: Bucket, sheetName: string, rows: TaskRow[], counts: string, ctx: SheetContext): SheetModel {
  return taskSheet<TaskRow>({
    name: sheetName,
    role: 'leader',
    title: `${ctx.period.year}${bucket.name}同志分管重点工作${ctx.period.month}完成情况`,
    countsLine: counts,
    monthHeader: ctx.monthHeader,
    source: ctx.source,
    items: rows,
    row: (r) => r,
    extra: [
      { header: '责任单位', min: 12, max: 24, text: unitsText },
      {
        header: '其他分管领导',
        min: 14,
        max: 16,
        text: (r) => r.leaders.filter((l) => l !== bucket.name).join('、'),
      },
    ],
  });
}
