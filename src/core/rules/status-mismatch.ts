import type { Issue } from '../findings';
import type { Task } from '../model';
import { targetName } from '../judge/phrase';
import { readingsOf } from '../judge/reading';
import { findShortfall, negativeCue } from '../judge/status';
import type { Rule } from './types';

/**
 * Marked 完成 while the row's own figures miss the month's target (an error), or while the progress
 * text says something is not done (尚未, 暂停, 待批…: a warning). Figures win: a shortfall is the
 * stronger reason and is the one reported.
 */
export const statusMismatch: Rule<'status.mismatch'> = {
  id: 'status.mismatch',
  severity: 'error',
  kind: 'data',
  description: '标为“完成”，但数字未达到本月目标，或完成情况写有“尚未”“暂停”等',
  check({ table }) {
    const issues: Issue<'status.mismatch'>[] = [];
    const tasks = table.tasks;
    const read = readingsOf(tasks);
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i] as Task;
      if (task.status !== '完成') continue;
      const cell = task.cells.progress ?? task.cells.seq;
      const reading = read(i);
      const short = findShortfall(reading, task.monthTarget);
      if (short !== null) {
        const { target, best } = short.pairing;
        issues.push({
          rule: 'status.mismatch',
          cell,
          seq: task.seq,
          params: { target: target.text, actual: best.text, cue: null, metric: targetName(task.monthTarget, target) },
          severity: short.severity,
          evidence: short.evidence,
        });
        continue;
      }
      const cue = negativeCue(reading, task.monthTarget);
      if (cue !== null) {
        issues.push({
          rule: 'status.mismatch',
          cell,
          seq: task.seq,
          params: { target: '', actual: '', cue: cue.clause },
          severity: 'warning',
          evidence: { cue: cue.cue, target: { text: task.monthTarget }, progress: { text: cue.clause } },
        });
      }
    }
    return issues;
  },
};
