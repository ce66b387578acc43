import { LEDGER_SHEET } from '../core/ledger';
import { sheetNameKey } from '../core/sheet-names';
import { XlsxHost } from './host';
import { readLedger } from './ledger-sheet';

/**
 * The copy to send upward: the workbook with its fixes, and nothing else of ours — the marks taken off
 * (each cell's own fill and note put back), no sheet Tongbao generated, no hidden ledger sheet.
 * Worked on a copy of the bytes, so the session keeps its marks and can still undo.
 */
export async function submissionCopy(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const host = await XlsxHost.open(bytes, name);
  await host.clearMarks();
  const wb = host.workbook;
  const generated = new Set(readLedger(wb).generated.map(sheetNameKey));
  for (const ws of [...wb.worksheets]) {
    if (ws.name === LEDGER_SHEET || generated.has(sheetNameKey(ws.name))) wb.removeWorksheet(ws.id);
  }
  // The tab that was open may have been a generated sheet: Excel then opens the first one.
  const view = wb.views?.[0];
  if (view && (view.activeTab ?? 0) >= wb.worksheets.length) view.activeTab = 0;
  return host.save();
}
