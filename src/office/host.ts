import type { Fix, FixResult, Mark, WorkbookHost, WorkbookSettings, WrittenSheet } from '../core/host';
import type { SheetModel } from '../core/sheet-model';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { Capabilities, ExcelRun, IsSetSupported, OfficeHostOptions } from './context';
import { capabilities, defaultIsSetSupported, defaultRun } from './context';
import { toHostError } from './errors';
import { applyFixes, undoFixes } from './fixes';
import { LedgerGone, queueLedgerRead, queueLedgerWrite } from './ledger-io';
import type { LedgerMemo } from './ledger-io';
import { applyMarks, clearMarks } from './marks';
import { readWorkbook } from './read';
import { writeSheets } from './write-sheets';

/**
 * The workbook open in Excel, through Office.js. Every call is one Excel.run that waits for the user
 * to leave cell editing where Excel can (delayForCellEdit) and turns any Office error into a
 * HostError with a plain message. It only translates: what to mark, fix or write is the core's call.
 */
export class OfficeHost implements WorkbookHost {
  private readonly run: ExcelRun;
  private readonly isSetSupported: IsSetSupported;
  /** Whether the workbook had a ledger sheet at the end of the last call: saves a round trip when it has. */
  private readonly ledger: LedgerMemo = { present: undefined };

  constructor(options: OfficeHostOptions = {}) {
    this.run = options.run ?? defaultRun();
    this.isSetSupported = options.isSetSupported ?? defaultIsSetSupported();
  }

  /** Asked at each call rather than once: the host may be made before Office.onReady has settled. */
  private capabilities(ctx: Excel.RequestContext): Capabilities {
    return capabilities(this.isSetSupported, ctx);
  }

  private async batch<T>(work: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run({ delayForCellEdit: true }, work);
    } catch (error) {
      // The first request of every call only reads: when the ledger it trusted to be there is gone, asking again is safe.
      if (!(error instanceof LedgerGone)) throw toHostError(error);
    }
    try {
      return await this.run({ delayForCellEdit: true }, work);
    } catch (error) {
      throw toHostError(error instanceof LedgerGone ? error.reason : error);
    }
  }

  readSnapshot(): Promise<WorkbookSnapshot> {
    return this.batch((ctx) => readWorkbook(ctx, this.capabilities(ctx), this.ledger));
  }

  applyMarks(marks: Mark[]): Promise<void> {
    return this.batch((ctx) => applyMarks(ctx, this.capabilities(ctx), marks, this.ledger));
  }

  clearMarks(): Promise<void> {
    return this.batch((ctx) => clearMarks(ctx, this.capabilities(ctx), this.ledger));
  }

  applyFixes(fixes: Fix[]): Promise<FixResult> {
    return this.batch((ctx) => applyFixes(ctx, fixes, this.ledger));
  }

  undoFixes(): Promise<number> {
    return this.batch((ctx) => undoFixes(ctx, this.ledger));
  }

  writeSheets(sheets: SheetModel[]): Promise<WrittenSheet[]> {
    return this.batch((ctx) => writeSheets(ctx, sheets, this.ledger));
  }

  /** Shows the cell: activates its sheet and selects it, in one round trip. */
  selectCell(sheet: string, cell: string): Promise<void> {
    return this.batch(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  /**
   * Settings live in the ledger sheet rather than Office.context.document.settings: they then travel
   * with the file exactly like the marks do, and the command line and the browser page read the same
   * place.
   */
  loadSettings(): Promise<WorkbookSettings> {
    return this.batch(async (ctx) => {
      const read = queueLedgerRead(ctx, this.ledger);
      await read.complete();
      return read.ledger().settings;
    });
  }

  saveSettings(settings: WorkbookSettings): Promise<void> {
    return this.batch(async (ctx) => {
      const read = queueLedgerRead(ctx, this.ledger);
      await read.complete();
      queueLedgerWrite(ctx, read, { ...read.ledger(), settings });
      await ctx.sync();
    });
  }
}
