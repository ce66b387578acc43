import { useMemo, useState } from 'react';
import { changesPerson, fixesFor } from '../../core/fixes';
import type { Fix, WorkbookHost } from '../../core/host';
import { roundFixes, type Checked, type Report } from '../logic/engine';
import { fixKey } from '../logic/fix-view';
import { useAction } from './useAction';

export type FixOutcome =
  | { kind: 'applied'; applied: number; skipped: number; rounds: number; manual: string[] }
  | { kind: 'undone'; restored: number }
  | null;

/** As the command line: two fixes on one cell come one round after the other; five rounds settle any real sheet. */
const MAX_ROUNDS = 5;

/**
 * The safe fixes of the current report. Each is ticked unless it would make a name another person's
 * (崔燮 → 崔赞 on the roster's word): that one waits for the user. Applying goes on in rounds, each
 * against the sheet as the last left it, until nothing the user left ticked remains; `recheck` reads
 * the workbook again so the list and the findings show the sheet as it now is.
 */
export function useFixes(host: WorkbookHost, report: Report | null, recheck: () => Promise<Checked | undefined>) {
  const fixes = useMemo<Fix[]>(() => (report ? fixesFor(report) : []), [report]);
  /** The user's own ticks and unticks; every other fix keeps its default. */
  const [chosen, setChosen] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [outcome, setOutcome] = useState<FixOutcome>(null);

  const isSelected = (fix: Fix) => chosen.get(fixKey(fix)) ?? !changesPerson(fix);
  const selected = useMemo(() => fixes.filter((fix) => chosen.get(fixKey(fix)) ?? !changesPerson(fix)), [fixes, chosen]);

  const toggle = (fix: Fix, on: boolean) => {
    setChosen((prev) => new Map(prev).set(fixKey(fix), on));
  };
  const toggleAll = (on: boolean) => setChosen(new Map(fixes.map((f) => [fixKey(f), on])));

  const apply = useAction(async (first: Fix[]) => {
    let batch = first;
    let applied = 0;
    let skipped = 0;
    let rounds = 0;
    const manual: string[] = [];
    while (batch.length > 0 && rounds < MAX_ROUNDS) {
      const result = await host.applyFixes(batch);
      rounds += 1;
      applied += result.applied.length;
      skipped += result.skipped.length;
      for (const f of result.manual ?? []) if (!manual.includes(f.cell)) manual.push(f.cell);
      const fresh = await recheck();
      if (!fresh || result.applied.length === 0) break;
      // What the last round's fixes made possible, less anything the user unticked (a cell left as it was keeps its key).
      batch = roundFixes(fresh.report).filter((f) => chosen.get(fixKey(f)) !== false);
    }
    setOutcome({ kind: 'applied', applied, skipped, rounds, manual });
  });
  const undo = useAction(async () => {
    const restored = await host.undoFixes();
    setOutcome({ kind: 'undone', restored });
    await recheck();
  });

  return {
    fixes,
    selected,
    isSelected,
    toggle,
    toggleAll,
    apply: () => apply.run(selected),
    applyOnly: apply.run,
    undo: undo.run,
    outcome,
    busy: apply.busy || undo.busy,
    error: apply.error ?? undo.error,
    clearError: () => {
      apply.clearError();
      undo.clearError();
    },
  };
}
