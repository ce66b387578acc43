import type { Locale } from '../options';
import type { RuleId } from './ids';
import type { Rule } from './types';
import { cellEmpty } from './cell-empty';
import { overdueMonth } from './overdue-month';
import { seqDuplicate } from './seq-duplicate';
import { seqGap } from './seq-gap';
import { seqInvalid } from './seq-invalid';
import { seqOrder } from './seq-order';
import { statusMissing } from './status-missing';
import { statusNonstandard } from './status-nonstandard';
import { tableColumnMissing } from './table-column-missing';
import { tableMonthMismatch } from './table-month-mismatch';
import { tableNotFound } from './table-not-found';
import { textStraySpace } from './text-stray-space';
import { leaderSpacing } from './leader-spacing';
import { leaderVariant } from './leader-variant';
import { leaderMerged } from './leader-merged';
import { leaderUnknown } from './leader-unknown';
import { unitSplit } from './unit-split';
import { unitUnknown } from './unit-unknown';
import { unitLeadMarker } from './unit-lead-marker';
import { statusMismatch } from './status-mismatch';
import { statusUnderstated } from './status-understated';
import { textRestatesTarget } from './text-restates-target';
import { overdueDeadline } from './overdue-deadline';
import { overdueSchedule } from './overdue-schedule';
import { statusLight } from './status-light';
import { historyRepeat } from './history-repeat';
import { historyCopied } from './history-copied';
import { historyCumulativeDecrease } from './history-cumulative-decrease';
import { historyTargetChanged } from './history-target-changed';
import { historyTaskMissing } from './history-task-missing';
import { historyTaskAdded } from './history-task-added';
import { historyStatusChange } from './history-status-change';

/**
 * Every rule, in the order findings on one row are listed: the table, the numbering, the cells,
 * the status, the names, the judgement of the numbers, progress, then the comparison with last
 * month. A new rule is one file in this folder and one line here; RuleId and RuleParams are
 * derived from this list.
 */
export const RULES = [
  tableNotFound,
  tableColumnMissing,
  tableMonthMismatch,
  seqInvalid,
  seqDuplicate,
  seqGap,
  seqOrder,
  cellEmpty,
  statusMissing,
  statusNonstandard,
  textStraySpace,
  leaderSpacing,
  leaderVariant,
  leaderMerged,
  leaderUnknown,
  unitSplit,
  unitUnknown,
  unitLeadMarker,
  statusMismatch,
  statusUnderstated,
  textRestatesTarget,
  overdueMonth,
  overdueDeadline,
  overdueSchedule,
  statusLight,
  historyRepeat,
  historyCopied,
  historyCumulativeDecrease,
  historyTargetChanged,
  historyTaskMissing,
  historyTaskAdded,
  historyStatusChange,
] as const;

const BY_ID = new Map<RuleId, Rule>(RULES.map((r): [RuleId, Rule] => [r.id, r]));
const ORDER = new Map<RuleId, number>(RULES.map((r, i) => [r.id, i]));

export function ruleById<K extends RuleId>(id: K): Rule<K> | undefined {
  return BY_ID.get(id) as Rule<K> | undefined;
}

/** Position of a rule in RULES, for sorting findings; unknown ids sort last. */
export function ruleOrder(id: RuleId): number {
  return ORDER.get(id) ?? RULES.length;
}

/** The rule's name in the pane's language: its group heading, switch and fix line. */
export function ruleTitle(id: RuleId, locale: Locale): string {
  return BY_ID.get(id)?.meta.title[locale] ?? id;
}
