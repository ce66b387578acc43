import type { Report } from './report';

/**
 * The command line's exit code: 2 when a report has no table (unusable input), 1 when any finding is
 * an error in the table or the data, else 0. Progress findings (late work) never change it.
 */
export function exitCode(reports: readonly Report[]): 0 | 1 | 2 {
  if (reports.some((r) => r.table === null)) return 2;
  const dataError = reports.some((r) => r.findings.some((f) => f.severity === 'error' && (f.kind === 'table' || f.kind === 'data')));
  return dataError ? 1 : 0;
}
