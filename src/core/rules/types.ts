import type { IssueOf, RuleKind, Severity } from '../findings';
import type { HistoryContext } from '../history/types';
import type { ReportTable } from '../model';
import type { NameIndex } from '../names/types';
import type { Locale, ScheduleThresholds } from '../options';
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import type { RuleId, RuleParams } from './ids';

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
  /** Last month's report matched to this one; null when there is none to compare with. */
  history: HistoryContext | null;
}

/** One text per language the pane and the messages speak. */
export type Localized<T> = Record<Locale, T>;

/**
 * A finding's message rendered from its params: what is wrong, then what to do. Written as methods so
 * that a rule with its own params still fits the registry's general Rule type.
 */
export interface RuleMessages<P> {
  zh(params: P): string;
  en(params: P): string;
}

/** What a rule says about itself, kept beside its logic. */
export interface RuleMeta<P> {
  /** A few words naming the problem: the pane's group heading, switch and fix line. */
  title: Localized<string>;
  /** One line on what the rule looks for: the README catalog and the pane's tooltip. */
  description: Localized<string>;
  /**
   * How the level varies from one finding to another, in the README catalog's words, e.g.
   * 'error（月份目标任务为 warning）'. Omitted when every finding has the rule's severity.
   */
  levels?: string;
  messages: RuleMessages<P>;
}

/**
 * A rule: its id (a stable public contract), default severity, family (kind), meta and logic, in one file.
 * P is the shape of the params its findings carry; the registry derives RuleId and RuleParams from the rules.
 */
export interface Rule<K extends string = RuleId, P = RuleParams[K & RuleId]> {
  id: K;
  severity: Severity;
  kind: RuleKind;
  meta: RuleMeta<P>;
  check(ctx: RuleContext): IssueOf<K, P>[];
}
