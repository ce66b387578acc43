import type { Issue } from '../findings';
import type { Status, Task } from '../model';
import { targetName } from '../judge/phrase';
import { readingsOf } from '../judge/reading';
import { findShortfall, findYearShortfall, negativeCue } from '../judge/status';
import type { Rule } from './types';

/**
 * metric: what the figures measure ('' when unnamed); cue: the clause holding a negative cue, when that is the reason;
 * columns: the status column and the progress text state different statuses (the column's, the text's label as written).
 */
export interface StatusMismatchParams {
  target: string;
  actual: string;
  cue: string | null;
  metric?: string;
  columns?: { column: Status; text: string };
}

/**
 * Marked 完成 while the row's own figures miss the month's target (an error), or while the progress
 * text says something is not done (尚未, 暂停, 待批…: a warning). Figures win: a shortfall is the
 * stronger reason and is the one reported.
 */
export const statusMismatch: Rule<'status.mismatch', StatusMismatchParams> = {
  id: 'status.mismatch',
  severity: 'error',
  kind: 'data',
  meta: {
    title: { zh: '标为完成但数字未达标', en: 'Marked done, numbers short' },
    description: {
      zh: '标为“完成”，但完成情况中与目标对应的数字没有达到本月目标（引用目标数和实际数）；或完成情况写有“尚未”“暂未”“无法”“暂停”“推迟”“待批”等；或单列的完成状态与完成情况所写状态不一致',
      en: 'Marked 完成, but the figure in the progress text matching the target falls short of the monthly target (target and actual quoted), or the text says 尚未, 暂未, 无法, 暂停, 推迟, 待批…; or a status column and the progress text state different statuses',
    },
    levels: 'error（实际数只是预计数，或依据是“尚未”“暂停”等说法时为 warning）',
    messages: {
      zh: (p) =>
        p.columns !== undefined
          ? `状态列为“${p.columns.column}”，完成情况却写“${p.columns.text}”。请核实后统一。`
          : p.cue !== null
          ? `标为“完成”，但完成情况写有“${p.cue}”。请核实是否已完成，或改为“部分完成”“未完成”。`
          : `标为“完成”，但数字未达到目标：${p.metric ? `${p.metric}，` : ''}目标${p.target}，实际${p.actual}。请核实完成状态或数字。`,
      en: (p) =>
        p.columns !== undefined
          ? `The status column says ${p.columns.column}, the progress text says "${p.columns.text}". Check and make them agree.`
          : p.cue !== null
          ? `Marked 完成, but the progress says "${p.cue}". Check whether it is done, or mark it 部分完成 or 未完成.`
          : `Marked 完成, but the figures miss the target: ${p.metric ? `${p.metric}, ` : ''}target ${p.target}, actual ${p.actual}. Check the status or the figures.`,
    },
  },
  check({ table, month }) {
    const issues: Issue<'status.mismatch'>[] = [];
    const tasks = table.tasks;
    const read = readingsOf(tasks);
    for (let i = 0; i < tasks.length; i++) {
      const task = tasks[i] as Task;
      const disagreement = columnDisagreement(task);
      if (disagreement !== null) {
        issues.push(disagreement);
        continue;
      }
      if (task.status !== '完成') continue;
      const cell = task.cells.progress ?? task.cells.seq;
      const reading = read(i);
      const short = findShortfall(reading, task.monthTarget) ?? (month === 12 ? findYearShortfall(reading, task.annual) : null);
      if (short !== null) {
        const { target, best } = short.pairing;
        issues.push({
          rule: 'status.mismatch',
          cell,
          seq: task.seq,
          params: { target: target.text, actual: best.text, cue: null, metric: targetName(short.annual ? task.annual : task.monthTarget, target) },
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

/** The status column and the progress text each state a status, and not the same one. */
function columnDisagreement(task: Task): Issue<'status.mismatch'> | null {
  const text = task.textStatus;
  if (task.statusPlace !== 'column' || task.status === null || text === undefined || text.status === task.status) return null;
  return {
    rule: 'status.mismatch',
    cell: task.cells.status ?? task.cells.progress ?? task.cells.seq,
    seq: task.seq,
    params: { target: '', actual: '', cue: null, columns: { column: task.status, text: text.label } },
    evidence: { progress: { text: text.label } },
  };
}

