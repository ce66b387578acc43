import type { Issue } from '../findings';
import type { Task } from '../model';
import { clauseAt, deadlineWorkDone, findDeadlines, formatDate, hasPassed, type Deadline } from '../judge/deadline';
import { readingsOf } from '../judge/reading';
import type { Rule } from './types';

export interface OverdueDeadlineParams {
  deadline: string;
  date: string;
}

/**
 * A deadline written in the month's or the year's target (9月28日前, 6月底前, 二季度末, 上半年) has
 * passed by the end of the report month, and the task is 部分完成 or 未完成. A deadline that falls on
 * the report month's last day (9月底前 in September's report) is the month's own target and is
 * left to overdue.month. A red light: the date is gone. Rows without a status are not judged, nor
 * a deadline whose own work the progress text reports as done (the row may be late on other work).
 */
export const overdueDeadline: Rule<'overdue.deadline', OverdueDeadlineParams> = {
  id: 'overdue.deadline',
  severity: 'warning',
  kind: 'progress',
  meta: {
    title: { zh: '已过目标期限', en: 'Deadline passed' },
    description: {
      zh: '年度或本月目标写明的期限（9月28日前、8月中旬、6月底前、二季度末、上半年……）到本月底已过，任务仍为部分完成或未完成；属进度提示',
      en: 'A deadline written in the annual or monthly target (9月28日前, 8月中旬, 6月底前, 二季度末, 上半年…) has passed by the end of the report month and the task is 部分完成 or 未完成; a progress note',
    },
    levels: 'warning（红灯）',
    messages: {
      zh: (p) => `目标期限“${p.deadline}”（${p.date}）已过，任务仍未完成。请督促进度，或说明原因。`,
      en: (p) => `The deadline "${p.deadline}" (${p.date}) has passed and the task is not done. Follow it up or state the reason.`,
    },
  },
  check({ table, month, year }) {
    const issues: Issue<'overdue.deadline'>[] = [];
    if (month === null) return issues;
    const tasks = table.tasks;
    const read = readingsOf(tasks);
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i] as Task;
      if (task.status !== '未完成' && task.status !== '部分完成') continue;
      const sources: Array<[string, string | null]> = [
        [task.monthTarget, task.cells.month],
        [task.annual, task.cells.annual],
      ];
      const body = read(i).body;
      for (const [text, cell] of sources) {
        if (!MAY_HOLD_DATE.test(text)) continue;
        const overdue = findDeadlines(text).filter((d) => hasPassed(d, year, month) && !deadlineWorkDone(text, d, body));
        const passed = latest(overdue);
        if (passed === null) continue;
        const date = formatDate(passed, year);
        issues.push({
          rule: 'overdue.deadline',
          cell: cell ?? task.cells.seq,
          seq: task.seq,
          params: { deadline: passed.text, date },
          light: 'red',
          evidence: { deadline: date, target: { text: clauseAt(text, passed.start) } },
        });
        break;
      }
    }
    return issues;
  },
};

/** Every deadline form names a month, a quarter, half a year or the year's end. */
const MAY_HOLD_DATE = /月|季度|半年|年中|年底|年末/;

/** Of several passed deadlines, the latest is the one that says the most about now. */
function latest(deadlines: Deadline[]): Deadline | null {
  let best: Deadline | null = null;
  for (const d of deadlines) {
    if (best === null || d.month * 100 + d.day > best.month * 100 + best.day) best = d;
  }
  return best;
}
