import type { Issue } from '../findings';
import type { Task } from '../model';
import { readingsOf } from '../judge/reading';
import { YEAR_PROGRESS_HINT } from '../quantities/extract';
import { expectedByMonth, readSchedule, SHARE_OF_TASK_HINT } from '../judge/schedule';
import type { Rule } from './types';

/** basis: the figures the annual progress was read from, e.g. 累计引进大学生3695人／年度4500人. */
export interface OverdueScheduleParams {
  actual: number;
  expected: number;
  basis?: string;
}

/**
 * Behind 序时进度: the share of the year's target done is below the share of the year gone
 * (month/12). How far behind turns the light yellow or red is a local convention, set in
 * CheckOptions.schedule (default: more than 10 points behind yellow, more than 30 red). Judged on
 * every row whatever its status: a month's target can be met while the year falls behind.
 */
export const overdueSchedule: Rule<'overdue.schedule', OverdueScheduleParams> = {
  id: 'overdue.schedule',
  severity: 'warning',
  kind: 'progress',
  meta: {
    title: { zh: '落后序时进度', en: 'Behind schedule' },
    description: {
      zh: '年度任务完成比例低于序时进度（月份÷12）：默认落后 10 个百分点以上亮黄灯，30 个百分点以上亮红灯；属进度提示',
      en: 'The share of the annual task done is behind the time-proportional schedule (month ÷ 12): by default more than 10 points behind is yellow, more than 30 red; a progress note',
    },
    levels: '黄灯 info / 红灯 warning',
    messages: {
      zh: (p) =>
        `年度进度${p.actual}%${p.basis ? `（${p.basis}）` : ''}，低于序时进度${p.expected}%，落后${Math.round((p.expected - p.actual) * 10) / 10}个百分点。`,
      en: (p) =>
        `Annual progress ${p.actual}%${p.basis ? ` (${p.basis})` : ''} is behind the time-proportional schedule of ${p.expected}%, by ${Math.round((p.expected - p.actual) * 10) / 10} points.`,
    },
  },
  check({ table, month, schedule }) {
    const issues: Issue<'overdue.schedule'>[] = [];
    if (month === null) return issues;
    const expected = expectedByMonth(month);
    const tasks = table.tasks;
    const read = readingsOf(tasks);
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i] as Task;
      const reading = read(i);
      const body = reading.body;
      if (!(YEAR_PROGRESS_HINT.test(body) || SHARE_OF_TASK_HINT.test(body)) || reading.progress.claims.length === 0) continue;
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
