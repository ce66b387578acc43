import type { Finding } from './findings';
import type { HistoryContext, HistoryNote } from './history/types';
import type { ReportTable, Task } from './model';
import type { NameIndex } from './names/types';
import type { RuleId } from './rules/ids';

export interface StatusCounts {
  完成: number;
  部分完成: number;
  未完成: number;
  /** Tasks whose 完成情况 opens with no status. */
  缺失: number;
}

/** Everything one check of one workbook found. */
export interface Report {
  /** The sheet checked, or null when no sheet holds a report table. */
  sheet: string | null;
  title: string | null;
  month: number | null;
  year: number | null;
  table: ReportTable | null;
  tasks: Task[];
  /** Sorted by row, then by rule order. */
  findings: Finding[];
  statusCounts: StatusCounts;
  names: NameIndex;
  /** Rules that failed on this workbook and were skipped; present only when one did. Their findings are missing. */
  failedRules?: RuleId[];
  /** Last month's report and how the tasks match it; present only when the check was compared with one. */
  history?: HistoryContext;
  /** Why last month's report, found or asked for, could not be compared; present only then. */
  historyNote?: HistoryNote;
}

export function countStatuses(tasks: readonly Task[]): StatusCounts {
  const counts: StatusCounts = { 完成: 0, 部分完成: 0, 未完成: 0, 缺失: 0 };
  for (const t of tasks) counts[t.status ?? '缺失']++;
  return counts;
}
