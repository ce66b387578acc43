import type { Issue } from '../findings';
import type { Task } from '../model';
import { readingsOf } from '../judge/reading';
import { YEAR_PROGRESS_HINT } from '../quantities/extract';
import { expectedByMonth, readSchedule } from '../judge/schedule';
import type { Rule } from './types';

/**
 * Behind 序时进度: the share of the year's target done is below the share of the year gone
 * (month/12). How far behind turns the light yellow or red is a local convention, set in
 * CheckOptions.schedule (default: more than 10 points behind yellow, more than 30 red). Judged on
 * every row whatever its status: a month's target can be met while the year falls behind.
 */
export const overdueSchedule: Rule<'overdue.schedule'> = {
  id: 'overdue.schedule',
  severity: 'warning',
  kind: 'progress',
  description: '年度任务完成比例落后序时进度（默认落后10个百分点以上亮黄灯，30个百分点以上亮红灯）',
  check({ table, month, schedule }) {
    const issues: Issue<'overdue.schedule'>[] = [];
    if (month === null) return issues;
    const expected = expectedByMonth(month);
    const tasks = table.tasks;
    const read = readingsOf(tasks);
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i] as Task;
      const reading = read(i);
      if (!YEAR_PROGRESS_HINT.test(reading.body) || reading.progress.claims.length === 0) continue;
      const r = readSchedule(reading, task.annual);
      if (r === null) continue;
      const behind = expected - r.actual;
      if (behind <= schedule.yellowBelow) continue;
      const red = behind > schedule.redBelow;
      const basis = r.targetText !== null ? `${r.progressText}／年度${r.target?.text ?? ''}` : r.progressText;
      issues.push({
        rule: 'overdue.schedule',
        cell: task.cells.progress ?? task.cells.seq,
        seq: task.seq,
        params: { actual: r.actual, expected, basis },
        light: red ? 'red' : 'yellow',
        severity: red ? 'warning' : 'info',
        evidence: {
          progress: { text: r.progressText, value: r.progress.value, unit: r.progress.unit },
          target: r.target && r.targetText !== null ? { text: r.targetText, value: r.target.value, unit: r.target.unit } : undefined,
        },
      });
    }
    return issues;
  },
};
