import type ExcelJS from 'exceljs';
import { LEDGER_SHEET, encodeLedger, readLedgerChunks, type Ledger, type LedgerRead } from '../core/ledger';

/** The ledger as kept in the workbook's very hidden "_tongbao" sheet, with how many entries were not valid. */
export function readLedgerEntries(wb: ExcelJS.Workbook): LedgerRead {
  const ws = wb.getWorksheet(LEDGER_SHEET);
  if (!ws) return readLedgerChunks([]);
  const chunks: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v === 'string') chunks.push(v);
  }
  return readLedgerChunks(chunks);
}

/** The ledger as kept in the workbook, its invalid entries left out; an empty one when there is none. */
export function readLedger(wb: ExcelJS.Workbook): Ledger {
  return readLedgerEntries(wb).ledger;
}

/** Writes the ledger back, creating the sheet (very hidden, last) the first time. */
export function writeLedger(wb: ExcelJS.Workbook, ledger: Ledger): void {
  let ws = wb.getWorksheet(LEDGER_SHEET);
  if (!ws) ws = wb.addWorksheet(LEDGER_SHEET, { state: 'veryHidden' });
  ws.state = 'veryHidden';
  const chunks = encodeLedger(ledger);
  const rows = Math.max(ws.rowCount, chunks.length);
  for (let r = 1; r <= rows; r++) ws.getCell(r, 1).value = chunks[r - 1] ?? null;
}
