import { useCallback, useEffect, useState } from 'react';
import type { Session } from '../standalone/session';
import { offerDownload, resultName, SAMPLE_NAME, SAMPLE_URL } from '../standalone/files';
import { useAction } from './useAction';

async function open(bytes: Uint8Array, name: string, onChange: (unsaved: boolean) => void): Promise<Session> {
  // Split off so the Excel pane never downloads exceljs.
  const { openSession } = await import(/* webpackChunkName: "xlsx" */ '../standalone/session');
  return openSession(bytes, name, onChange);
}

export function useStandalone(sample: boolean) {
  const [session, setSession] = useState<Session | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [unsaved, setUnsaved] = useState(false);

  // Closing the tab would drop the marks, fixes and summaries made here: the browser asks first.
  useEffect(() => {
    if (!unsaved) return undefined;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const load = useAction(async (read: () => Promise<Uint8Array>, name: string) => {
    setOpening(name);
    try {
      const next = await open(await read(), name, setUnsaved);
      setSession(next);
      setUnsaved(false);
    } finally {
      setOpening(null);
    }
  });
  const { run: runLoad } = load;

  const openFile = useCallback(
    (file: File) => runLoad(async () => new Uint8Array(await file.arrayBuffer()), file.name),
    [runLoad],
  );
  const openSample = useCallback(
    () =>
      runLoad(async () => {
        const res = await fetch(SAMPLE_URL);
        if (!res.ok) throw new Error(`${SAMPLE_URL}: HTTP ${res.status}`);
        return new Uint8Array(await res.arrayBuffer());
      }, SAMPLE_NAME),
    [runLoad],
  );

  useEffect(() => {
    if (sample) void openSample();
  }, [sample, openSample]);

  const download = useAction(async () => {
    if (!session) return;
    offerDownload(await session.save(), resultName(session.name));
    session.host.markSaved();
  });

  return {
    session,
    opening,
    unsaved,
    openFile,
    openSample,
    download: download.run,
    busy: load.busy || download.busy,
    error: load.error ?? download.error,
    clearError: () => {
      load.clearError();
      download.clearError();
    },
  };
}
