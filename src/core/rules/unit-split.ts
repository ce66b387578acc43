import type { Issue } from '../findings';
import { compactName } from '../names/normalize';
import { joinSplitUnits } from '../names/units';
import { firstAndMore, soleCellText, uniqueBy, unitTokens } from './name-cells';
import type { Rule } from './types';

/** A unit name spaces broke apart, as written (raw, marker left out) and joined (name). */
export interface UnitSplitParams {
  raw: string;
  name: string;
  more?: { raw: string; name: string }[];
}

export const unitSplit: Rule<'unit.split', UnitSplitParams> = {
  id: 'unit.split',
  severity: 'warning',
  kind: 'data',
  meta: {
    title: { zh: '单位名称被空格断开', en: 'Unit name broken by spaces' },
    description: {
      zh: '责任单位名称被空格断开（“区行政审批 服务局”），可一键连上',
      en: 'A unit name is broken by spaces ("区行政审批 服务局"); can be joined in one step',
    },
    messages: {
      zh: (p) =>
        `责任单位名称被空格断开：${[p, ...(p.more ?? [])].map((u) => `“${u.raw}”应为“${u.name}”`).join('，')}。请删除名称中的空格。`,
      en: (p) =>
        `Unit names are broken by spaces: ${[p, ...(p.more ?? [])].map((u) => `"${u.raw}" should be "${u.name}"`).join(', ')}. Remove the spaces.`,
    },
  },
  check(ctx) {
    const issues: Issue<'unit.split'>[] = [];
    for (const task of ctx.table.tasks) {
      const cell = task.cells.units;
      if (cell === null) continue;
      const units = unitTokens(task);
      if (!units.some((u) => u.rejoined)) continue;
      const broken = units
        .filter((u) => u.rejoined)
        .map((u) => {
          const raw = task.unitsText.slice(u.start, u.end);
          return { raw, name: compactName(raw) };
        });
      if (broken.length === 0) continue;
      const issue: Issue<'unit.split'> = { rule: 'unit.split', cell, seq: task.seq, params: firstAndMore(uniqueBy(broken, (u) => u.raw)) };
      const text = soleCellText(ctx, task, 'units');
      if (text !== null) {
        const to = joinSplitUnits(text);
        if (to !== text) issue.suggestion = { cell, from: text, to };
      }
      issues.push(issue);
    }
    return issues;
  },
};
