import type { Issue } from '../findings';
import { firstAndMore, leaderTokens, uniqueBy } from './name-cells';
import type { Rule } from './types';

type Item = { raw: string; parts: string[]; likely: string[] };

export const leaderMerged: Rule<'leader.merged'> = {
  id: 'leader.merged',
  severity: 'warning',
  kind: 'data',
  description: '分管领导栏疑似多个姓名连在一起（如“崔贊晋”）',
  check(ctx) {
    const issues: Issue<'leader.merged'>[] = [];
    for (const task of ctx.table.tasks) {
      const cell = task.cells.leaders;
      if (cell === null) continue;
      const items: Item[] = [];
      for (const t of leaderTokens(ctx, task)) {
        const v = ctx.names.leader(t.name);
        if (v.kind === 'merged') items.push({ raw: t.raw, parts: v.parts, likely: v.likely ?? v.parts });
      }
      // Where the names are split is a guess: there is no safe rewrite.
      if (items.length > 0) issues.push({ rule: 'leader.merged', cell, seq: task.seq, params: firstAndMore(uniqueBy(items, (i) => i.raw)) });
    }
    return issues;
  },
};
