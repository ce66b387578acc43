import { useMemo, useState } from 'react';
import type { Fix, WorkbookHost } from '../../core/host';
import { fixesFor } from '../../core/fixes';
import type { Report } from '../logic/engine';
import { fixKey } from '../logic/fix-view';
import { useAction } from './useAction';

export type FixOutcome = { kind: 'applied'; applied: number; skipped: number; manual: string[] } | { kind: 'undone'; restored: number } | null;

/**
 * The safe fixes of the current report, all ticked at first. After applying or undoing, `afterChange`
 * re-checks the workbook so the list and the findings show the sheet as it now is.
 */
export function useFixes(host: WorkbookHost, report: Report | null, afterChange: () => Promise<unknown>) {
  const fixes = useMemo<Fix[]>(() => (report ? fixesFor(report) : []), [report]);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<FixOutcome>(null);

  const selected = useMemo(() => fixes.filter((f) => !unticked.has(fixKey(f))), [fixes, unticked]);

  const toggle = (fix: Fix, on: boolean) => {
    setUnticked((prev) => {
      const next = new Set(prev);
      if (on) next.delete(fixKey(fix));
      else next.add(fixKey(fix));
      return next;
    });
  };
  const toggleAll = (on: boolean) => setUnticked(on ? new Set() : new Set(fixes.map(fixKey)));

  const apply = useAction(async (chosen: Fix[]) => {
    const result = await host.applyFixes(chosen);
    setOutcome({ kind: 'applied', applied: result.applied.length, skipped: result.skipped.length, manual: (result.manual ?? []).map((f) => f.cell) });
    await afterChange();
  });
  const undo = useAction(async () => {
    const restored = await host.undoFixes();
    setOutcome({ kind: 'undone', restored });
    await afterChange();
  });

  return {
    fixes,
    selected,
    isSelected: (fix: Fix) => !unticked.has(fixKey(fix)),
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
