import type { Issue } from '../findings';
import { unitTokens } from './name-cells';
import type { Rule } from './types';

export const unitUnknown: Rule<'unit.unknown'> = {
  id: 'unit.unknown',
  severity: 'warning',
  kind: 'data',
  description: '责任单位不在名单中（仅在名单列有单位时检查）',
  check(ctx) {
    const roster = ctx.names.roster;
    if (roster === null || roster.units.length === 0) return [];
    const issues: Issue<'unit.unknown'>[] = [];
    for (const task of ctx.table.tasks) {
      const cell = task.cells.units;
      if (cell === null) continue;
      const names = [...new Set(unitTokens(task).filter((u) => u.name !== '' && ctx.names.unit(u.name).known === false).map((u) => u.name))];
      const [name, ...more] = names;
      if (name === undefined) continue;
      issues.push({
        rule: 'unit.unknown',
        cell,
        seq: task.seq,
        params: more.length > 0 ? { name, roster: roster.source, more } : { name, roster: roster.source },
      });
    }
    return issues;
  },
};
