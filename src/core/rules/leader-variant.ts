import type { Issue } from '../findings';
import type { Task } from '../model';
import { compactName, hasTraditional, toSimplified } from '../names/normalize';
import { stripBrackets } from '../names/scan';
import type { LeaderToken } from '../names/types';
import { firstAndMore, leaderTokens, replaceTokens, soleCellText, uniqueBy } from './name-cells';
import type { Rule, RuleContext } from './types';

/**
 * A name written otherwise than `canonical`: in traditional script where the report also writes it in
 * simplified ('script'), one character off a roster name ('roster'), or only suspected from the report
 * itself ('suspect', never fixed automatically). more: the cell's other such names.
 */
export type LeaderVariantReason = 'script' | 'roster' | 'suspect';

type Item = { name: string; canonical: string; reason: LeaderVariantReason };

export interface LeaderVariantParams extends Item {
  more?: Item[];
}

/** Characters the conversion table changes that a simplified name may also hold as they are. */
const AMBIGUOUS = /[乾於著瞭藉徵鍾鐘餘隻麽夥祇]/;

/**
 * Names the report also writes in simplified script, and whether the column is written mostly in traditional
 * script: a report written that way on purpose is left alone without a roster.
 */
interface Script {
  simplified: Set<string>;
  deliberate: boolean;
}

function writtenScript(ctx: RuleContext): Script {
  const names = new Set<string>();
  let tokens = 0;
  let traditionalTokens = 0;
  // The same few names fill the column: each spelling is looked at once.
  const traditional = new Map<string, boolean>();
  for (const task of ctx.table.tasks) {
    for (const t of leaderTokens(ctx, task)) {
      let has = traditional.get(t.raw);
      if (has === undefined) {
        has = hasTraditional(stripBrackets(t.raw));
        traditional.set(t.raw, has);
      }
      tokens++;
      if (has) traditionalTokens++;
      else names.add(t.name);
    }
  }
  return { simplified: names, deliberate: traditionalTokens * 2 >= tokens };
}

type Written = { form: string; traditional: boolean };

/** How a name is written, without brackets or spacing, once per spelling in the column. */
function writtenForms(): (raw: string) => Written {
  const forms = new Map<string, Written>();
  return (raw) => {
    let written = forms.get(raw);
    if (written === undefined) {
      const form = compactName(stripBrackets(raw));
      written = { form, traditional: hasTraditional(form) };
      forms.set(raw, written);
    }
    return written;
  };
}

/** What is wrong with one name, and its safe replacement in the cell if there is one. */
function judge(ctx: RuleContext, t: LeaderToken, script: Script, writtenForm: (raw: string) => Written): { item: Item; to: string | null } | null {
  const v = ctx.names.leader(t.name);
  if (v.kind !== 'mapped' && v.kind !== 'suspect' && v.kind !== 'ok') return null;
  const { form: written, traditional } = writtenForm(t.raw);
  if (v.kind === 'mapped') {
    // A remark in brackets would be lost by writing the roster name over the token.
    const to = stripBrackets(t.raw) === t.raw ? v.canonical : null;
    return { item: { name: written, canonical: v.canonical, reason: 'roster' }, to };
  }
  if (v.kind === 'suspect') return { item: { name: written, canonical: v.canonical, reason: 'suspect' }, to: null };
  const onRoster = (ctx.names.roster?.leaders.length ?? 0) > 0;
  if (v.kind === 'ok' && traditional) {
    // Character-level conversion can be wrong for a name (乾 is not always 干, 於 is a surname): a name with
    // such a character is fixed only against the roster. Without one, a column written mostly in traditional
    // script is written so on purpose and left alone.
    const item: Item = { name: written, canonical: v.canonical, reason: 'script' };
    if (onRoster) return { item, to: toSimplified(t.raw) };
    if (script.deliberate && !script.simplified.has(t.name)) return null;
    if (!AMBIGUOUS.test(written)) return { item, to: toSimplified(t.raw) };
    if (script.simplified.has(t.name)) return { item, to: null };
  }
  return null;
}

function suggestion(ctx: RuleContext, task: Task, cell: string, script: Script, writtenForm: (raw: string) => Written): Issue['suggestion'] {
  const text = soleCellText(ctx, task, 'leaders');
  if (text === null) return undefined;
  const edits: { raw: string; to: string }[] = [];
  for (const t of leaderTokens(ctx, task)) {
    const j = judge(ctx, t, script, writtenForm);
    if (j?.to != null) edits.push({ raw: t.raw, to: j.to });
  }
  if (edits.length === 0) return undefined;
  const to = replaceTokens(text, edits);
  return to !== null && to !== text ? { cell, from: text, to } : undefined;
}

export const leaderVariant: Rule<'leader.variant', LeaderVariantParams> = {
  id: 'leader.variant',
  severity: 'warning',
  kind: 'data',
  meta: {
    title: { zh: '领导姓名写法不一', en: 'Leader name spelled differently' },
    description: {
      zh: '同一领导写法不一：繁体写法（崔贊→崔赞）、与名单只差一字——有名单时可一键改为名单写法；无名单时，表中少见姓名与常见姓名同姓同长只差一字，只提示“疑似”，不自动改、不合并',
      en: 'One leader written two ways: traditional script (崔贊 → 崔赞) or one character off the roster, fixable in one step; without a roster, a rare name one character off a frequent one of the same surname and length is only reported as suspected, never fixed or merged',
    },
    messages: {
      zh: (p) => {
        const all = [p, ...(p.more ?? [])];
        const items = all.map((n) =>
          n.reason === 'suspect'
            ? `“${n.name}”疑似“${n.canonical}”的不同写法`
            : n.reason === 'script'
              ? `“${n.name}”是繁体写法，应为“${n.canonical}”`
              : `“${n.name}”与名单中的“${n.canonical}”只差一字，应为“${n.canonical}”`,
        );
        const ask = all.some((n) => n.reason === 'suspect')
          ? '请核实：是同一人就统一写法；不是同一人，请在“名单”工作表中列出全部分管领导，之后不再提示。'
          : all.some((n) => n.reason === 'roster')
            ? '请按名单改正。'
            : '请统一写法。';
        return `分管领导${items.join('；')}。${ask}`;
      },
      en: (p) => {
        const all = [p, ...(p.more ?? [])];
        const items = all.map((n) =>
          n.reason === 'suspect'
            ? `"${n.name}" looks like another spelling of "${n.canonical}"`
            : n.reason === 'script'
              ? `"${n.name}" is in traditional script; write "${n.canonical}"`
              : `"${n.name}" is one character off "${n.canonical}" on the roster; write "${n.canonical}"`,
        );
        const ask = all.some((n) => n.reason === 'suspect')
          ? 'Check: if it is the same person, use one spelling; if not, list every leader on a 名单 sheet and this stops.'
          : 'Use one spelling.';
        return `Leader ${items.join('; ')}. ${ask}`;
      },
    },
  },
  check(ctx) {
    const script = writtenScript(ctx);
    const writtenForm = writtenForms();
    const issues: Issue<'leader.variant'>[] = [];
    for (const task of ctx.table.tasks) {
      const cell = task.cells.leaders;
      if (cell === null) continue;
      const items: Item[] = [];
      for (const t of leaderTokens(ctx, task)) {
        const j = judge(ctx, t, script, writtenForm);
        if (j !== null) items.push(j.item);
      }
      if (items.length === 0) continue;
      const issue: Issue<'leader.variant'> = { rule: 'leader.variant', cell, seq: task.seq, params: firstAndMore(uniqueBy(items, (i) => i.name)) };
      const fix = suggestion(ctx, task, cell, script, writtenForm);
      if (fix !== undefined) issue.suggestion = fix;
      issues.push(issue);
    }
    return issues;
  },
};
