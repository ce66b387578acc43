import { useMemo, useState } from 'react';
import type { Finding } from '../../core/findings';
import { groupFindings, type FindingFilter } from '../logic/findings-view';

export function useFindingsView(findings: readonly Finding[]) {
  const [filter, setFilter] = useState<FindingFilter>({ severity: 'all', kind: 'all' });
  const groups = useMemo(() => groupFindings(findings, filter), [findings, filter]);
  const shown = useMemo(() => groups.reduce((n, g) => n + g.items.length, 0), [groups]);
  return { filter, setFilter, groups, shown, total: findings.length };
}
