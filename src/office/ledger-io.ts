import { LEDGER_SHEET, decodeLedger, emptyLedger, encodeLedger } from '../core/ledger';
import type { Ledger } from '../core/ledger';
import type { Piece } from './batcher';
import { OP_BYTES, wireBytes } from './payload';

/**
 * Rows of the ledger read in one request. A row holds at most LEDGER_CHUNK (30,000) characters,
 * which Excel answers in at most about 120 kB (three bytes a character, quotes escaped): 32 rows stay
 * well under the 5 MB a response may carry, so a ledger of any size is read in parts.
 */
export const LEDGER_ROWS_PER_PART = 32;

/**
 * Whether the workbook had a ledger sheet when the host last looked, kept between calls. It only
 * saves a round trip: a ledger believed present is read at once with getItem, which Excel answers
 * with ItemNotFound if it is gone after all (the call then starts again without the belief).
 */
export interface LedgerMemo {
  present: boolean | undefined;
}

/** The ledger sheet was believed present but is not there: the call starts again, asking first. */
export class LedgerGone extends Error {
  constructor(readonly reason: unknown) {
    super('The ledger sheet is gone.');
    this.name = 'LedgerGone';
  }
}

function isItemNotFound(error: unknown): boolean {
  return !!error && typeof error === 'object' && (error as { code?: unknown }).code === 'ItemNotFound';
}

/**
 * The ledger, read over as many requests as it needs, by Microsoft's documented pattern only: a
 * sheet that may be missing is loaded with getItemOrNullObject and tested after the sync, and only
 * then used. queue() adds the next step to the request being built; take() reads it after the sync.
 * A caller with requests of its own lets the ledger ride along; complete() sends what is left.
 */
export class LedgerRead {
  private probe: Excel.Worksheet | null = null;
  private size: Excel.Range | null = null;
  private part: { from: number; range: Excel.Range } | null = null;
  private present: boolean | undefined;
  private total: number | undefined;
  private next = 0;
  private readonly chunks: unknown[] = [];
  /** Whether the request being built reads the ledger on the strength of the memo alone. */
  private trusting = false;
  /** What this batch has written since the read: later writes build on it. */
  private written: { rows: number } | null = null;

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly memo: LedgerMemo,
  ) {
    this.present = memo.present === true ? true : undefined;
    this.trusting = this.present === true;
    this.queue();
  }

  /** Whether the whole ledger is in (or known to be absent). */
  done(): boolean {
    return this.present === false || (this.total !== undefined && this.next >= this.total);
  }

  /** Queues the next step into the current request; nothing when the ledger is in or a step is queued. */
  queue(): void {
    if (this.done() || this.probe || this.size || this.part) return;
    const sheets = this.ctx.workbook.worksheets;
    if (this.present === undefined) {
      this.probe = sheets.getItemOrNullObject(LEDGER_SHEET);
      this.probe.load('id');
      return;
    }
    const ws = sheets.getItem(LEDGER_SHEET);
    if (this.total === undefined) {
      this.size = ws.getUsedRangeOrNullObject(true);
      this.size.load('rowIndex,rowCount');
    }
    const from = this.next;
    const range = ws.getRange(`A${from + 1}:A${from + LEDGER_ROWS_PER_PART}`);
    range.load('values');
    this.part = { from, range };
  }

  /** Takes in what the last sync brought. */
  take(): void {
    if (this.probe) {
      this.present = !this.probe.isNullObject;
      this.probe = null;
    }
    if (this.size) {
      this.total = this.size.isNullObject ? 0 : this.size.rowIndex + this.size.rowCount;
      this.size = null;
    }
    const part = this.part;
    if (part) {
      part.range.values.forEach((row, i) => {
        this.chunks[part.from + i] = row[0];
      });
      this.next = part.from + LEDGER_ROWS_PER_PART;
      this.part = null;
    }
    this.trusting = false;
    this.memo.present = this.present;
  }

  /** The caller's sync, with the ledger's step in it: a ledger trusted present but gone restarts the call. */
  async sync(): Promise<void> {
    const trusting = this.trusting;
    try {
      await this.ctx.sync();
    } catch (error) {
      // Nothing of a refused request was done: what it carried is queued again by the next queue().
      this.probe = null;
      this.size = null;
      this.part = null;
      if (trusting && isItemNotFound(error)) {
        this.memo.present = undefined;
        throw new LedgerGone(error);
      }
      throw error;
    }
    this.take();
  }

  /** Sends what is still to read, one part per request. */
  async complete(): Promise<void> {
    while (!this.done()) {
      this.queue();
      await this.sync();
    }
  }

  /** Whether the ledger sheet exists; only after the first sync. */
  exists(): boolean {
    return this.written !== null || this.present === true;
  }

  /** How many rows of chunks it holds. */
  rows(): number {
    return this.written ? this.written.rows : (this.total ?? 0);
  }

  /** Records a write queued in this batch. */
  wrote(rows: number): void {
    this.written = { rows };
    this.memo.present = true;
  }

  /** The ledger; only once done(). */
  ledger(): Ledger {
    if (!this.present) return emptyLedger();
    return decodeLedger(this.chunks.slice(0, this.total));
  }
}

/** Starts reading the ledger: its first step is queued into the current request. */
export function queueLedgerRead(ctx: Excel.RequestContext, memo: LedgerMemo): LedgerRead {
  return new LedgerRead(ctx, memo);
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
