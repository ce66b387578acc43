import type { Issue } from '../findings';
import { numberingRuns } from './seq-runs';
import type { Rule } from './types';

export interface SeqDuplicateParams {
  seq: number;
  first: string;
}

export const seqDuplicate: Rule<'seq.duplicate', SeqDuplicateParams> = {
  id: 'seq.duplicate',
  severity: 'error',
  kind: 'data',
  meta: {
    title: { zh: '序号重复', en: 'Duplicate No.' },
    description: {
      zh: '序号重复',
      en: 'A No. is used twice',
    },
    messages: {
      zh: (p) => `序号 ${p.seq} 重复（首次出现在 ${p.first}）。请重新编号。`,
      en: (p) => `No. ${p.seq} is used twice (first at ${p.first}). Renumber.`,
    },
  },
  check({ table }) {
    const issues: Issue<'seq.duplicate'>[] = [];
    for (const run of numberingRuns(table)) {
      const first = new Map<number, string>();
      for (const task of run) {
        if (task.seq === null) continue;
        const seen = first.get(task.seq);
        if (seen === undefined) {
          first.set(task.seq, task.cells.seq);
          continue;
        }
        issues.push({ rule: 'seq.duplicate', cell: task.cells.seq, seq: task.seq, params: { seq: task.seq, first: seen } });
      }
    }
    return issues;
  },
};
