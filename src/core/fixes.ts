import { cellKey } from './address';
import type { Finding } from './findings';
import type { Fix } from './host';
import type { RuleId } from './rules/ids';
import { normalizeName } from './names/normalize';

/**
 * The safe suggestions as fixes, at most one per cell: two rewrites of one cell were each worked out
 * from the text as it is now, so applying both would lose one. The first finding wins; the others
 * come back on the next check, against the fixed text.
 */
export function fixesFor(report: { findings: readonly Finding[] }, only?: readonly RuleId[]): Fix[] {
  const allowed = only && only.length ? new Set<RuleId>(only) : null;
  const taken = new Set<string>();
  const fixes: Fix[] = [];
  for (const f of report.findings) {
    const s = f.suggestion;
    if (!s || s.from === s.to) continue;
    if (allowed && !allowed.has(f.rule)) continue;
    const key = cellKey(f.sheet, s.cell);
    if (taken.has(key)) continue;
    taken.add(key);
    fixes.push({ sheet: f.sheet, cell: s.cell, from: s.from, to: s.to, rule: f.rule });
  }
  return fixes;
}

/** Rules whose fixes rewrite names of people or offices. */
const NAME_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['leader.spacing', 'leader.variant', 'leader.merged', 'unit.split']);

/**
 * True when a fix would make a name another name: a character changes beyond spacing, width and
 * traditional → simplified script ("崔燮" → "崔赟" on the roster's word). It may be another person, so
 * such a fix is offered for a person to confirm, never applied by default.
 */
export function changesPerson(fix: Pick<Fix, 'from' | 'to' | 'rule'>): boolean {
  return NAME_RULES.has(fix.rule) && normalizeName(fix.from) !== normalizeName(fix.to);
}

/** The safe fixes a person need not confirm: every fix of `fixesFor` that leaves names as the same people. */
export function defaultFixes(report: { findings: readonly Finding[] }, only?: readonly RuleId[]): Fix[] {
  return fixesFor(report, only).filter((fix) => !changesPerson(fix));
}
