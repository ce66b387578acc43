import type { Issue } from '../findings';
import { leaderTokens } from './name-cells';
import type { Rule } from './types';

export const leaderUnknown: Rule<'leader.unknown'> = {
  id: 'leader.unknown',
  severity: 'warning',
  kind: 'data',
  description: '分管领导不在名单中（仅在有名单时检查）',
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
