import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Session } from '../standalone/session';
import { offerDownload, resultName, SAMPLE_NAME, SAMPLE_URL, submissionName } from '../standalone/files';
import { useAction } from './useAction';

async function open(bytes: Uint8Array, name: string, onChange: (unsaved: boolean) => void): Promise<Session> {
  // Split off so the Excel pane never downloads exceljs.
  const { openSession } = await import(/* webpackChunkName: "xlsx" */ '../standalone/session');
  return openSession(bytes, name, onChange);
}

/**
 * The standalone page's file: opening, and the two downloads. `confirmSwitch` asks before a new file
 * replaces one whose marks, fixes or summaries were not downloaded, as closing the tab does.
 */
export function useStandalone(sample: boolean, confirmSwitch: (name: string) => boolean) {
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

  const [saved, setSaved] = useState(false);
  const unsavedRef = useRef(false);
  const confirmRef = useRef(confirmSwitch);
  useLayoutEffect(() => {
    unsavedRef.current = unsaved;
    confirmRef.current = confirmSwitch;
  });

  const load = useAction(async (read: () => Promise<Uint8Array>, name: string) => {
    if (unsavedRef.current && !confirmRef.current(name)) return;
    setOpening(name);
    try {
      const next = await open(await read(), name, setUnsaved);
      setSession(next);
      setUnsaved(false);
      setSaved(false);
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
    setSaved(true);
  });
  const downloadSubmission = useAction(async () => {
    if (!session) return;
    offerDownload(await session.saveSubmission(), submissionName(session.name));
  });

  return {
    session,
    opening,
    unsaved,
    openFile,
    openSample,
    /** Something was done to the file: marks, fixes, summaries or settings, downloaded or not. */
    worked: unsaved || saved,
    download: download.run,
    downloadSubmission: downloadSubmission.run,
    busy: load.busy || download.busy || downloadSubmission.busy,
    error: load.error ?? download.error ?? downloadSubmission.error,
    clearError: () => {
      load.clearError();
      download.clearError();
      downloadSubmission.clearError();
    },
  };
}
