import { useCallback, useEffect, useState } from 'react';
import type { WorkbookHost, WorkbookSettings } from '../../core/host';
import type { PreviousChoice } from '../../core/history';
import type { Locale } from '../../core/options';
import { checkWorkbook, type Checked } from '../logic/engine';
import { useAction } from './useAction';

export interface ReportState {
  checked: Checked | null;
  /** True once the user asked for the findings; opening the pane only recognises the report. */
  shown: boolean;
  loading: boolean;
  error: unknown;
  clearError: () => void;
  /** Reads the workbook again and re-runs the check; `show` also reveals the findings. */
  refresh: (show?: boolean) => Promise<Checked | undefined>;
  /** Last month's report as chosen in the pane; undefined: the sheet of the month before, found by the core. */
  previous: PreviousChoice | undefined;
  setPrevious: (previous: PreviousChoice | undefined) => void;
}

export function useReport(host: WorkbookHost, settings: WorkbookSettings, settingsLoaded: boolean, locale: Locale): ReportState {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [shown, setShown] = useState(false);
  const [previous, setPrevious] = useState<PreviousChoice | undefined>(undefined);

  // A check asked for while one runs (a click during the check on open, settings just saved) runs after it,
  // so the list always reflects the latest request; showing the findings, once asked, stays asked.
  const action = useAction(
    async (show: boolean) => {
      const result = await checkWorkbook(host, settings, locale, previous);
      setChecked(result);
      if (show) setShown(true);
      return result;
    },
    { queue: (waiting, [show]): [boolean] => [Boolean(waiting?.[0]) || show] },
  );
  const { run } = action;

  const refresh = useCallback((show = false) => run(show), [run]);

  // Recognise the report on open, and again when the settings that shape the check change.
  useEffect(() => {
    if (settingsLoaded) void run(false);
  }, [run, settingsLoaded, settings, locale, host, previous]);

  return { checked, shown, loading: action.busy, error: action.error, clearError: action.clearError, refresh, previous, setPrevious };
}
