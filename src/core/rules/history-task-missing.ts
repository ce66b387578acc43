import { toA1 } from '../address';
import type { Issue } from '../findings';
import { excerpt, previousEvidence } from '../history/evidence';
import { textKey } from '../history/keys';
import type { ReportTable } from '../model';
import type { Rule } from './types';

export interface HistoryTaskMissingParams {
  sheet: string;
  /** Last month's 序号 and 年度目标任务 (the opening of it). */
  seq: string;
  text: string;
}

/** The header cell the findings about the whole list sit on: the 序号 header, or the first recognised column's. */
function headerCell(table: ReportTable): string {
  const col = table.columns.seq ?? Object.values(table.columns).find((c): c is number => c !== null) ?? 0;
  return toA1(table.headerRow, col);
}

/** A task of last month with no match this month: dropped, merged, or reworded beyond recognition. */
export const historyTaskMissing: Rule<'history.task-missing', HistoryTaskMissingParams> = {
  id: 'history.task-missing',
  severity: 'warning',
  kind: 'data',
  meta: {
    title: { zh: '上月任务本月没有', en: 'Task gone since last month' },
    description: {
      zh: '上月的任务本月表中找不到（标在表头行，写明上月的序号和年度目标任务）',
      en: 'A task of last month has no match this month (reported on the header row with last month\'s number and text)',
    },
    messages: {
      zh: (p) => `上月“${p.sheet}”序号 ${p.seq} 的任务（${p.text}）本月表中没有。如已销号或并入其他任务请注明；漏填请补上。`,
      en: (p) => `Task No. ${p.seq} of last month's "${p.sheet}" (${p.text}) is not in this month's report. Note it if it was closed or merged; add it back if it was left out.`,
    },
  },
  check({ table, history }) {
    const issues: Issue<'history.task-missing'>[] = [];
    if (!history) return issues;
    const cell = headerCell(table);
    history.previous.forEach((before, j) => {
      if ((history.currentOf[j] ?? -1) >= 0 || !textKey(before.annual)) return;
      const evidence = previousEvidence(history, before, before.annual);
      issues.push({
        rule: 'history.task-missing',
        cell,
        seq: null,
        params: { sheet: history.info.sheet, seq: evidence.seq ?? `第${before.firstRow + 1}行`, text: excerpt(before.annual, 30) },
        evidence: { previous: evidence },
      });
    });
    return issues;
  },
};
