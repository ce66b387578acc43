import { useState } from 'react';
import type { WorkbookHost, WrittenSheet } from '../../core/host';
import { writeRoster, type Report } from '../logic/engine';
import { useAction } from './useAction';

export function useRoster(host: WorkbookHost, report: Report | null, recheck: () => Promise<unknown>) {
  const [written, setWritten] = useState<WrittenSheet | null>(null);
  const make = useAction(async () => {
    if (!report) return;
    const sheet = await writeRoster(host, report);
    setWritten(sheet ?? null);
    // The check reads the 名单 sheet, so the findings now follow the roster.
    await recheck();
    return sheet;
  });
  const select = useAction((sheet: string) => host.selectCell(sheet, 'A1'));
  return {
    written,
    make: make.run,
    select: select.run,
    busy: make.busy,
    error: make.error ?? select.error,
    clearError: () => {
      make.clearError();
      select.clearError();
    },
  };
}
