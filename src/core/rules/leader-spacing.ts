import type { Issue } from '../findings';
import { joinSplitLeaders } from '../names/leaders';
import { compactName } from '../names/normalize';
import { firstAndMore, leaderTokens, rosterKnown, soleCellText, uniqueBy } from './name-cells';
import type { Rule, RuleContext } from './types';

/**
 * Some offices space every two-character name out to the width of a three-character one ("崔\u3000赞").
 * Where the whole report does so it is a house style, not a slip: still reported, as a note.
 */
function houseStyle(ctx: RuleContext): boolean {
  let spaced = 0;
  for (const task of ctx.table.tasks) {
    for (const t of leaderTokens(ctx, task)) {
      if (codePoints(t.name) !== 2) continue;
      if (!t.rejoined) return false;
      spaced++;
    }
  }
  return spaced >= HOUSE_STYLE_MIN;
}

const HOUSE_STYLE_MIN = 3;

/** Length in characters, a character beyond the BMP counted once, without building an array per name. */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The low half of a surrogate pair ends a character already counted.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const prev = text.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) continue;
    }
    n++;
  }
  return n;
}

export const leaderSpacing: Rule<'leader.spacing'> = {
  id: 'leader.spacing',
  severity: 'warning',
  kind: 'data',
  description: '分管领导姓名中间有空格（如“崔 赞”）',
  check(ctx) {
    const issues: Issue<'leader.spacing'>[] = [];
    const style = houseStyle(ctx);
    for (const task of ctx.table.tasks) {
      const cell = task.cells.leaders;
      if (cell === null) continue;
      const tokens = leaderTokens(ctx, task);
      if (!tokens.some((t) => t.rejoined)) continue;
      const spaced = uniqueBy(
        tokens.filter((t) => t.rejoined).map((t) => ({ raw: t.raw, name: compactName(t.raw) })),
        (t) => t.raw,
      );
      if (spaced.length === 0) continue;
      const issue: Issue<'leader.spacing'> = { rule: 'leader.spacing', cell, seq: task.seq, params: firstAndMore(spaced) };
      if (style) issue.severity = 'info';
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
