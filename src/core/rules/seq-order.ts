import type { Issue } from '../findings';
import { numberingRuns } from './seq-runs';
import type { Rule } from './types';

export const seqOrder: Rule<'seq.order'> = {
  id: 'seq.order',
  severity: 'warning',
  kind: 'data',
  description: '序号顺序颠倒（比前一项小）',
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
