import { parseA1 } from '../../core/address';
import type { Finding, RuleKind, Severity } from '../../core/findings';
import type { Task } from '../../core/model';
import type { RuleId } from '../../core/rules/ids';

export type SeverityFilter = 'all' | Severity;
/** The pane's two categories: the work's progress, and everything written in the sheet (data and table). */
export type KindFilter = 'all' | 'data' | 'progress';

export interface FindingFilter {
  severity: SeverityFilter;
  kind: KindFilter;
  /** A 分管领导 or 责任单位 name; '' for anyone. Each office can be sent its own problems. */
  leader?: string;
  unit?: string;
}

export const ALL_FINDINGS: FindingFilter = { severity: 'all', kind: 'all', leader: '', unit: '' };

/** Finds the task a finding's cell belongs to, by its row in the report sheet. */
export type TaskOf = (finding: Finding) => Task | null;

export function taskLookup(sheet: string | null, tasks: readonly Task[]): TaskOf {
  const byRow = new Map<number, Task>();
  for (const task of tasks) for (let r = task.firstRow; r <= task.lastRow; r++) byRow.set(r, task);
  return (finding) => {
    if (finding.sheet !== sheet) return null;
    try {
      return byRow.get(parseA1(finding.cell).row) ?? null;
    } catch {
      return null;
    }
  };
}

const SHORT_NAME = 18;

/** The start of a task's 年度目标任务, as staff name a task: enough to know it, short enough for a list. */
export function taskShortName(task: Task | null): string | null {
  const text = task?.annual.replace(/\s+/g, ' ').trim() ?? '';
  if (!text) return null;
  const firstClause = text.split(/[。；;，,：:]/)[0] ?? text;
  const name = firstClause.length >= 6 ? firstClause : text;
  return name.length > SHORT_NAME ? `${name.slice(0, SHORT_NAME)}…` : name;
}

/** Every 分管领导 and 责任单位 the tasks name, in order of first appearance, for the filters. */
export function namesForFilters(tasks: readonly Task[]): { leaders: string[]; units: string[] } {
  const leaders = new Set<string>();
  const units = new Set<string>();
  for (const task of tasks) {
    for (const leader of task.leaders) leaders.add(leader);
    for (const unit of task.units) if (unit.name) units.add(unit.name);
  }
  return { leaders: [...leaders], units: [...units] };
}

/** How a finding's weight is said in words: the light for late work, the severity for the rest. */
export type LevelWord = Severity | 'red' | 'yellow';

export function levelOf(finding: Finding): LevelWord {
  if (finding.kind === 'progress') return finding.light === 'red' ? 'red' : 'yellow';
  return finding.severity;
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

export function matches(finding: Finding, filter: FindingFilter, taskOf?: TaskOf): boolean {
  if (filter.severity !== 'all' && finding.severity !== filter.severity) return false;
  if (filter.kind !== 'all' && categoryOf(finding.kind) !== filter.kind) return false;
  if (filter.leader || filter.unit) {
    const task = taskOf?.(finding) ?? null;
    if (!task) return false;
    if (filter.leader && !task.leaders.includes(filter.leader)) return false;
    if (filter.unit && !task.units.some((u) => u.name === filter.unit)) return false;
  }
  return true;
}

/**
 * Findings grouped by rule: what is written wrong before what is merely late (progress), the most
 * severe groups first within each, then in the order the rules first appear in the sheet.
 */
export function groupFindings(findings: readonly Finding[], filter: FindingFilter, taskOf?: TaskOf): FindingGroup[] {
  const groups = new Map<RuleId, FindingGroup>();
  let history: FindingGroup | null = null;
  for (const finding of findings) {
    if (!matches(finding, filter, taskOf)) continue;
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
