import { parseA1, toA1 } from '../core/address';
import type { Fix, FixResult } from '../core/host';
import { asText } from '../office/text';
import { activeWorkbook, listSheets, sheetNamed } from './book';
import { WpsError } from './errors';
import { readLedger, writeLedger } from './ledger-io';
import type { EtApplication, EtRange } from './om';
import { transact } from './tx';
import { cellText } from './values';

/** A fix as the ledger keeps it, in the form every host writes: whether the cell held a number, so undo puts back a number. */
interface AppliedFix extends Fix {
  wasNumber?: boolean;
}

interface Target {
  range: EtRange;
  value: unknown;
}

/** Each fix's cell and what it holds now, read before anything is written; a protected sheet stops here. */
function readTargets(app: EtApplication, fixes: readonly Fix[]) {
  const wb = activeWorkbook(app);
  const entries = listSheets(wb);
  const state = readLedger(entries);
  const names = new Set(entries.map((e) => e.name));
  const checked = new Set<string>();
  const targets = new Map<string, Target>();
  for (const fix of fixes) {
    if (!names.has(fix.sheet)) continue;
    const ws = sheetNamed(entries, fix.sheet);
    if (!checked.has(fix.sheet)) {
      if (ws.ProtectContents) throw new WpsError('protected', { sheet: fix.sheet });
      checked.add(fix.sheet);
    }
    const { row, col } = parseA1(fix.cell);
    const cell = toA1(row, col);
    const key = `${fix.sheet}\u0000${cell}`;
    if (!targets.has(key)) {
      const range = ws.Range(cell);
      targets.set(key, { range, value: range.Value2 });
    }
  }
  return { wb, state, targets, key: (f: Fix) => `${f.sheet}\u0000${toA1(parseA1(f.cell).row, parseA1(f.cell).col)}` };
}

/**
 * Applies fixes where the cell still holds `from`; a second fix on a cell applies to the text the
 * first one left. Text is written as text (a leading apostrophe where WPS would turn it into a
 * number or date), so a fix never changes the kind of a value; undo puts back a number where there was one.
 */
export function applyFixes(app: EtApplication, fixes: readonly Fix[]): FixResult {
  return transact(app, () => {
    const { wb, state, targets, key } = readTargets(app, fixes);
    const text = new Map([...targets].map(([k, t]) => [k, cellText(t.value)]));
    const applied: AppliedFix[] = [];
    const skipped: Fix[] = [];
    const touched = new Set<string>();
    for (const fix of fixes) {
      const k = key(fix);
      if (!targets.has(k) || text.get(k) !== fix.from) {
        skipped.push(fix);
        continue;
      }
      const wasNumber = !touched.has(k) && typeof targets.get(k)?.value === 'number';
      touched.add(k);
      text.set(k, fix.to);
      applied.push(wasNumber ? { ...fix, wasNumber } : fix);
    }
    return (journal) => {
      if (applied.length === 0) return { applied, skipped };
      const previous = state.ledger;
      journal.push(() => writeLedger(wb, state, previous));
      // Kept until undone, so an undo after several rounds of fixes goes all the way back.
      writeLedger(wb, state, { ...previous, fixes: [...previous.fixes, ...applied] });
      for (const k of touched) {
        const target = targets.get(k);
        if (!target) continue;
        journal.push(() => {
          target.range.Value2 = typeof target.value === 'string' ? asText(target.value) : target.value;
        });
        target.range.Value2 = asText(text.get(k) ?? '');
      }
      return { applied, skipped };
    };
  });
}

/** Puts back every fix not yet undone, newest first, leaving alone any cell edited since. */
export function undoFixes(app: EtApplication): number {
  return transact(app, () => {
    const wb = activeWorkbook(app);
    const entries = listSheets(wb);
    const state = readLedger(entries);
    const fixes = state.ledger.fixes as AppliedFix[];
    const { targets, key } = readTargets(app, fixes);
    const text = new Map([...targets].map(([k, t]) => [k, cellText(t.value)]));
    const writes = new Map<string, unknown>();
    let restored = 0;
    for (let i = fixes.length - 1; i >= 0; i--) {
      const fix = fixes[i];
      if (!fix) continue;
      const k = key(fix);
      // A cell edited since the fix is the user's newer work: leave it.
      if (!targets.has(k) || text.get(k) !== fix.to) continue;
      const asNumber = fix.wasNumber === true && fix.from.trim() !== '' && Number.isFinite(Number(fix.from));
      writes.set(k, asNumber ? Number(fix.from) : asText(fix.from));
      text.set(k, fix.from);
      restored++;
    }
    return (journal) => {
      if (fixes.length === 0) return 0;
      const previous = state.ledger;
      journal.push(() => writeLedger(wb, state, previous));
      writeLedger(wb, state, { ...previous, fixes: [] });
      for (const [k, value] of writes) {
        const target = targets.get(k);
        if (!target) continue;
        journal.push(() => {
          target.range.Value2 = typeof target.value === 'string' ? asText(target.value) : target.value;
        });
        target.range.Value2 = value;
      }
      return restored;
    };
  });
}
