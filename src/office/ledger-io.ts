import { LEDGER_SHEET, decodeLedger, emptyLedger, encodeLedger } from '../core/ledger';
import type { Ledger } from '../core/ledger';

/** The ledger as read in a sync: ask it only after that sync. */
export class LedgerRead {
  constructor(
    private readonly sheet: Excel.Worksheet,
    private readonly used: Excel.Range,
  ) {}

  /** Whether the ledger sheet exists. */
  exists(): boolean {
    return !this.sheet.isNullObject;
  }

  /** How many rows of chunks it holds. */
  rows(): number {
    return this.exists() && !this.used.isNullObject ? this.used.values.length : 0;
  }

  ledger(): Ledger {
    if (!this.exists() || this.used.isNullObject) return emptyLedger();
    return decodeLedger(this.used.values.map((row) => row[0]));
  }
}

/** Queues the read of the ledger sheet; nothing is sent until the caller syncs. */
export function queueLedgerRead(ctx: Excel.RequestContext): LedgerRead {
  const sheet = ctx.workbook.worksheets.getItemOrNullObject(LEDGER_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('values');
  return new LedgerRead(sheet, used);
}

/**
 * Queues writing the ledger back: the very hidden sheet is made on first use, chunks go to column A
 * (with an apostrophe so Excel keeps every chunk as text), and rows left over from a longer ledger
 * are cleared.
 */
export function queueLedgerWrite(ctx: Excel.RequestContext, read: LedgerRead, ledger: Ledger): void {
  const sheets = ctx.workbook.worksheets;
  let sheet: Excel.Worksheet;
  if (read.exists()) sheet = sheets.getItem(LEDGER_SHEET);
  else {
    sheet = sheets.add(LEDGER_SHEET);
    sheet.visibility = 'VeryHidden';
  }
  const chunks = encodeLedger(ledger);
  sheet.getRange(`A1:A${chunks.length}`).values = chunks.map((chunk) => [`'${chunk}`]);
  const old = read.rows();
  if (old > chunks.length) sheet.getRange(`A${chunks.length + 1}:A${old}`).clear('Contents');
}
