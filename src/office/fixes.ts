import type { Fix, FixResult } from '../core/host';
import { cellKey, normalCell } from '../core/plan/cells';
import { planFixes, planUndo, type CellNow, type CellWrite } from '../core/plan/fixes';
import { queueLedgerRead, queueLedgerWrite } from './ledger-io';
import type { LedgerMemo } from './ledger-io';
import { queueSheetList } from './sheets';
import { asText, cellText } from './text';

/** A loaded one-cell range as the fix plans read it; only called after the sync that loaded it. */
function cellNow(range: Excel.Range): CellNow {
  const value: unknown = range.values[0]?.[0];
  const formula: unknown = range.formulas[0]?.[0];
  const now: CellNow = { text: cellText(value), formula: typeof formula === 'string' && formula.startsWith('=') };
  if (typeof value === 'number') now.content = { kind: 'number', value };
  else if (typeof value === 'boolean') now.content = { kind: 'boolean', value };
  return now;
}

/** Queues the read of each cell's value and formula; ask the reader only after the sync. */
function queueCellReads(ctx: Excel.RequestContext, cells: readonly { sheet: string; cell: string }[]): (sheet: string, cell: string) => CellNow | undefined {
  const ranges = new Map<string, Excel.Range>();
  for (const { sheet, cell } of cells) {
    const address = normalCell(cell);
    if (!address || ranges.has(cellKey(sheet, address))) continue;
    const range = ctx.workbook.worksheets.getItem(sheet).getRange(address);
    range.load('values,formulas');
    ranges.set(cellKey(sheet, address), range);
  }
  return (sheet, cell) => {
    const range = ranges.get(cellKey(sheet, cell));
    return range && cellNow(range);
  };
}

/** Text goes in as text (never reinterpreted as a number or a date); rich text as its plain text, all Office.js can write. */
function queueWrite(ctx: Excel.RequestContext, write: CellWrite): void {
  const value = write.kind === 'text' ? asText(write.text) : write.kind === 'rich' ? asText(write.runs.map((r) => r.text).join('')) : write.value;
  ctx.workbook.worksheets.getItem(write.sheet).getRange(write.cell).values = [[value]];
}

/**
 * Applies fixes in two round trips: read each target cell, then carry out the core's plan (writes
 * where the cell still holds `from`, never on a formula) and save the applied fixes in the ledger.
 */
export async function applyFixes(ctx: Excel.RequestContext, fixes: readonly Fix[], memo: LedgerMemo): Promise<FixResult> {
  if (fixes.length === 0) return { applied: [], skipped: [] };
  const ledgerRead = queueLedgerRead(ctx, memo);
  const sheets = queueSheetList(ctx);
  const read = queueCellReads(ctx, fixes);
  await ledgerRead.sync();
  sheets.guard(fixes.map((f) => f.sheet));
  await ledgerRead.complete();

  const plan = planFixes(ledgerRead.ledger(), fixes, read);
  const { writes, ledger, ...result } = plan;
  if (result.applied.length === 0) return result;
  ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
  for (const write of writes) queueWrite(ctx, write);
  queueLedgerWrite(ctx, ledgerRead, ledger);
  await ctx.sync();
  return result;
}

/**
 * Undoes every fix the ledger holds, newest first, in two round trips. A cell the user has changed
 * since is left alone: undo never overwrites their later work.
 */
export async function undoFixes(ctx: Excel.RequestContext, memo: LedgerMemo): Promise<number> {
  const ledgerRead = queueLedgerRead(ctx, memo);
  const sheetList = queueSheetList(ctx);
  await ledgerRead.sync();
  await ledgerRead.complete();
  const ledger = ledgerRead.ledger();
  if (ledger.fixes.length === 0) return 0;
  const existing = sheetList.names();
  const fixes = ledger.fixes.filter((f) => existing.has(f.sheet));
  sheetList.guard(fixes.map((f) => f.sheet));

  const read = queueCellReads(ctx, fixes);
  await ctx.sync();

  const plan = planUndo({ ...ledger, fixes }, read);
  ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
  for (const write of plan.writes) queueWrite(ctx, write);
  queueLedgerWrite(ctx, ledgerRead, plan.ledger);
  await ctx.sync();
  return plan.restored;
}
