import type { Issue } from '../findings';
import type { Task } from '../model';
import { readingsOf } from '../judge/reading';
import { allTargetsMet, describeMet, span } from '../judge/status';
import type { Rule } from './types';
import type { Status } from '../model';
import { listEn, listZh } from '../messages/format';

export interface StatusUnderstatedParams {
  status: Exclude<Status, '完成'>;
  met: string[];
}

/**
 * Marked 未完成 or 部分完成, yet every figure of the month's target is met, every point of the target
 * has a figure, and nothing in the progress text sounds pending. All of that, or nothing is said.
 */
export const statusUnderstated: Rule<'status.understated', StatusUnderstatedParams> = {
  id: 'status.understated',
  severity: 'warning',
  kind: 'data',
  meta: {
    title: { zh: '数字已达标但未标完成', en: 'Numbers met, not marked done' },
    description: {
      zh: '标为“未完成”或“部分完成”，但本月目标每一项都有数字、且全部达到，完成情况也没有“正在”“待”“尚”等还没办完的说法',
      en: 'Marked 未完成 or 部分完成, but every point of the monthly target has a figure, all are met, and nothing in the text sounds pending (正在, 待, 尚…)',
    },
    messages: {
      zh: (p) => `标为“${p.status}”，但各项数字均已达到目标（${listZh(p.met)}）。请核实是否应为“完成”。`,
      en: (p) => `Marked ${p.status}, but every figure meets the target (${listEn(p.met)}). Should it be 完成?`,
    },
  },
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
