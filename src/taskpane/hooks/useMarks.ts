import { useState } from 'react';
import type { WorkbookHost } from '../../core/host';
import { markReport, type Report } from '../logic/engine';
import { useAction } from './useAction';

export type MarksOutcome = { kind: 'marked'; cells: number } | { kind: 'cleared' } | null;

export function useMarks(host: WorkbookHost, report: Report | null) {
  const [outcome, setOutcome] = useState<MarksOutcome>(null);

  const apply = useAction(async () => {
    if (!report) return;
    const cells = await markReport(host, report);
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
