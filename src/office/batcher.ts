import { REQUEST_BUDGET, isTooLarge } from './payload';

/** Some queued work and what it weighs in a request. */
export interface Piece {
  bytes: number;
  /** Queues the work; may run again when a refused request is sent in halves. */
  queue(): void;
}

/**
 * Gathers queued work into requests that stay under the payload budget: work is queued as it comes,
 * and what is queued is sent first only when the next piece would push the request past the budget.
 * A normal report therefore goes in one request; only a very large one takes more. When Excel
 * refuses a request as too large all the same, its pieces are sent again in two halves.
 */
export class Batcher {
  private bytes = 0;
  private pending: Piece[] = [];

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly budget = REQUEST_BUDGET,
  ) {
    this.ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
  }

  async add(piece: Piece): Promise<void> {
    if (this.bytes > 0 && this.bytes + piece.bytes > this.budget) await this.send();
    piece.queue();
    this.pending.push(piece);
    this.bytes += piece.bytes;
  }

  async addAll(pieces: readonly Piece[]): Promise<void> {
    for (const piece of pieces) await this.add(piece);
  }

  /** Sends what is queued; the next piece starts a new request. */
  async send(): Promise<void> {
    await this.flush();
    this.ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
  }

  /** Sends the last request. */
  async flush(): Promise<void> {
    const pieces = this.pending;
    this.pending = [];
    this.bytes = 0;
    await this.syncHalving(pieces);
  }

  /** A request refused as too large was not applied: its pieces go again, half at a time. */
  private async syncHalving(pieces: readonly Piece[]): Promise<void> {
    try {
      await this.ctx.sync();
    } catch (error) {
      if (!isTooLarge(error) || pieces.length < 2) throw error;
      const mid = Math.ceil(pieces.length / 2);
      for (const half of [pieces.slice(0, mid), pieces.slice(mid)]) {
        this.ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
        for (const piece of half) piece.queue();
        await this.syncHalving(half);
      }
    }
  }
}
