import type { Issue } from '../findings';
import { numberingRuns } from './seq-runs';
import type { Rule } from './types';

export const seqDuplicate: Rule<'seq.duplicate'> = {
  id: 'seq.duplicate',
  severity: 'error',
  kind: 'data',
  description: '序号重复',
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
