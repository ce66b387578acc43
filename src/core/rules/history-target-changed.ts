import type { Issue } from '../findings';
import { previousEvidence, previousTask } from '../history/evidence';
import { textKey } from '../history/keys';
import type { Rule } from './types';

export interface HistoryTargetChangedParams {
  sheet: string;
  /** Last month's 序号 of the task, as written there. */
  seq: string;
}

/**
 * The 年度目标任务 of a task matched to last month's reads otherwise (spaces, punctuation and
 * full-width forms aside): a year's target should not change quietly between two monthly reports.
 */
export const historyTargetChanged: Rule<'history.target-changed', HistoryTargetChangedParams> = {
  id: 'history.target-changed',
  severity: 'warning',
  kind: 'data',
  meta: {
    title: { zh: '年度目标与上月不同', en: 'Annual target changed' },
    description: {
      zh: '同一任务的年度目标任务与上月写法不同（空格、标点、全角半角不算）',
      en: 'The annual target of a task reads otherwise than last month (spaces, punctuation and full-width forms aside)',
    },
    messages: {
      zh: (p) => `年度目标任务与上月“${p.sheet}”序号 ${p.seq} 不同。年度目标一般不应改动：确需调整请注明依据，误改请恢复上月的写法。`,
      en: (p) => `The annual target differs from last month's ("${p.sheet}", No. ${p.seq}). If it was adjusted, state on what authority; if not, restore last month's wording.`,
    },
  },
  check({ table, history }) {
    const issues: Issue<'history.target-changed'>[] = [];
    if (!history) return issues;
    table.tasks.forEach((task, i) => {
      const before = previousTask(history, i);
      if (!before || textKey(task.annual) === textKey(before.annual)) return;
      const evidence = previousEvidence(history, before, before.annual);
      issues.push({
        rule: 'history.target-changed',
        cell: task.cells.annual ?? task.cells.seq,
        seq: task.seq,
        params: { sheet: history.info.sheet, seq: evidence.seq ?? '' },
        evidence: { previous: evidence },
      });
    });
    return issues;
  },
};
