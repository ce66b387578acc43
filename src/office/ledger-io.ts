import { LEDGER_SHEET, decodeLedger, emptyLedger, encodeLedger } from '../core/ledger';
import type { Ledger } from '../core/ledger';
import type { Piece } from './batcher';
import { OP_BYTES, wireBytes } from './payload';

/** The ledger as read in a sync: ask it only after that sync. */
export class LedgerRead {
  /** What this batch has written since the read: later writes build on it. */
  private written: { rows: number } | null = null;

  constructor(
    private readonly sheet: Excel.Worksheet,
    private readonly used: Excel.Range,
  ) {}

  /** Whether the ledger sheet exists. */
  exists(): boolean {
    return this.written !== null || !this.sheet.isNullObject;
  }

  /** How many rows of chunks it holds. */
  rows(): number {
    if (this.written) return this.written.rows;
    return this.exists() && !this.used.isNullObject ? this.used.values.length : 0;
  }

  /** Records a write queued in this batch. */
  wrote(rows: number): void {
    this.written = { rows };
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

/** Rows of chunks written by one action: small enough that a huge ledger spreads over requests. */
const ROWS_PER_PIECE = 32;

/**
 * Writing the ledger back, in pieces: the very hidden sheet is made on first use, chunks go to
 * column A (with an apostrophe so Excel keeps every chunk as text), and rows left over from a longer
 * ledger are cleared.
 */
export function ledgerPieces(ctx: Excel.RequestContext, read: LedgerRead, ledger: Ledger): Piece[] {
  const sheets = ctx.workbook.worksheets;
  const pieces: Piece[] = [];
  if (!read.exists()) {
    pieces.push({
      bytes: OP_BYTES * 3,
      queue: () => {
        const sheet = sheets.add(LEDGER_SHEET);
        sheet.visibility = 'VeryHidden';
      },
    });
  }
  const chunks = encodeLedger(ledger);
  for (let start = 0; start < chunks.length; start += ROWS_PER_PIECE) {
    const rows = chunks.slice(start, start + ROWS_PER_PIECE).map((chunk) => [`'${chunk}`]);
    const first = start + 1;
    const last = start + rows.length;
    pieces.push({
      bytes: OP_BYTES * 3 + wireBytes(rows),
      queue: () => {
        sheets.getItem(LEDGER_SHEET).getRange(`A${first}:A${last}`).values = rows;
      },
    });
  }
  const old = read.rows();
  pieces.push({
    bytes: old > chunks.length ? OP_BYTES * 3 : 0,
    queue: () => {
      if (old > chunks.length) sheets.getItem(LEDGER_SHEET).getRange(`A${chunks.length + 1}:A${old}`).clear('Contents');
      read.wrote(chunks.length);
    },
  });
  return pieces;
}

/** Queues the whole ledger write into the current request. */
export function queueLedgerWrite(ctx: Excel.RequestContext, read: LedgerRead, ledger: Ledger): void {
  for (const piece of ledgerPieces(ctx, read, ledger)) piece.queue();
}
