import type { Issue, RuleKind, Severity } from '../findings';
import type { ReportTable } from '../model';
import type { NameIndex } from '../names/types';
import type { Locale, ScheduleThresholds } from '../options';
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import type { RuleId } from './ids';

export interface RuleContext {
  workbook: WorkbookSnapshot;
  sheet: SheetSnapshot;
  table: ReportTable;
  names: NameIndex;
  /** Report year, from the title; the current year's guess is never made silently. */
  year: number | null;
  month: number | null;
  schedule: ScheduleThresholds;
  locale: Locale;
}

export interface Rule<K extends RuleId = RuleId> {
  id: K;
  severity: Severity;
  kind: RuleKind;
  /** One line in Chinese, for the README catalog and the pane. */
  description: string;
  check(ctx: RuleContext): Issue<K>[];
}
