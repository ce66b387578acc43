import type { Issue } from '../findings';
import type { Task } from '../model';
import { readingsOf } from '../judge/reading';
import { restatement } from '../judge/restate';
import type { Rule } from './types';

export interface TextRestatesTargetParams {
  similarity: number;
}

/** The progress text nearly repeats the month's target and adds no figure of its own. */
export const textRestatesTarget: Rule<'text.restates-target', TextRestatesTargetParams> = {
  id: 'text.restates-target',
  severity: 'info',
  kind: 'data',
  meta: {
    title: { zh: '照抄目标任务', en: 'Copies the target' },
    description: {
      zh: '完成情况几乎照抄本月目标任务，没有写出新的数字和成效',
      en: 'The progress text nearly copies the monthly target and reports no new figures or results',
    },
    messages: {
      zh: () => '完成情况照抄目标任务，缺少具体成效。请写明实际进展和数字。',
      en: () => 'The progress text repeats the target and adds no result. State what was actually done.',
    },
  },
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
