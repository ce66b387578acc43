import { cellKey } from './address';
import type { Finding } from './findings';
import type { Fix } from './host';
import type { RuleId } from './rules/ids';

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
