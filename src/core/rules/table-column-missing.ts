import { toA1 } from '../address';
import type { Issue } from '../findings';
import type { ColumnKey } from '../model';
import { COLUMN_KEYS } from '../table/columns';
import type { Rule } from './types';

/** A report without a month target column can still be read; without the others it cannot be checked fully. */
const SOFT: ReadonlySet<ColumnKey> = new Set<ColumnKey>(['month']);

export const tableColumnMissing: Rule<'table.column-missing'> = {
  id: 'table.column-missing',
  severity: 'error',
  kind: 'table',
  description: '表头缺少必需的列（序号、年度目标任务、月份目标任务、完成情况、分管领导、责任单位）',
  check({ table }) {
    const issues: Issue<'table.column-missing'>[] = [];
    // Marked on the header's first cell, where the user looks for the columns.
    const found = COLUMN_KEYS.map((k) => table.columns[k]).filter((c): c is number => c !== null);
    const cell = toA1(table.headerRow, found.length ? Math.min(...found) : 0);
    for (const column of COLUMN_KEYS) {
      if (table.columns[column] !== null) continue;
      issues.push({
        rule: 'table.column-missing',
        cell,
        seq: null,
        params: { column },
        ...(SOFT.has(column) ? { severity: 'warning' as const } : {}),
      });
    }
    return issues;
  },
};
