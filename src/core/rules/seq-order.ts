import type { Issue } from '../findings';
import { numberingRuns } from './seq-runs';
import type { Rule } from './types';

export interface SeqOrderParams {
  seq: number;
  previous: number;
}

export const seqOrder: Rule<'seq.order', SeqOrderParams> = {
  id: 'seq.order',
  severity: 'warning',
  kind: 'data',
  meta: {
    title: { zh: '序号顺序颠倒', en: 'No. out of order' },
    description: {
      zh: '序号比前一项小',
      en: 'A No. is smaller than the one before it',
    },
    messages: {
      zh: (p) => `序号 ${p.seq} 排在 ${p.previous} 之后，顺序颠倒。请按顺序编号。`,
      en: (p) => `No. ${p.seq} comes after ${p.previous}. Number the rows in order.`,
    },
  },
  check({ table }) {
    const issues: Issue<'seq.order'>[] = [];
    for (const run of numberingRuns(table)) {
      const seen = new Set<number>();
      let previous: number | null = null;
      for (const task of run) {
        if (task.seq === null) continue;
        // A repeated number is seq.duplicate's to report; saying it is also out of order adds nothing.
        if (previous !== null && task.seq < previous && !seen.has(task.seq)) {
          issues.push({ rule: 'seq.order', cell: task.cells.seq, seq: task.seq, params: { seq: task.seq, previous } });
        }
        seen.add(task.seq);
        previous = task.seq;
      }
    }
    return issues;
  },
};
