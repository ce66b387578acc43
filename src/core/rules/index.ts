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

/**
 * Every rule, in the order findings on one row are listed: the table, the numbering, the cells,
 * the status, the names, the judgement of the numbers, then progress.
 */
export const RULES: readonly Rule[] = [
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
];

const BY_ID = new Map<RuleId, Rule>(RULES.map((r) => [r.id, r]));
const ORDER = new Map<RuleId, number>(RULES.map((r, i) => [r.id, i]));

export function ruleById<K extends RuleId>(id: K): Rule<K> | undefined {
  return BY_ID.get(id) as Rule<K> | undefined;
}

/** Position of a rule in RULES, for sorting findings; unknown ids sort last. */
export function ruleOrder(id: RuleId): number {
  return ORDER.get(id) ?? RULES.length;
}
