import type { Finding, RuleKind, Severity } from '../../core/findings';
import type { RuleId } from '../../core/rules/ids';

export type SeverityFilter = 'all' | Severity;
/** The pane's two categories: the work's progress, and everything written in the sheet (data and table). */
export type KindFilter = 'all' | 'data' | 'progress';

export interface FindingFilter {
  severity: SeverityFilter;
  kind: KindFilter;
}

export interface FindingGroup {
  rule: RuleId;
  /** The most severe severity among the group's findings. */
  severity: Severity;
  kind: RuleKind;
  items: Finding[];
  /** Set on the one group holding every comparison with last month (history.*), shown as 与上月对比. */
  history?: true;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const CATEGORY_RANK: Record<Exclude<KindFilter, 'all'>, number> = { data: 0, progress: 1 };

export function categoryOf(kind: RuleKind): Exclude<KindFilter, 'all'> {
  return kind === 'progress' ? 'progress' : 'data';
}

export function matches(finding: Finding, filter: FindingFilter): boolean {
  if (filter.severity !== 'all' && finding.severity !== filter.severity) return false;
  if (filter.kind !== 'all' && categoryOf(finding.kind) !== filter.kind) return false;
  return true;
}

/**
 * Findings grouped by rule: what is written wrong before what is merely late (progress), the most
 * severe groups first within each, then in the order the rules first appear in the sheet.
 */
export function groupFindings(findings: readonly Finding[], filter: FindingFilter): FindingGroup[] {
  const groups = new Map<RuleId, FindingGroup>();
  let history: FindingGroup | null = null;
  for (const finding of findings) {
    if (!matches(finding, filter)) continue;
    if (finding.rule.startsWith('history.')) {
      // What only last month shows is read together, after the rest, in sheet order.
      if (history === null) history = { rule: finding.rule, severity: finding.severity, kind: finding.kind, items: [], history: true };
      history.items.push(finding);
      if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[history.severity]) history.severity = finding.severity;
      continue;
    }
    const group = groups.get(finding.rule);
    if (group) {
      group.items.push(finding);
      if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[group.severity]) group.severity = finding.severity;
    } else {
      groups.set(finding.rule, { rule: finding.rule, severity: finding.severity, kind: finding.kind, items: [finding] });
    }
  }
  const ordered = [...groups.values()];
  // Array.prototype.sort is stable, so equal ranks keep their first-appearance order.
  ordered.sort((a, b) => CATEGORY_RANK[categoryOf(a.kind)] - CATEGORY_RANK[categoryOf(b.kind)] || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  if (history !== null) ordered.push(history);
  return ordered;
}

/** A stable key for a finding, for React lists and focus. */
export function findingKey(finding: Finding): string {
  return `${finding.rule}|${finding.sheet}|${finding.cell}|${JSON.stringify(finding.params)}`;
}
