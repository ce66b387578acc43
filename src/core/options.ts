import type { RuleId } from './rules/ids';
import type { Roster } from './names/types';
import type { PreviousChoice } from './history/types';

export interface ScheduleThresholds {
  /** Percentage points below 序时进度 (month/12) that turn a task yellow. Default 10. */
  yellowBelow: number;
  /** Percentage points below 序时进度 that turn a task red. Default 30. */
  redBelow: number;
}

export type Locale = 'zh' | 'en';

export interface CheckOptions {
  /** Sheet to check; otherwise the one that looks like a report, the latest month first. */
  sheet?: string;
  /** Report month override, 1–12. */
  month?: number;
  /** Roster from a file; a 名单 sheet in the workbook is used when this is absent. */
  roster?: Roster | null;
  schedule?: Partial<ScheduleThresholds>;
  disabledRules?: RuleId[];
  /** Last month's report; by default the sheet of the month before in the same workbook, when there is one. */
  previous?: PreviousChoice;
  locale?: Locale;
}

export const DEFAULT_SCHEDULE: ScheduleThresholds = { yellowBelow: 10, redBelow: 30 };
