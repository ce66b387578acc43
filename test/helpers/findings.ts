import { check } from '../../src/core';
import type { Finding } from '../../src/core/findings';
import type { CheckOptions } from '../../src/core/options';
import type { RuleId } from '../../src/core/rules/ids';
import type { SheetSnapshot } from '../../src/core/snapshot';

/** The findings one rule gives on a one-sheet workbook, through the whole check pipeline. */
export function findingsOf<K extends RuleId>(rule: K, sheet: SheetSnapshot, options: CheckOptions = {}): Finding<K>[] {
  return check({ sheets: [sheet] }, options).findings.filter((f): f is Finding<K> => f.rule === rule);
}
