import type { Issue } from '../findings';
import type { ColumnKey, Task } from '../model';
import { fieldCells } from '../table/cells';
import { isErrorValue } from '../table/text';
import type { Rule } from './types';
import { columnEn, columnZh } from '../messages/format';

/** value: the error value the cell holds instead of text (#N/A…), when it is one. */
export interface CellEmptyParams {
  column: ColumnKey;
  value?: string;
}

/** A field's text as read; a switch rather than a table of functions, as it runs for every cell of the report. */
function textOf(task: Task, column: ColumnKey): string {
  switch (column) {
    case 'seq':
      return task.seqText.trim();
    case 'annual':
      return task.annual;
    case 'month':
      return task.monthTarget;
    case 'progress':
      return task.progress;
    case 'leaders':
      return task.leadersText;
    case 'units':
      return task.unitsText;
  }
}

/**
 * Every column is required. The month target alone is a warning: some tasks have no milestone in a
 * given month (a task finished earlier, or one with quarterly steps), and some offices leave it blank then;
 * a supervisor still wants to see it, but it does not make the report wrong.
 */
const REQUIRED: readonly ColumnKey[] = ['seq', 'annual', 'month', 'progress', 'leaders', 'units'];

export const cellEmpty: Rule<'cell.empty', CellEmptyParams> = {
  id: 'cell.empty',
  severity: 'error',
  kind: 'data',
  meta: {
    title: { zh: '单元格为空', en: 'Empty cell' },
    description: {
      zh: '必填单元格为空或是错误值（#N/A 等）',
      en: 'A required cell is empty or holds an error value (#N/A…)',
    },
    levels: 'error（月份目标任务为 warning）',
    messages: {
      zh: (p) =>
        p.value !== undefined ? `“${columnZh[p.column]}”是错误值 ${p.value}，没有内容。请填写。` : `“${columnZh[p.column]}”为空。请填写。`,
      en: (p) =>
        p.value !== undefined ? `The ${columnEn[p.column]} cell holds the error ${p.value}, not text. Fill it in.` : `The ${columnEn[p.column]} cell is empty. Fill it in.`,
    },
  },
  check({ sheet, table }) {
    const issues: Issue<'cell.empty'>[] = [];
    const columns = REQUIRED.filter((column) => table.columns[column] !== null);
    for (const task of table.tasks) {
      for (const column of columns) {
        const cell = task.cells[column];
        if (cell === null || textOf(task, column) !== '') continue;
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
