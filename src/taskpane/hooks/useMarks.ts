import { useState } from 'react';
import type { WorkbookHost } from '../../core/host';
import { markReport, type Checked, type Report } from '../logic/engine';
import { useAction } from './useAction';

export type MarksOutcome = { kind: 'marked'; cells: number } | { kind: 'cleared' } | null;

/**
 * Marks are placed by cell address, so they are worked out from the workbook as it is now: rows the
 * user inserted since the last check must not shift a mark onto the wrong cell.
 */
export function useMarks(host: WorkbookHost, report: Report | null, recheck: () => Promise<Checked | undefined>) {
  const [outcome, setOutcome] = useState<MarksOutcome>(null);

  const apply = useAction(async () => {
    if (!report) return;
    const fresh = await recheck();
    if (!fresh) return;
    const cells = await markReport(host, fresh.report);
    setOutcome({ kind: 'marked', cells });
  });
  const clear = useAction(async () => {
    await host.clearMarks();
    setOutcome({ kind: 'cleared' });
  });

  return {
    outcome,
    apply: apply.run,
    clear: clear.run,
    busy: apply.busy || clear.busy,
    error: apply.error ?? clear.error,
    clearError: () => {
      apply.clearError();
      clear.clearError();
    },
  };
}
