/**
 * The standalone page's workbook: loaded only when a file is opened, so exceljs stays out of the
 * pane's initial bundle in Excel. Everything happens in this browser tab.
 */
import { reportSheet } from '../../core/report-sheet';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { openCopy, type CopyHost } from '../../xlsx/copy-host';
import { streamDeflateRaw, streamInflateRaw } from '../../xlsx/inflate';
import { submissionCopy } from '../../xlsx/submission';
import { checkWorkbook } from '../logic/engine';
import { TrackedHost } from './tracked-host';

export interface Session {
  /** Different for every opened file, so the pane starts afresh even when the same file is opened again. */
  id: number;
  host: TrackedHost;
  /** The name the file was opened under, for the download's name. */
  name: string;
  /** The workbook as it is in the page (marks, fixes, summaries), with a 校验报告 sheet as `tongbao mark` writes. */
  save: () => Promise<Blob>;
  /** The workbook to send upward: fixes applied, no marks, notes, generated sheets or hidden ledger. */
  saveSubmission: () => Promise<Blob>;
}

let opened = 0;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const blob = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)], { type: XLSX_TYPE });

/** The findings as of now, on a copy: the page's workbook itself gains no sheet by being downloaded. */
const open = async (bytes: Uint8Array, name: string): Promise<CopyHost> => (await openCopy(bytes, name, streamInflateRaw, streamDeflateRaw)).host;

async function withReport(workbook: CopyHost, name: string): Promise<Uint8Array> {
  const copy = await open(await workbook.save(), name);
  const { report } = await checkWorkbook(copy, await copy.loadSettings(), 'zh');
  if (report.table === null) return copy.save();
  const model = reportSheet({ sheet: report.sheet, title: report.title, month: report.month, tasks: report.tasks.length, findings: report.findings });
  await copy.writeSheets([model], { after: report.sheet ?? undefined });
  return copy.save();
}

/** Last month's report from another file, read like the report itself but never written or kept open. */
export async function readPreviousFile(bytes: Uint8Array, name: string): Promise<WorkbookSnapshot> {
  return (await open(bytes, name)).readSnapshot();
}

export async function openSession(bytes: Uint8Array, name: string, onChange: (unsaved: boolean) => void): Promise<Session> {
  const workbook = await open(bytes, name);
  const host = new TrackedHost(workbook, onChange);
  opened += 1;
  return {
    id: opened,
    host,
    name,
    save: async () => blob(await withReport(workbook, name)),
    saveSubmission: async () => blob(await submissionCopy(await workbook.save(), name)),
  };
}
