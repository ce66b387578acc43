import type { Issue } from '../findings';
import { compactName } from '../names/normalize';
import { joinSplitUnits } from '../names/units';
import { firstAndMore, soleCellText, uniqueBy, unitTokens } from './name-cells';
import type { Rule } from './types';

export const unitSplit: Rule<'unit.split'> = {
  id: 'unit.split',
  severity: 'warning',
  kind: 'data',
  description: '责任单位名称被空格断开（如“区行政审批 服务局”）',
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
