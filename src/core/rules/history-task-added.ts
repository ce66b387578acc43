import type { Issue } from '../findings';
import { textKey } from '../history/keys';
import type { Rule } from './types';

export interface HistoryTaskAddedParams {
  sheet: string;
}

/** A task of this month with no match last month: new, or reworded beyond recognition. */
export const historyTaskAdded: Rule<'history.task-added', HistoryTaskAddedParams> = {
  id: 'history.task-added',
  severity: 'info',
  kind: 'data',
  meta: {
    title: { zh: '本月新增任务', en: 'New task this month' },
    description: {
      zh: '本月的任务在上月表中找不到',
      en: 'A task of this month has no match last month',
    },
    messages: {
      zh: (p) => `上月“${p.sheet}”没有这项任务，是本月新增的。如是由上月任务改写而来，请保持年度目标任务的写法不变。`,
      en: (p) => `This task is not in last month's "${p.sheet}": it is new this month. If it rewrites one of last month's tasks, keep the annual target's wording.`,
    },
  },
  check({ table, history }) {
    const issues: Issue<'history.task-added'>[] = [];
    if (!history) return issues;
    table.tasks.forEach((task, i) => {
      // A task with no annual target cannot be matched; cell.empty reports the blank cell.
      if ((history.previousOf[i] ?? -1) >= 0 || !textKey(task.annual)) return;
      issues.push({
        rule: 'history.task-added',
        cell: task.cells.seq,
        seq: task.seq,
        params: { sheet: history.info.sheet },
        evidence: { previous: { sheet: history.info.sheet, seq: null, status: null, text: '' } },
      });
    });
    return issues;
  },
};
