import type { Issue } from '../findings';
import { joinSplitLeaders } from '../names/leaders';
import { compactName } from '../names/normalize';
import { firstAndMore, leaderTokens, rosterKnown, soleCellText, uniqueBy } from './name-cells';
import type { Rule } from './types';

export const leaderSpacing: Rule<'leader.spacing'> = {
  id: 'leader.spacing',
  severity: 'warning',
  kind: 'data',
  description: '分管领导姓名中间有空格（如“崔 赞”）',
  check(ctx) {
    const issues: Issue<'leader.spacing'>[] = [];
    for (const task of ctx.table.tasks) {
      const cell = task.cells.leaders;
      if (cell === null) continue;
      const spaced = uniqueBy(
        leaderTokens(ctx, task).filter((t) => t.rejoined).map((t) => ({ raw: t.raw, name: compactName(t.raw) })),
        (t) => t.raw,
      );
      if (spaced.length === 0) continue;
      const issue: Issue<'leader.spacing'> = { rule: 'leader.spacing', cell, seq: task.seq, params: firstAndMore(spaced) };
      const text = soleCellText(ctx, task, 'leaders');
      if (text !== null) {
        const to = joinSplitLeaders(text, rosterKnown(ctx));
        if (to !== text) issue.suggestion = { cell, from: text, to };
      }
      issues.push(issue);
    }
    return issues;
  },
};
