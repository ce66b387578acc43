import { toA1 } from '../address';
import type { Issue } from '../findings';
import type { ColumnKey } from '../model';
import { COLUMN_KEYS } from '../table/columns';
import type { Rule } from './types';
import { columnEn, columnZh } from '../messages/format';

export interface TableColumnMissingParams {
  column: ColumnKey;
}

/** A report without a month target column can still be read; without the others it cannot be checked fully. */
const SOFT: ReadonlySet<ColumnKey> = new Set<ColumnKey>(['month']);

export const tableColumnMissing: Rule<'table.column-missing', TableColumnMissingParams> = {
  id: 'table.column-missing',
  severity: 'error',
  kind: 'table',
  meta: {
    title: { zh: '缺少列', en: 'Missing column' },
    description: {
      zh: '表头缺少某一列',
      en: 'The header lacks one of the columns',
    },
    levels: 'error（月份目标任务列为 warning）',
    messages: {
      zh: (p) => `表头缺少“${columnZh[p.column]}”列。请补上这一列，或把表头改成常用写法。`,
      en: (p) => `The header has no ${columnEn[p.column]} column. Add it or use the usual header text.`,
    },
  },
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
