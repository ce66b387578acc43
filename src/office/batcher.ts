import { REQUEST_BUDGET } from './payload';

/** Some queued work and what it weighs in a request. */
export interface Piece {
  bytes: number;
  queue(): void;
}

/**
 * Gathers queued work into requests that stay under the payload budget: work is queued as it comes,
 * and what is queued is sent first only when the next piece would push the request past the budget.
 * A normal report therefore goes in one request; only a very large one takes more.
 */
export class Batcher {
  private bytes = 0;

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly budget = REQUEST_BUDGET,
  ) {
    this.ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
  }

  async add(piece: Piece): Promise<void> {
    if (this.bytes > 0 && this.bytes + piece.bytes > this.budget) await this.send();
    piece.queue();
    this.bytes += piece.bytes;
  }

  async addAll(pieces: readonly Piece[]): Promise<void> {
    for (const piece of pieces) await this.add(piece);
  }

  /** Sends what is queued; the next piece starts a new request. */
  async send(): Promise<void> {
    await this.ctx.sync();
    this.bytes = 0;
    this.ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
  }

  /** Sends the last request. */
  async flush(): Promise<void> {
    await this.ctx.sync();
    this.bytes = 0;
  }
}
