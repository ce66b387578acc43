/**
 * The standalone page's workbook: loaded only when a file is opened, so exceljs stays out of the
 * pane's initial bundle in Excel. Everything happens in this browser tab.
 */
import { XlsxHost } from '../../xlsx/host';
import { TrackedHost } from './tracked-host';

export interface Session {
  /** Different for every opened file, so the pane starts afresh even when the same file is opened again. */
  id: number;
  host: TrackedHost;
  /** The name the file was opened under, for the download's name. */
  name: string;
  save: () => Promise<Blob>;
}

let opened = 0;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function openSession(bytes: Uint8Array, name: string, onChange: (unsaved: boolean) => void): Promise<Session> {
  const workbook = await XlsxHost.open(bytes, name);
  const host = new TrackedHost(workbook, onChange);
  opened += 1;
  return {
    id: opened,
    host,
    name,
    save: async () => new Blob([new Uint8Array(await workbook.save())], { type: XLSX_TYPE }),
  };
}
