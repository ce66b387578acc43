import { useState } from 'react';
import type { WorkbookHost, WrittenSheet } from '../../core/host';
import { nameFixes, summarize, type Checked, type Report, type SummaryBy, type UnresolvedName } from '../logic/engine';
import { useAction } from './useAction';

export type SummaryPhase =
  | { kind: 'idle' }
  /** Name variants are unresolved: the user decides whether to fix them first. */
  | { kind: 'confirm'; unresolved: UnresolvedName[]; fixable: number }
  | { kind: 'working' }
  | { kind: 'done'; written: WrittenSheet[] };

export function useSummaries(host: WorkbookHost, report: Report | null, recheck: () => Promise<Checked | undefined>) {
  const [by, setBy] = useState<SummaryBy>('leader');
  const [phase, setPhase] = useState<SummaryPhase>({ kind: 'idle' });

  const write = async (source: Report) => {
    setPhase({ kind: 'working' });
    try {
      const written = await host.writeSheets(summarize(source, by).sheets);
      setPhase({ kind: 'done', written });
    } catch (e) {
      setPhase({ kind: 'idle' });
      throw e;
    }
  };

  const start = useAction(async (confirmed: boolean) => {
    if (!report) return;
    const { unresolved } = summarize(report, by);
    if (unresolved.length > 0 && !confirmed) {
      setPhase({ kind: 'confirm', unresolved, fixable: nameFixes(report, unresolved).length });
      return;
    }
    await write(report);
  });

  const fixNames = useAction(async () => {
    if (!report) return;
    await host.applyFixes(nameFixes(report, summarize(report, by).unresolved));
    const fresh = await recheck();
    if (!fresh) return;
    const { unresolved } = summarize(fresh.report, by);
    if (unresolved.length > 0) {
      setPhase({ kind: 'confirm', unresolved, fixable: nameFixes(fresh.report, unresolved).length });
      return;
    }
    await write(fresh.report);
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
    select: select.run,
    busy: start.busy || fixNames.busy,
    error: start.error ?? fixNames.error ?? select.error,
    clearError: () => {
      start.clearError();
      fixNames.clearError();
      select.clearError();
    },
  };
}
