import { useMemo, useState } from 'react';
import type { Finding } from '../../core/findings';
import type { Task } from '../../core/model';
import { ALL_FINDINGS, groupFindings, namesForFilters, taskLookup, type FindingFilter } from '../logic/findings-view';

export function useFindingsView(findings: readonly Finding[], sheet: string | null, tasks: readonly Task[]) {
  const [filter, setFilter] = useState<FindingFilter>(ALL_FINDINGS);
  const taskOf = useMemo(() => taskLookup(sheet, tasks), [sheet, tasks]);
  const names = useMemo(() => namesForFilters(tasks), [tasks]);
  const groups = useMemo(() => groupFindings(findings, filter, taskOf), [findings, filter, taskOf]);
  const shown = useMemo(() => groups.reduce((n, g) => n + g.items.length, 0), [groups]);
  return { filter, setFilter, groups, shown, total: findings.length, taskOf, names };
}
