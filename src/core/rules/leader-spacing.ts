import type { Issue } from '../findings';
import { joinSplitLeaders } from '../names/leaders';
import { compactName } from '../names/normalize';
import { firstAndMore, leaderTokens, rosterKnown, soleCellText, uniqueBy } from './name-cells';
import type { Rule, RuleContext } from './types';

/** A leader name a space split, as written (raw) and joined (name); more: the cell's other such names. */
export interface LeaderSpacingParams {
  raw: string;
  name: string;
  more?: { raw: string; name: string }[];
}

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

export const leaderSpacing: Rule<'leader.spacing', LeaderSpacingParams> = {
  id: 'leader.spacing',
  severity: 'warning',
  kind: 'data',
  meta: {
    title: { zh: '领导姓名中有空格', en: 'Space inside a leader name' },
    description: {
      zh: '分管领导姓名中间有空格（“崔 赞”），可一键删除空格',
      en: 'A leader name has a space inside ("崔 赞"); can be joined in one step',
    },
    levels: 'warning（全表两字姓名都这样排版时为 info）',
    messages: {
      zh: (p) =>
        `分管领导姓名中间有空格：${[p, ...(p.more ?? [])].map((n) => `“${n.raw}”应为“${n.name}”`).join('，')}。请删除姓名中的空格。`,
      en: (p) =>
        `Leader names have a space inside: ${[p, ...(p.more ?? [])].map((n) => `"${n.raw}" should be "${n.name}"`).join(', ')}. Remove the spaces.`,
    },
  },
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
