import type { Issue } from '../findings';
import type { Rule } from './types';

/** The month's target was not met: a red light for 未完成, a yellow one for 部分完成. Progress, not a data error. */
export const overdueMonth: Rule<'overdue.month'> = {
  id: 'overdue.month',
  severity: 'warning',
  kind: 'progress',
  description: '本月目标未完成（未完成亮红灯，部分完成亮黄灯）',
  check({ table }) {
    const issues: Issue<'overdue.month'>[] = [];
    for (const task of table.tasks) {
      if (task.status !== '未完成' && task.status !== '部分完成') continue;
      const cell = task.cells.progress ?? task.cells.seq;
      const red = task.status === '未完成';
      issues.push({
        rule: 'overdue.month',
        cell,
        seq: task.seq,
        params: { status: task.status },
        light: red ? 'red' : 'yellow',
        severity: red ? 'warning' : 'info',
      });
    }
    return issues;
  },
};
