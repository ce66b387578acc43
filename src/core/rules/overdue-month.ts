import type { Issue } from '../findings';
import type { Rule } from './types';
import type { Status } from '../model';

export interface OverdueMonthParams {
  status: Exclude<Status, '完成'>;
}

/** The month's target was not met: a red light for 未完成, a yellow one for 部分完成. Progress, not a data error. */
export const overdueMonth: Rule<'overdue.month', OverdueMonthParams> = {
  id: 'overdue.month',
  severity: 'warning',
  kind: 'progress',
  meta: {
    title: { zh: '本月目标未完成', en: 'Monthly target not met' },
    description: {
      zh: '本月目标未完成；属进度提示，不影响退出码',
      en: 'This month\'s target was not met; a progress note that never changes the exit code',
    },
    levels: '未完成 warning（红灯）/ 部分完成 info（黄灯）',
    messages: {
      zh: (p) => (p.status === '未完成' ? '本月目标未完成。请说明原因及下步措施。' : '本月目标部分完成。请说明原因及下步措施。'),
      en: (p) =>
        p.status === '未完成'
          ? "This month's target was not met. Please give the reason and the next steps."
          : "This month's target was partly met. Please give the reason and the next steps.",
    },
  },
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
