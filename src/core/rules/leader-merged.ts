import type { Issue } from '../findings';
import { firstAndMore, leaderTokens, uniqueBy } from './name-cells';
import type { Rule } from './types';
import { listEn, listZh } from '../messages/format';

/** A name that looks like several run together: parts as read, likely the full names meant. */
export interface LeaderMergedParams {
  raw: string;
  parts: string[];
  likely: string[];
  more?: { raw: string; parts: string[]; likely: string[] }[];
}

type Item = { raw: string; parts: string[]; likely: string[] };

export const leaderMerged: Rule<'leader.merged', LeaderMergedParams> = {
  id: 'leader.merged',
  severity: 'warning',
  kind: 'data',
  meta: {
    title: { zh: '多个姓名连在一起', en: 'Names run together' },
    description: {
      zh: '多个姓名连在一起（“崔贊晋”= 崔赞 + 高晋？），列出可能的姓名，需人工分开',
      en: 'Several names run together ("崔贊晋" = 崔赞 + 高晋?); the likely names are listed, to be separated by hand',
    },
    messages: {
      zh: (p) => {
        const items = [p, ...(p.more ?? [])].map((n) => {
          const guess = n.likely.join() !== n.parts.join() ? `，可能是${n.likely.map((l) => `“${l}”`).join('和')}` : '';
          return `“${n.raw}”疑似多个姓名连在一起（${listZh(n.parts)}${guess}）`;
        });
        return `分管领导${items.join('；')}。请核实，并用空格分开各个姓名。`;
      },
      en: (p) => {
        const items = [p, ...(p.more ?? [])].map((n) => {
          const guess = n.likely.join() !== n.parts.join() ? `, probably ${listEn(n.likely)}` : '';
          return `"${n.raw}" looks like names run together (${listEn(n.parts)}${guess})`;
        });
        return `Leader ${items.join('; ')}. Check it and separate the names with spaces.`;
      },
    },
  },
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
