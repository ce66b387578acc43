import type { Issue } from '../findings';
import type { ColumnKey, Task } from '../model';
import { fieldCells } from '../table/cells';
import { isErrorValue } from '../table/text';
import type { Rule } from './types';

const TEXT_OF: Record<ColumnKey, (t: Task) => string> = {
  seq: (t) => t.seqText.trim(),
  annual: (t) => t.annual,
  month: (t) => t.monthTarget,
  progress: (t) => t.progress,
  leaders: (t) => t.leadersText,
  units: (t) => t.unitsText,
};

/**
 * Every column is required. The month target alone is a warning: some tasks have no milestone in a
 * given month (a task finished earlier, or one with quarterly steps), and some offices leave it blank then;
 * a supervisor still wants to see it, but it does not make the report wrong.
 */
const REQUIRED: readonly ColumnKey[] = ['seq', 'annual', 'month', 'progress', 'leaders', 'units'];

export const cellEmpty: Rule<'cell.empty'> = {
  id: 'cell.empty',
  severity: 'error',
  kind: 'data',
  description: '必填单元格为空或是错误值（#N/A 等）',
  check({ sheet, table }) {
    const issues: Issue<'cell.empty'>[] = [];
    for (const task of table.tasks) {
      for (const column of REQUIRED) {
        const cell = task.cells[column];
        if (cell === null || table.columns[column] === null) continue;
        if (TEXT_OF[column](task) !== '') continue;
        const error = fieldCells(sheet, table, task, column).find((f) => isErrorValue(f.value));
        const issue: Issue<'cell.empty'> = {
          rule: 'cell.empty',
          cell: error?.cell ?? cell,
          seq: task.seq,
          params: error ? { column, value: String(error.value).trim() } : { column },
        };
        if (column === 'month') issue.severity = 'warning';
        issues.push(issue);
      }
    }
    return issues;
  },
};
