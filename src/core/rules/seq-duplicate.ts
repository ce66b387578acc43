import type { Issue } from '../findings';
import type { Rule } from './types';

export const seqDuplicate: Rule<'seq.duplicate'> = {
  id: 'seq.duplicate',
  severity: 'error',
  kind: 'data',
  description: '序号重复',
  check({ table }) {
    const first = new Map<number, string>();
    const issues: Issue<'seq.duplicate'>[] = [];
    for (const task of table.tasks) {
      if (task.seq === null) continue;
      const seen = first.get(task.seq);
      if (seen === undefined) {
        first.set(task.seq, task.cells.seq);
        continue;
      }
      issues.push({ rule: 'seq.duplicate', cell: task.cells.seq, seq: task.seq, params: { seq: task.seq, first: seen } });
    }
    return issues;
  },
};
