import type { Issue } from '../findings';
import type { Task } from '../model';
import { readingsOf } from '../judge/reading';
import { restatement } from '../judge/restate';
import type { Rule } from './types';

/** The progress text nearly repeats the month's target and adds no figure of its own. */
export const textRestatesTarget: Rule<'text.restates-target'> = {
  id: 'text.restates-target',
  severity: 'info',
  kind: 'data',
  description: '完成情况照抄本月目标任务，没有写出实际进展和数字',
  check({ table }) {
    const issues: Issue<'text.restates-target'>[] = [];
    const tasks = table.tasks;
    const read = readingsOf(tasks);
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i] as Task;
      if (task.monthTarget.length === 0) continue;
      const body = read(i).body;
      const sim = restatement(task.monthTarget, body);
      if (sim === null) continue;
      issues.push({
        rule: 'text.restates-target',
        cell: task.cells.progress ?? task.cells.seq,
        seq: task.seq,
        params: { similarity: Math.round(sim * 100) / 100 },
        evidence: { target: { text: task.monthTarget }, progress: { text: body } },
      });
    }
    return issues;
  },
};
