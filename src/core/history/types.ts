import type { Task } from '../model';
import type { WorkbookSnapshot } from '../snapshot';

/**
 * Which report is last month's. Absent: the sheet of the month before in the same workbook, when
 * there is one. 'none': no comparison. 'sheet': a sheet of the same workbook. 'file': another
 * workbook, read by the host (its sheet named, or else the month before the checked one, or its latest).
 */
export type PreviousChoice =
  | { kind: 'none' }
  | { kind: 'sheet'; sheet: string }
  | { kind: 'file'; file: string; workbook: WorkbookSnapshot; sheet?: string };

/** Why there is no comparison although one was asked for or a sheet was found. One line each. */
export type HistoryNote =
  | { reason: 'other-year'; sheet: string; year: number; current: number }
  | { reason: 'same-month'; sheet: string; month: number }
  | { reason: 'later-month'; sheet: string; month: number; current: number }
  | { reason: 'no-table'; sheet: string }
  | { reason: 'no-sheet'; sheet: string; file?: string }
  | { reason: 'mismatch'; sheet: string; matched: number; tasks: number };

/** What was compared, for the report card, the command line and --json. */
export interface HistoryInfo {
  /** The sheet compared with, and its file when it is another workbook. */
  sheet: string;
  file?: string;
  year: number | null;
  month: number | null;
  /** True when the sheet was found in the workbook without being asked for. */
  auto: boolean;
  /** Tasks matched, last month's without a match, this month's without one. */
  matched: number;
  missing: number;
  added: number;
  /** Earlier report sheets read to count months in a row, the compared one first. */
  months: string[];
}

/** Everything the history rules and the summaries need, worked out once per check. */
export interface HistoryContext {
  info: HistoryInfo;
  /** Last month's tasks. */
  previous: Task[];
  /** By this month's task index: last month's task index, or -1. */
  previousOf: Int32Array;
  /** By last month's task index: this month's task index, or -1. */
  currentOf: Int32Array;
  /**
   * By this month's task index: the months in a row, this one included, the task was 未完成 or
   * 部分完成, counting back through every earlier month sheet; 0 when it is not unfinished now.
   */
  streaks: Int32Array;
}
