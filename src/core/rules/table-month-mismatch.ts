import { toA1 } from '../address';
import type { ReportTable } from '../model';
import type { SheetSnapshot } from '../snapshot';
import { gridOf } from '../table/grid';
import { cellText } from '../table/text';
import type { Rule } from './types';

export interface TableMonthMismatchParams {
  title: number | null;
  header: number | null;
  sheet: number | null;
  used: number;
}

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

export const tableMonthMismatch: Rule<'table.month-mismatch', TableMonthMismatchParams> = {
  id: 'table.month-mismatch',
  severity: 'warning',
  kind: 'table',
  meta: {
    title: { zh: '月份不一致', en: 'Months disagree' },
    description: {
      zh: '标题、月份目标任务列表头、工作表名中的月份不一致，或与指定的月份（--month）不一致',
      en: 'The month in the title, the month column\'s header and the sheet name disagree, or differ from the month asked for (--month)',
    },
    levels: 'warning（标题与表头不一致时为 error）',
    messages: {
      zh: (p) => {
        const named = [p.title, p.header, p.sheet].filter((m): m is number => m !== null);
        const one = named[0];
        if (one !== undefined && one !== p.used && named.every((m) => m === one)) {
          return `表中写的是${one}月，已按指定的${p.used}月校验。请确认月份。`;
        }
        const parts: string[] = [];
        if (p.title !== null) parts.push(`标题为${p.title}月`);
        if (p.header !== null) parts.push(`表头为${p.header}月`);
        if (p.sheet !== null) parts.push(`工作表名为${p.sheet}月`);
        return `月份不一致：${parts.join('，')}。已按${p.used}月校验，请统一月份。`;
      },
      en: (p) => {
        const named = [p.title, p.header, p.sheet].filter((m): m is number => m !== null);
        const one = named[0];
        if (one !== undefined && one !== p.used && named.every((m) => m === one)) {
          return `The sheet says month ${one}; checked as month ${p.used} as asked. Make sure of the month.`;
        }
        const parts: string[] = [];
        if (p.title !== null) parts.push(`title says ${p.title}`);
        if (p.header !== null) parts.push(`header says ${p.header}`);
        if (p.sheet !== null) parts.push(`sheet name says ${p.sheet}`);
        return `The month differs: ${parts.join(', ')}. Checked as month ${p.used}; make them agree.`;
      },
    },
  },
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
