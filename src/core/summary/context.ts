import type { HistoryContext } from '../history/types';

/** What every sheet builder needs besides its own rows. */
import type { Wording } from './figures';

export interface SheetContext {
  period: { year: string; month: string };
  /** The report's own words for its work and progress, for the titles. */
  wording: Wording;
  /** Header of the month target column, e.g. "9月份目标任务". */
  monthHeader: string;
  order: 'status' | 'seq';
  /** Gives a sheet its name: the wanted one, cleaned, or a suffixed one when taken. */
  claim(wanted: string): string;
  /** Last month's report matched to this one, when the check compared them. */
  history: HistoryContext | null;
}
