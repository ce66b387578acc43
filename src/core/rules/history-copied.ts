import type { Issue } from '../findings';
import { previousEvidence, previousTask } from '../history/evidence';
import { datelessKey, textKey } from '../history/keys';
import { progressBody } from '../judge/reading';
import type { Rule } from './types';

export interface HistoryCopiedParams {
  sheet: string;
  /** True when the text is the same to the character (spaces and punctuation aside), not only but for its dates. */
  same: boolean;
}

/** A 完成情况 shorter than this says too little to be copied: 完成。 is the same every month by right. */
const MIN_KEY = 6;

/**
 * 完成情况 is last month's again, or only its dates, spaces or punctuation changed, while the month's
 * target changed or the task is still not 完成: no new figures, nothing done since. A task 完成 under
 * the same standing target (持续推进) may well report the same words.
 */
export const historyCopied: Rule<'history.copied', HistoryCopiedParams> = {
  id: 'history.copied',
  severity: 'warning',
  kind: 'data',
  meta: {
    title: { zh: '完成情况照抄上月', en: 'Progress copied from last month' },
    description: {
      zh: '完成情况与上月相同或几乎相同（只有日期、空格、标点不同），而本月目标变了或任务仍未完成',
      en: 'The progress text is last month\'s, or differs only in dates, spaces or punctuation, while the month target changed or the task is not done',
    },
    messages: {
      zh: (p) =>
        `完成情况与上月“${p.sheet}”${p.same ? '相同' : '几乎相同（只有日期、空格或标点不同）'}，没有写出本月的新进展。请填写本月实际完成的工作和数字。`,
      en: (p) =>
        `The progress text is ${p.same ? 'the same as' : 'almost the same as (only dates, spaces or punctuation differ)'} last month's in "${p.sheet}". Write what was done this month, with its figures.`,
    },
  },
  check({ table, history }) {
    const issues: Issue<'history.copied'>[] = [];
    if (!history) return issues;
    table.tasks.forEach((task, i) => {
      const before = previousTask(history, i);
      if (!before || task.cells.progress === null) return;
      const now = datelessKey(progressBody(task));
      if (now.length < MIN_KEY || now !== datelessKey(progressBody(before))) return;
      const targetChanged = datelessKey(task.monthTarget) !== datelessKey(before.monthTarget);
      if (!targetChanged && task.status === '完成') return;
      issues.push({
        rule: 'history.copied',
        cell: task.cells.progress,
        seq: task.seq,
        params: { sheet: history.info.sheet, same: textKey(progressBody(task)) === textKey(progressBody(before)) },
        evidence: { previous: previousEvidence(history, before, before.progress) },
      });
    });
    return issues;
  },
};
