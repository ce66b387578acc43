import { toA1 } from '../address';
import type { ReportTable } from '../model';
import type { SheetSnapshot } from '../snapshot';
import { gridOf } from '../table/grid';
import { cellText } from '../table/text';
import type { Rule } from './types';

/** The cell to mark: the title when it names a month, else the month column header. */
function where(sheet: SheetSnapshot, table: ReportTable): string {
  const sources = table.monthSources;
  if (sources?.title !== null && table.title !== null) {
    const grid = gridOf(sheet);
    for (let r = 0; r < table.headerRow; r++) {
      for (let c = 0; c < grid.width(r); c++) {
        if (cellText(grid.raw(r, c)).trim() === table.title) return toA1(r, c);
      }
    }
  }
  return toA1(table.headerRow, table.columns.month ?? 0);
}

export const tableMonthMismatch: Rule<'table.month-mismatch'> = {
  id: 'table.month-mismatch',
  severity: 'warning',
  kind: 'table',
  description: '标题、月份目标任务列表头和工作表名中的月份不一致',
  check({ sheet, table }) {
    const s = table.monthSources;
    if (!s || table.month === null) return [];
    // A month given to the check that differs from what the sheet says is reported too: it may be a slip.
    const named = [s.title, s.header, s.sheet].filter((m): m is number => m !== null);
    if (named.every((m) => m === table.month)) return [];
    return [
      {
        rule: 'table.month-mismatch',
        cell: where(sheet, table),
        seq: null,
        params: { title: s.title, header: s.header, sheet: s.sheet, used: table.month },
        // The title and the header are printed: when they disagree the document contradicts itself.
        // A sheet name is not printed, so a stale one is only a warning.
        ...(s.title !== null && s.header !== null && s.title !== s.header ? { severity: 'error' as const } : {}),
      },
    ];
  },
};
