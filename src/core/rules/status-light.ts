import { parseA1 } from '../address';
import type { Issue, Light } from '../findings';
import type { Status, Task } from '../model';
import { overdueDeadline } from './overdue-deadline';
import { overdueSchedule } from './overdue-schedule';
import type { Rule, RuleContext } from './types';

/** The light a 亮灯 cell shows, or Tongbao works out: green when nothing is late. */
export type LightColour = Light | 'green';

/**
 * light: the 亮灯 cell as written; expected: the light the row should show; why: what sets it (the row's
 * status, a passed deadline, or being behind 序时进度); status: the row's status when that is the reason.
 */
export interface StatusLightParams {
  light: string;
  expected: LightColour;
  why: 'status' | 'deadline' | 'schedule';
  status?: Status;
}

const COLOUR_OF: Record<Status, LightColour> = { 完成: 'green', 部分完成: 'yellow', 未完成: 'red' };
const RANK: Record<LightColour, number> = { green: 0, yellow: 1, red: 2 };
const ZH: Record<LightColour, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };

/** Lights of the late-work rules, by 0-based sheet row: a passed deadline, behind 序时进度. */
function computedLights(ctx: RuleContext): Map<number, { light: Light; why: 'deadline' | 'schedule' }> {
  const out = new Map<number, { light: Light; why: 'deadline' | 'schedule' }>();
  const add = (issues: Issue[], why: 'deadline' | 'schedule') => {
    for (const issue of issues) {
      if (issue.light === undefined) continue;
      const row = parseA1(issue.cell).row;
      const seen = out.get(row);
      if (seen === undefined || RANK[issue.light] > RANK[seen.light]) out.set(row, { light: issue.light, why });
    }
  };
  add(overdueDeadline.check(ctx), 'deadline');
  add(overdueSchedule.check(ctx), 'schedule');
  return out;
}

/**
 * The light a row should show and why: its status, or late work that lights it more. A status read from
 * the light itself says nothing new: only late work can disagree with it.
 */
function expectedLight(task: Task, shown: LightColour, late: Map<number, { light: Light; why: 'deadline' | 'schedule' }>): { colour: LightColour; why: StatusLightParams['why'] } {
  const own = task.status !== null && task.statusPlace !== 'light' ? COLOUR_OF[task.status] : shown;
  const other = late.get(task.firstRow);
  if (other !== undefined && RANK[other.light] > RANK[own]) return { colour: other.light, why: other.why };
  return { colour: own, why: 'status' };
}

export const statusLight: Rule<'status.light', StatusLightParams> = {
  id: 'status.light',
  severity: 'warning',
  kind: 'data',
  meta: {
    title: { zh: '亮灯与状态不一致', en: 'Light disagrees' },
    description: {
      zh: '亮灯（进度评价）列的灯色与完成状态不一致，或与校验算出的灯（期限已过亮红灯、落后序时进度亮黄灯或红灯）不一致；同时列出两者',
      en: 'The 亮灯 (progress rating) column shows another light than the status, or than the light Tongbao works out (red for a passed deadline, yellow or red behind schedule); both are shown',
    },
    messages: {
      zh: (p) =>
        `亮灯为“${p.light}”，但${p.why === 'status' ? `完成状态为“${p.status ?? ''}”` : p.why === 'deadline' ? '目标期限已过' : '年度进度落后序时进度'}，应为${ZH[p.expected]}。请核实亮灯或完成状态。`,
      en: (p) =>
        `The light column shows "${p.light}", but ${p.why === 'status' ? `the status is ${p.status ?? ''}` : p.why === 'deadline' ? 'a deadline has passed' : 'annual progress is behind schedule'}: it should be ${p.expected}. Check the light or the status.`,
    },
  },
  check(ctx) {
    const issues: Issue<'status.light'>[] = [];
    if (ctx.table.columns.light === undefined) return issues;
    const late = computedLights(ctx);
    for (const task of ctx.table.tasks) {
      const shown = task.light;
      if (shown === undefined || shown.status === null) continue;
      const { colour, why } = expectedLight(task, COLOUR_OF[shown.status], late);
      if (COLOUR_OF[shown.status] === colour) continue;
      const status = why === 'status' && task.status !== null ? { status: task.status } : {};
      issues.push({
        rule: 'status.light',
        cell: task.cells.light ?? task.cells.seq,
        seq: task.seq,
        params: { light: shown.text, expected: colour, why, ...status },
      });
    }
    return issues;
  },
};
