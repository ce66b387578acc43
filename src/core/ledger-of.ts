import { decodeLedger, LEDGER_SHEET, type Ledger } from './ledger';
import type { WorkbookSnapshot } from './snapshot';

/** The ledger a snapshot carries in its hidden sheet, or an empty one. */
export function ledgerOf(workbook: WorkbookSnapshot): Ledger {
  const sheet = workbook.sheets.find((s) => s.name === LEDGER_SHEET);
  return decodeLedger(sheet ? sheet.values.map((row) => row?.[0]) : []);
}
