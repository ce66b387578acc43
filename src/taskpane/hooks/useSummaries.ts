import { useState } from 'react';
import type { WorkbookHost, WrittenSheet } from '../../core/host';
import type { SheetModel } from '../../core/sheet-model';
import type { DoubtfulUnit } from '../../core/summary';
import { nameFixes, summarize, type Checked, type SummaryBy, type UnresolvedName } from '../logic/engine';
import { renameFixes } from '../logic/name-choice';
import { useAction } from './useAction';

export type SummaryPhase =
  | { kind: 'idle' }
  /** Name variants are unresolved: the user decides whether to fix them first. */
  | { kind: 'confirm'; unresolved: UnresolvedName[]; units: DoubtfulUnit[]; fixable: number }
  | { kind: 'working' }
  /** `leftOut`: names still to be checked, which got no sheet of their own. */
  | { kind: 'done'; written: WrittenSheet[]; leftOut: number };

export function useSummaries(host: WorkbookHost, checked: Checked | null, recheck: () => Promise<Checked | undefined>) {
  const report = checked?.report ?? null;
  const [by, setBy] = useState<SummaryBy>('leader');
  const [phase, setPhase] = useState<SummaryPhase>({ kind: 'idle' });

  const write = async (sheets: SheetModel[], leftOut: number) => {
    setPhase({ kind: 'working' });
    try {
      setPhase({ kind: 'done', written: await host.writeSheets(sheets), leftOut });
    } catch (e) {
      setPhase({ kind: 'idle' });
      throw e;
    }
  };

  /** Summarises the workbook as it is now, not as it was at the last check: the user may have edited it since. */
  const summarizeFresh = async (confirmed: boolean) => {
    const fresh = await recheck();
    if (!fresh) return;
    const summary = summarize(fresh, by);
    // Only the doubts that would have had a sheet are asked about: a leader's with by unit, a unit's with by leader, make none.
    const unresolved = by === 'unit' ? [] : summary.unresolved;
    const units = by === 'leader' ? [] : summary.doubtfulUnits;
    if ((unresolved.length > 0 || units.length > 0) && !confirmed) {
      setPhase({ kind: 'confirm', unresolved, units, fixable: nameFixes(fresh.report, unresolved).length });
      return;
    }
    await write(summary.sheets, unresolved.length + units.length);
  };

  const start = useAction(async (confirmed: boolean) => {
    if (report) await summarizeFresh(confirmed);
  });

  const fixNames = useAction(async () => {
    if (!checked) return;
    await host.applyFixes(nameFixes(checked.report, summarize(checked, by).unresolved));
    await summarizeFresh(false);
  });

  /** The user's decision that a suspected variant is the other name: rewritten in the sheet (undoable), then summarised again. */
  const rename = useAction(async (choice: UnresolvedName) => {
    if (!checked) return;
    await host.applyFixes(renameFixes(checked, choice));
    await summarizeFresh(false);
  });

  const select = useAction((sheet: string) => host.selectCell(sheet, 'A1'));

  return {
    by,
    setBy: (next: SummaryBy) => {
      setBy(next);
      setPhase({ kind: 'idle' });
    },
    phase,
    run: () => start.run(false),
    proceed: () => start.run(true),
    fixNames: fixNames.run,
    rename: rename.run,
    select: select.run,
    busy: start.busy || fixNames.busy || rename.busy,
    error: start.error ?? fixNames.error ?? rename.error ?? select.error,
    clearError: () => {
      start.clearError();
      fixNames.clearError();
      rename.clearError();
      select.clearError();
    },
  };
}
