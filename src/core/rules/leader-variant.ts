import type { Issue } from '../findings';
import type { Task } from '../model';
import { compactName, hasTraditional, toSimplified } from '../names/normalize';
import { stripBrackets } from '../names/scan';
import type { LeaderToken } from '../names/types';
import type { LeaderVariantReason } from './ids';
import { firstAndMore, leaderTokens, replaceTokens, soleCellText, uniqueBy } from './name-cells';
import type { Rule, RuleContext } from './types';

type Item = { name: string; canonical: string; reason: LeaderVariantReason };

/** Names the report also writes in simplified script: only there is a traditional spelling an inconsistency. */
function writtenSimplified(ctx: RuleContext): Set<string> {
  const names = new Set<string>();
  for (const task of ctx.table.tasks) {
    for (const t of leaderTokens(ctx, task)) if (!hasTraditional(stripBrackets(t.raw))) names.add(t.name);
  }
  return names;
}

/** What is wrong with one name, and its safe replacement in the cell if there is one. */
function judge(ctx: RuleContext, t: LeaderToken, simplified: Set<string>): { item: Item; to: string | null } | null {
  const written = compactName(stripBrackets(t.raw));
  const v = ctx.names.leader(t.name);
  if (v.kind === 'mapped') {
    // A remark in brackets would be lost by writing the roster name over the token.
    const to = stripBrackets(t.raw) === t.raw ? v.canonical : null;
    return { item: { name: written, canonical: v.canonical, reason: 'roster' }, to };
  }
  if (v.kind === 'suspect') return { item: { name: written, canonical: v.canonical, reason: 'suspect' }, to: null };
  const onRoster = (ctx.names.roster?.leaders.length ?? 0) > 0;
  if (v.kind === 'ok' && hasTraditional(written) && (onRoster || simplified.has(t.name))) {
    // Character-level conversion can be wrong for a name (乾 is not always 干): only the roster makes it certain.
    return { item: { name: written, canonical: v.canonical, reason: 'script' }, to: onRoster ? toSimplified(t.raw) : null };
  }
  return null;
}

function suggestion(ctx: RuleContext, task: Task, cell: string, simplified: Set<string>): Issue['suggestion'] {
  const text = soleCellText(ctx, task, 'leaders');
  if (text === null) return undefined;
  const edits: { raw: string; to: string }[] = [];
  for (const t of leaderTokens(ctx, task)) {
    const j = judge(ctx, t, simplified);
    if (j?.to != null) edits.push({ raw: t.raw, to: j.to });
  }
  if (edits.length === 0) return undefined;
  const to = replaceTokens(text, edits);
  return to !== null && to !== text ? { cell, from: text, to } : undefined;
}

export const leaderVariant: Rule<'leader.variant'> = {
  id: 'leader.variant',
  severity: 'warning',
  kind: 'data',
  description: '同一分管领导的姓名写法不一（繁体、错字，或与名单不符）',
  check(ctx) {
    const simplified = writtenSimplified(ctx);
    const issues: Issue<'leader.variant'>[] = [];
    for (const task of ctx.table.tasks) {
      const cell = task.cells.leaders;
      if (cell === null) continue;
      const items: Item[] = [];
      for (const t of leaderTokens(ctx, task)) {
        const j = judge(ctx, t, simplified);
        if (j !== null) items.push(j.item);
      }
      if (items.length === 0) continue;
      const issue: Issue<'leader.variant'> = { rule: 'leader.variant', cell, seq: task.seq, params: firstAndMore(uniqueBy(items, (i) => i.name)) };
      const fix = suggestion(ctx, task, cell, simplified);
      if (fix !== undefined) issue.suggestion = fix;
      issues.push(issue);
    }
    return issues;
  },
};
