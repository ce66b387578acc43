import { LEDGER_SHEET, decodeLedger, emptyLedger, encodeLedger } from '../core/ledger';
import type { Ledger } from '../core/ledger';
import type { SheetEntry } from './book';
import { parseUsed } from './geometry';
import type { EtWorkbook, EtWorksheet } from './om';
import { XL_SHEET_VERY_HIDDEN } from './om';
import { valueGrid } from './values';

export interface LedgerState {
  ledger: Ledger;
  /** The ledger sheet, when the workbook has one. */
  sheet: EtWorksheet | null;
  /** Rows of chunks it holds now. */
  rows: number;
}

/** Reads the very hidden "_tongbao" sheet the other hosts write: column A, one chunk per row. */
export function readLedger(entries: readonly SheetEntry[]): LedgerState {
  const entry = entries.find((e) => e.name.toLowerCase() === LEDGER_SHEET.toLowerCase());
  if (!entry) return { ledger: emptyLedger(), sheet: null, rows: 0 };
  const used = entry.ws.UsedRange;
  const rect = parseUsed(used.Address());
  const grid = valueGrid(used.Value2);
  // The used range starts where the first chunk is, normally A1; rows above it count as empty.
  const chunks = rect.left === 0 ? grid.map((row) => row[0]) : [];
  return { ledger: decodeLedger(chunks), sheet: entry.ws, rows: rect.top + grid.length };
}

/**
 * Writes the ledger back in one Value2 write: made very hidden and last on first use, each chunk
 * with a leading apostrophe so WPS keeps it as text, and rows left from a longer ledger emptied.
 */
export function writeLedger(wb: EtWorkbook, state: LedgerState, ledger: Ledger): void {
  let sheet = state.sheet;
  if (!sheet) {
    const sheets = wb.Worksheets;
    const last = sheets.Item(sheets.Count);
    const active = wb.ActiveSheet;
    sheet = sheets.Add(undefined, last);
    sheet.Name = LEDGER_SHEET;
    sheet.Visible = XL_SHEET_VERY_HIDDEN;
    // Adding a sheet activates it; the user stays where they were.
    active?.Activate();
    state.sheet = sheet;
  }
  const chunks = encodeLedger(ledger);
  const rows = Math.max(chunks.length, state.rows);
  const values = Array.from({ length: rows }, (_, i) => {
    const chunk = chunks[i];
    return [chunk === undefined ? '' : `'${chunk}`];
  });
  sheet.Range(`A1:A${rows}`).Value2 = values;
  state.rows = chunks.length;
  state.ledger = ledger;
}
