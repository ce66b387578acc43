import type { Issue } from '../findings';
import { previousEvidence, previousTask } from '../history/evidence';
import type { Status } from '../model';
import type { Rule } from './types';

export interface HistoryStatusChangeParams {
  sheet: string;
  before: Status;
  now: Status;
}

/**
 * 完成 last month and not now (a red or yellow light: finished work came undone), or the reverse
 * (a note without a light: the task got done). The summaries show both.
 */
export const historyStatusChange: Rule<'history.status-change', HistoryStatusChangeParams> = {
  id: 'history.status-change',
  severity: 'info',
  kind: 'progress',
  meta: {
    title: { zh: '完成状态与上月不同', en: 'Status changed since last month' },
    description: {
      zh: '上月完成、本月未完成或部分完成（亮灯），或上月未完成、本月完成（只提示）；属进度提示',
      en: 'Done last month and not now (a light), or the reverse (a note); a progress note',
    },
    levels: 'info（上月完成本月未完成为红灯，部分完成为黄灯）',
    messages: {
      zh: (p) =>
        p.before === '完成'
          ? `上月“${p.sheet}”为完成，本月变为${p.now}。请说明原因。`
          : `上月“${p.sheet}”为${p.before}，本月已完成。`,
      en: (p) =>
        p.before === '完成'
          ? `Done last month ("${p.sheet}"), ${p.now} this month. State the reason.`
          : `${p.before} last month ("${p.sheet}"), done this month.`,
    },
  },
  check({ table, history }) {
    const issues: Issue<'history.status-change'>[] = [];
    if (!history) return issues;
    table.tasks.forEach((task, i) => {
      const before = previousTask(history, i);
      const now = task.status;
      if (!before || before.status === null || now === null) return;
      if ((before.status === '完成') === (now === '完成')) return;
      const issue: Issue<'history.status-change'> = {
        rule: 'history.status-change',
        cell: task.cells.progress ?? task.cells.seq,
        seq: task.seq,
        params: { sheet: history.info.sheet, before: before.status, now },
        evidence: { previous: previousEvidence(history, before, before.progress) },
      };
      if (before.status === '完成') issue.light = now === '未完成' ? 'red' : 'yellow';
      issues.push(issue);
    });
    return issues;
  },
};
