import { useState } from 'react';
import { bulletinSheetModel, bulletinText, type BulletinDoc, type BulletinGroupBy } from '../../core/bulletin';
import type { WorkbookHost, WorkbookSettings, WrittenSheet } from '../../core/host';
import type { UnresolvedName } from '../../core/summary/types';
import { offerDownload } from '../standalone/files';
import { bulletinDoubts, bulletinFileName, draftBulletin } from '../logic/bulletin';
import { copyText } from '../logic/clipboard';
import type { Checked } from '../logic/engine';
import { useAction } from './useAction';

export type BulletinPhase =
  | { kind: 'idle' }
  /** Some names are only suspected to be others': the draft would count them apart, as the summaries do. */
  | { kind: 'confirm'; unresolved: UnresolvedName[] }
  | { kind: 'ready'; doc: BulletinDoc; text: string };

export type BulletinDone = 'copied' | 'copy-failed' | 'downloaded' | { sheet: WrittenSheet };

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function useBulletin(host: WorkbookHost, settings: WorkbookSettings, recheck: () => Promise<Checked | undefined>) {
  const [groupBy, setGroupBy] = useState<BulletinGroupBy>('leader');
  const [phase, setPhase] = useState<BulletinPhase>({ kind: 'idle' });
  const [done, setDone] = useState<BulletinDone | null>(null);

  /** Drafts from the workbook as it is now: the user may have edited it since the last check. */
  const draft = useAction(async (confirmed: boolean) => {
    setDone(null);
    const fresh = await recheck();
    if (!fresh) return;
    const unresolved = bulletinDoubts(fresh);
    if (unresolved.length && !confirmed) {
      setPhase({ kind: 'confirm', unresolved });
      return;
    }
    const doc = draftBulletin(fresh, settings, groupBy);
    setPhase({ kind: 'ready', doc, text: bulletinText(doc) });
  });

  const copy = useAction(async () => {
    if (phase.kind === 'ready') setDone((await copyText(phase.text)) ? 'copied' : 'copy-failed');
  });

  const download = useAction(async () => {
    if (phase.kind !== 'ready') return;
    // Loaded on first use: the Word writer is not needed to check a report.
    const { bulletinDocx } = await import(/* webpackChunkName: "docx" */ '../../docx/bulletin');
    const bytes = await bulletinDocx(phase.doc);
    offerDownload(new Blob([bytes], { type: DOCX_MIME }), bulletinFileName(phase.doc));
    setDone('downloaded');
  });

  const toSheet = useAction(async () => {
    if (phase.kind !== 'ready') return;
    const [sheet] = await host.writeSheets([bulletinSheetModel(phase.doc)]);
    if (sheet) setDone({ sheet });
  });

  const select = useAction((sheet: string) => host.selectCell(sheet, 'A1'));
  const actions = [draft, copy, download, toSheet, select];

  return {
    groupBy,
    setGroupBy: (next: BulletinGroupBy) => {
      setGroupBy(next);
      setPhase({ kind: 'idle' });
    },
    phase,
    done,
    run: () => draft.run(false),
    proceed: () => draft.run(true),
    copy: copy.run,
    download: download.run,
    toSheet: toSheet.run,
    select: select.run,
    busy: actions.some((a) => a.busy),
    error: actions.map((a) => a.error).find((e) => e) ?? null,
    clearError: () => actions.forEach((a) => a.clearError()),
  };
}
