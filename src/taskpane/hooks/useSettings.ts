import { useCallback, useEffect, useState } from 'react';
import type { WorkbookHost, WorkbookSettings } from '../../core/host';
import { useAction } from './useAction';

export interface SettingsState {
  settings: WorkbookSettings;
  /** False until the workbook's settings have been read, so the first check uses them. */
  loaded: boolean;
  save: (next: WorkbookSettings) => Promise<boolean>;
  saving: boolean;
  error: unknown;
  clearError: () => void;
}

export function useSettings(host: WorkbookHost): SettingsState {
  const [settings, setSettings] = useState<WorkbookSettings>({});
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    host.loadSettings().then(
      (s) => {
        if (!live) return;
        setSettings(s);
        setLoaded(true);
      },
      (e: unknown) => {
        if (!live) return;
        // The pane still works with defaults; the user is told the saved settings could not be read.
        setLoadError(e);
        setLoaded(true);
      },
    );
    return () => {
      live = false;
    };
  }, [host]);

  const saveAction = useAction(async (next: WorkbookSettings) => {
    await host.saveSettings(next);
    setSettings(next);
    return true;
  });
  const { run: runSave, clearError: clearSaveError } = saveAction;

  const save = useCallback(async (next: WorkbookSettings) => (await runSave(next)) === true, [runSave]);
  const clearError = useCallback(() => {
    setLoadError(null);
    clearSaveError();
  }, [clearSaveError]);

  return { settings, loaded, save, saving: saveAction.busy, error: saveAction.error ?? loadError, clearError };
}
