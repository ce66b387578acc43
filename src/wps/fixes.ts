import { cellKey } from '../core/address';
import type { Fix, FixResult } from '../core/host';
import { normalCell } from '../core/plan/cells';
import type { CellNow, CellWrite } from '../core/plan/fixes';
import { planFixes, planUndo } from '../core/plan/fixes';
import { asText } from '../office/text';
import type { SheetEntry } from './book';
import { activeWorkbook, listSheets, sheetNamed } from './book';
import { WpsError } from './errors';
import { readLedger, writeLedger } from './ledger-io';
import type { EtApplication, EtRange } from './om';
import { transact } from './tx';
import { cellText } from './values';

interface Target {
  range: EtRange;
  value: unknown;
  formula: boolean;
}

const key = cellKey;

/** Each cell concerned, read before anything is written (two or three calls each); a protected sheet stops here. */
function readTargets(entries: readonly SheetEntry[], cells: readonly { sheet: string; cell: string }[]): Map<string, Target> {
  const names = new Set(entries.map((e) => e.name));
  const checked = new Set<string>();
  const targets = new Map<string, Target>();
  for (const c of cells) {
    const cell = normalCell(c.cell);
    if (!cell || !names.has(c.sheet) || targets.has(key(c.sheet, cell))) continue;
    const ws = sheetNamed(entries, c.sheet);
    if (!checked.has(c.sheet)) {
      if (ws.ProtectContents) throw new WpsError('protected', { sheet: c.sheet });
      checked.add(c.sheet);
    }
    const range = ws.Range(cell);
    const value = range.Value2;
    // Only a cell holding text can hold a formula that matters here; a number read is never rewritten from a formula.
    targets.set(key(c.sheet, cell), { range, value, formula: range.HasFormula === true });
  }
  return targets;
}

/** A cell as the core compares it: its text, whether it holds a formula, and a number or true/false it holds. */
function cellNow(target: Target): CellNow {
  const now: CellNow = { text: cellText(target.value), formula: target.formula };
  if (typeof target.value === 'number' && !Number.isNaN(target.value)) now.content = { kind: 'number', value: target.value };
  if (typeof target.value === 'boolean') now.content = { kind: 'boolean', value: target.value };
  return now;
}

/** What to set Value2 to: text as text (never turned into a number or a date), or the value put back. */
function valueOf(write: CellWrite): unknown {
  switch (write.kind) {
    case 'text':
      return asText(write.text);
    case 'number':
    case 'boolean':
      return write.value;
    case 'rich':
      // WPS takes a cell's text in one piece here; the runs' formatting is not written.
      return asText(write.runs.map((r) => r.text).join(''));
  }
}

/** Carries out the writes, noting how to put each cell back if WPS refuses one half-way. */
function carryOut(targets: Map<string, Target>, writes: readonly CellWrite[], journal: { push(step: () => void): void }): void {
  for (const write of writes) {
    const target = targets.get(key(write.sheet, write.cell));
    if (!target) continue;
    journal.push(() => {
      target.range.Value2 = typeof target.value === 'string' ? asText(target.value) : target.value;
    });
    target.range.Value2 = valueOf(write);
  }
}

/** Applies fixes as the core plans them: compare-and-set, chained on one cell, formulas left to the user. */
export function applyFixes(app: EtApplication, fixes: readonly Fix[]): FixResult {
  return transact(app, () => {
    const wb = activeWorkbook(app);
    const entries = listSheets(wb);
    const state = readLedger(entries);
    const targets = readTargets(entries, fixes);
    const plan = planFixes(state.ledger, fixes, (sheet, cell) => {
      const target = targets.get(key(sheet, cell));
      return target ? cellNow(target) : undefined;
    });
    const result: FixResult = { applied: plan.applied, skipped: plan.skipped, ...(plan.manual ? { manual: plan.manual } : {}) };
    return (journal) => {
      if (plan.writes.length === 0) return result;
      const previous = state.ledger;
      journal.push(() => writeLedger(wb, state, previous));
      writeLedger(wb, state, plan.ledger);
      carryOut(targets, plan.writes, journal);
      return result;
    };
  });
}

/** Undoes the fixes the ledger holds, as the core plans it: newest first, cells edited since left alone. */
export function undoFixes(app: EtApplication): number {
  return transact(app, () => {
    const wb = activeWorkbook(app);
    const entries = listSheets(wb);
    const state = readLedger(entries);
    const targets = readTargets(entries, state.ledger.fixes);
    const plan = planUndo(state.ledger, (sheet, cell) => {
      const target = targets.get(key(sheet, cell));
      return target ? cellNow(target) : undefined;
    });
    return (journal) => {
      if (state.ledger.fixes.length === 0) return 0;
      const previous = state.ledger;
      journal.push(() => writeLedger(wb, state, previous));
      writeLedger(wb, state, plan.ledger);
      carryOut(targets, plan.writes, journal);
      return plan.restored;
    };
  });
}
