import type { Issue } from '../findings';
import { unitTokens } from './name-cells';
import type { Rule } from './types';
import { rosterSource } from '../messages/format';

/** A unit not on the roster; roster: where the roster came from. */
export interface UnitUnknownParams {
  name: string;
  roster: string;
  more?: string[];
}

export const unitUnknown: Rule<'unit.unknown', UnitUnknownParams> = {
  id: 'unit.unknown',
  severity: 'warning',
  kind: 'data',
  meta: {
    title: { zh: '单位不在名单中', en: 'Unit not on roster' },
    description: {
      zh: '责任单位不在名单中（仅在名单列有单位时检查）',
      en: 'A unit is not on the roster (checked only when the roster lists units)',
    },
    messages: {
      zh: (p) =>
        `责任单位${[p.name, ...(p.more ?? [])].map((n) => `“${n}”`).join('、')}不在名单（${rosterSource(p.roster)}）中。请核对单位名称；如名单不全，请把单位加入名单。`,
      en: (p) =>
        p.more?.length
          ? `Units ${[p.name, ...p.more].map((n) => `"${n}"`).join(', ')} are not on the roster (${p.roster}). Check the names, or add them to the roster.`
          : `Unit "${p.name}" is not on the roster (${p.roster}). Check the name, or add the unit to the roster.`,
    },
  },
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
