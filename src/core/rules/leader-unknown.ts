import type { Issue } from '../findings';
import { leaderTokens } from './name-cells';
import type { Rule } from './types';
import { rosterSource } from '../messages/format';

/** A leader name not on the roster; roster: where the roster came from; more: the cell's other such names. */
export interface LeaderUnknownParams {
  name: string;
  roster: string;
  more?: string[];
}

export const leaderUnknown: Rule<'leader.unknown', LeaderUnknownParams> = {
  id: 'leader.unknown',
  severity: 'warning',
  kind: 'data',
  meta: {
    title: { zh: '领导不在名单中', en: 'Leader not on roster' },
    description: {
      zh: '分管领导不在名单中（仅在有名单时检查）',
      en: 'A leader is not on the roster (checked only when there is a roster)',
    },
    messages: {
      zh: (p) =>
        `分管领导${[p.name, ...(p.more ?? [])].map((n) => `“${n}”`).join('、')}不在名单（${rosterSource(p.roster)}）中。请核对姓名写法；如名单不全，请把姓名加入名单。`,
      en: (p) =>
        p.more?.length
          ? `Leaders ${[p.name, ...p.more].map((n) => `"${n}"`).join(', ')} are not on the roster (${p.roster}). Check the spelling, or add them to the roster.`
          : `Leader "${p.name}" is not on the roster (${p.roster}). Check the spelling, or add the name to the roster.`,
    },
  },
  check(ctx) {
    const roster = ctx.names.roster;
    if (roster === null || roster.leaders.length === 0) return [];
    const issues: Issue<'leader.unknown'>[] = [];
    for (const task of ctx.table.tasks) {
      const cell = task.cells.leaders;
      if (cell === null) continue;
      const names = [...new Set(leaderTokens(ctx, task).filter((t) => ctx.names.leader(t.name).kind === 'unknown').map((t) => t.name))];
      if (names.length === 0) continue;
      const [name, ...more] = names as [string, ...string[]];
      issues.push({
        rule: 'leader.unknown',
        cell,
        seq: task.seq,
        params: more.length > 0 ? { name, roster: roster.source, more } : { name, roster: roster.source },
      });
    }
    return issues;
  },
};
