import type { Issue } from '../findings';
import { readStatus } from '../status';
import { fieldCells } from '../table/cells';
import type { Rule } from './types';

const BRACKETED = /^[【[（(「『]/;
const BREAK = /^[\s\u3000。．.，,、：:；;！!]/;

export const statusNonstandard: Rule<'status.nonstandard'> = {
  id: 'status.nonstandard',
  severity: 'warning',
  kind: 'data',
  description: '完成状态写法不规范（如“已完成”“基本完成”“正在推进”），应为完成、部分完成或未完成',
  check({ sheet, table }) {
    const issues: Issue<'status.nonstandard'>[] = [];
    for (const task of table.tasks) {
      const { status, statusLabel } = task;
      if (status === null || statusLabel === null || statusLabel === status || task.cells.progress === null) continue;
      const issue: Issue<'status.nonstandard'> = {
        rule: 'status.nonstandard',
        cell: task.cells.progress,
        seq: task.seq,
        params: { label: statusLabel, standard: status },
      };
      // The fix rewrites the cell the label is in, changing the label and nothing else.
      const first = fieldCells(sheet, table, task, 'progress')[0];
      if (first && typeof first.value === 'string') {
        const reading = readStatus(first.value);
        if (reading.label === statusLabel) {
          const rest = first.value.slice(reading.end);
          // "【完成】新增8家": the brackets parted label and text; without them a full stop has to.
          const stop = BRACKETED.test(statusLabel) && rest !== '' && !BREAK.test(rest) ? '。' : '';
          const to = first.value.slice(0, reading.start) + status + stop + rest;
          issue.cell = first.cell;
          issue.suggestion = { cell: first.cell, from: first.value, to };
        }
      }
      issues.push(issue);
    }
    return issues;
  },
};
