import type { Finding } from '../../core/findings';
import type { Report } from './engine';

/**
 * null when the report was recognised; otherwise the sheets the core looked in without finding a
 * header row, so the pane can say where it looked.
 */
export function notFoundSheets(report: Report): string[] | null {
  const finding = report.findings.find((f): f is Finding<'table.not-found'> => f.rule === 'table.not-found');
  if (finding) return finding.params.sheets;
  return report.table ? null : [];
}
