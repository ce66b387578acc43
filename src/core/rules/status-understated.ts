import type { Issue } from '../findings';
import type { Task } from '../model';
import { readingsOf } from '../judge/reading';
import { allTargetsMet, describeMet, span } from '../judge/status';
import type { Rule } from './types';

/**
 * Marked 未完成 or 部分完成, yet every figure of the month's target is met, every point of the target
 * has a figure, and nothing in the progress text sounds pending. All of that, or nothing is said.
 */
export const statusUnderstated: Rule<'status.understated'> = {
  id: 'status.understated',
  severity: 'warning',
  kind: 'data',
  description: '标为“未完成”或“部分完成”，但各项数字均已达到本月目标',
  check({ table }) {
    const issues: Issue<'status.understated'>[] = [];
    const tasks = table.tasks;
    const read = readingsOf(tasks);
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i] as Task;
      if (task.status !== '未完成' && task.status !== '部分完成') continue;
      const reading = read(i);
      const met = allTargetsMet(reading);
      if (met === null) continue;
      const first = met[0];
      issues.push({
        rule: 'status.understated',
        cell: task.cells.progress ?? task.cells.seq,
        seq: task.seq,
        params: { status: task.status, met: met.map((p) => describeMet(p, task.monthTarget)) },
        evidence:
          first && first.best
            ? { target: span(task.monthTarget, first.target), progress: span(reading.body, first.best) }
            : undefined,
      });
    }
    return issues;
  },
};
