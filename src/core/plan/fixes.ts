import type { Fix, FixResult } from '../host';
import type { AppliedFix, FixedContent, Ledger } from '../ledger';
import { cellKey, normalCell, type CellRef } from './cells';

/** What the user is told about a fix left to them because the cell holds a formula. */
export const FORMULA_CELL_MESSAGE = '公式单元格请手工修改';

/**
 * A cell as a host reads it for fixing: its text as the core compares it (`from` / `to`), whether
 * it holds a formula, and what writing its text back would not restore.
 */
export interface CellNow {
  text: string;
  formula: boolean;
  /** A number, a true/false value, or rich text; absent for plain text and empty cells. */
  content?: FixedContent;
}

/** Undefined when the cell cannot be read (its sheet is gone). */
export type CellReader = (sheet: string, cell: string) => CellNow | undefined;

/** One cell to write: text (written as text, never reinterpreted as a number or a date) or content put back. */
export type CellWrite = CellRef & ({ kind: 'text'; text: string } | FixedContent);

export interface FixPlan extends FixResult {
  /** The final value of each changed cell, one write per cell. */
  writes: CellWrite[];
  ledger: Ledger;
}

function normalised<T extends CellRef>(items: readonly T[]): T[] {
  const out: T[] = [];
  for (const item of items) {
    const cell = normalCell(item.cell);
    if (cell) out.push({ ...item, cell });
  }
  return out;
}

function plainFix(fix: Fix): Fix {
  return { sheet: fix.sheet, cell: fix.cell, from: fix.from, to: fix.to, rule: fix.rule };
}

/**
 * Fixes as a plan, compare-and-set: a fix applies only where the cell still holds `from`. Several
 * fixes may chain on one cell, each seeing the text the previous one left. A formula cell is never
 * written: its fix is left to the user. The first fix of a cell keeps what it replaced where text
 * alone would not bring it back, so undo restores the cell exactly.
 */
export function planFixes(ledger: Ledger, given: readonly Fix[], read: CellReader): FixPlan {
  const now = new Map<string, { text: string; write: CellWrite }>();
  const applied: AppliedFix[] = [];
  const skipped: Fix[] = [];
  const manual: Fix[] = [];
  for (const fix of normalised(given)) {
    const key = cellKey(fix.sheet, fix.cell);
    const touched = now.get(key);
    const cell = touched ? undefined : read(fix.sheet, fix.cell);
    if (cell?.formula) {
      manual.push(plainFix(fix));
      continue;
    }
    const current = touched ? touched.text : cell?.text;
    if (current === undefined || current !== fix.from) {
      skipped.push(plainFix(fix));
      continue;
    }
    const record: AppliedFix = plainFix(fix);
    if (cell?.content) record.before = cell.content;
    applied.push(record);
    now.set(key, { text: fix.to, write: { sheet: fix.sheet, cell: fix.cell, kind: 'text', text: fix.to } });
  }
  const writes = [...now.values()].map((v) => v.write);
  // Kept until undone, so an undo after several rounds of fixes goes all the way back.
  const next = applied.length ? { ...ledger, fixes: [...ledger.fixes, ...applied] } : ledger;
  return { writes, applied: applied.map(plainFix), skipped, ...(manual.length ? { manual } : {}), ledger: next };
}

/** What undoing a fix writes: its `from`, or the content its cell held before, as the ledger kept it. */
function restoreWrite(fix: AppliedFix): CellWrite {
  if (fix.before) return { sheet: fix.sheet, cell: fix.cell, ...fix.before };
  const asNumber = fix.wasNumber === true && fix.from.trim() !== '' && Number.isFinite(Number(fix.from));
  if (asNumber) return { sheet: fix.sheet, cell: fix.cell, kind: 'number', value: Number(fix.from) };
  return { sheet: fix.sheet, cell: fix.cell, kind: 'text', text: fix.from };
}

export interface UndoPlan {
  writes: CellWrite[];
  /** How many fixes are undone. */
  restored: number;
  ledger: Ledger;
}

/**
 * Undoes every fix the ledger holds, newest first. A cell the user has changed since is left alone:
 * undo never overwrites their later work.
 */
export function planUndo(ledger: Ledger, read: CellReader): UndoPlan {
  const now = new Map<string, { text: string; write: CellWrite | null }>();
  let restored = 0;
  for (const fix of normalised(ledger.fixes).reverse()) {
    const key = cellKey(fix.sheet, fix.cell);
    let state = now.get(key);
    if (!state) {
      const cell = read(fix.sheet, fix.cell);
      if (!cell || cell.formula) continue;
      state = { text: cell.text, write: null };
      now.set(key, state);
    }
    if (state.text !== fix.to) continue;
    state.text = fix.from;
    state.write = restoreWrite(fix);
    restored++;
  }
  const writes: CellWrite[] = [];
  for (const { write } of now.values()) if (write) writes.push(write);
  return { writes, restored, ledger: { ...ledger, fixes: [] } };
}
