import type { Issue } from '../findings';
import { previousEvidence, previousTask } from '../history/evidence';
import type { Status } from '../model';
import type { Rule } from './types';

type Unfinished = Exclude<Status, '完成'>;

export interface HistoryRepeatParams {
  /** Months in a row unfinished, this one included. */
  months: number;
  status: Unfinished;
  /** Last month's sheet and the task's status there. */
  sheet: string;
  previous: Unfinished;
}

/**
 * 未完成 or 部分完成 this month and last month too: the usual trigger for a red light and a 专项督办.
 * The months are counted back through every earlier month sheet the tasks match into.
 */
export const historyRepeat: Rule<'history.repeat', HistoryRepeatParams> = {
  id: 'history.repeat',
  severity: 'warning',
  kind: 'progress',
  meta: {
    title: { zh: '连续未完成', en: 'Unfinished months in a row' },
    description: {
      zh: '本月未完成或部分完成，上月也没有完成；说明连续几个月未完成（往前数到工作簿中每一个更早的月份表）；属进度提示',
      en: 'Not done this month and not done last month either; says for how many months in a row, counting back through every earlier month sheet; a progress note',
    },
    levels: 'warning（红灯）',
    messages: {
      zh: (p) => `连续 ${p.months} 个月未完成（本月${p.status}，上月“${p.sheet}”为${p.previous}）。请列入重点督办，说明原因和下一步措施。`,
      en: (p) => `Not done for ${p.months} months in a row (this month ${p.status}, last month "${p.sheet}" ${p.previous}). Follow it up closely and state the reason and next steps.`,
    },
  },
  check({ table, history }) {
    const issues: Issue<'history.repeat'>[] = [];
    if (!history) return issues;
    table.tasks.forEach((task, i) => {
      const months = history.streaks[i] ?? 0;
      const before = previousTask(history, i);
      if (months < 2 || !before || (task.status !== '未完成' && task.status !== '部分完成')) return;
      if (before.status !== '未完成' && before.status !== '部分完成') return;
      issues.push({
        rule: 'history.repeat',
        cell: task.cells.progress ?? task.cells.seq,
        seq: task.seq,
        params: { months, status: task.status, sheet: history.info.sheet, previous: before.status },
        light: 'red',
        evidence: { previous: previousEvidence(history, before, before.progress) },
      });
    });
    return issues;
  },
};
