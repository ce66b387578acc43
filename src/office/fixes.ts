import { parseA1, toA1 } from '../core/address';
import type { Fix, FixResult } from '../core/host';
import { HostError } from './errors';
import { queueLedgerRead, queueLedgerWrite } from './ledger-io';
import { cellId } from './look';
import { queueSheetList } from './sheets';
import { asText, cellText } from './text';

/** A fix as the ledger keeps it: whether the cell held a number, so undo puts back a number. */
interface AppliedFix extends Fix {
  wasNumber?: boolean;
}

interface CellRead {
  text(): string;
  isNumber(): boolean;
}

/** Reads a loaded one-cell range; only called after the sync that loaded it. */
function readCell(range: Excel.Range): CellRead {
  return {
    text: () => cellText(range.values[0]?.[0]),
    isNumber: () => typeof range.values[0]?.[0] === 'number',
  };
}

function queueCellReads(ctx: Excel.RequestContext, cells: readonly { sheet: string; cell: string }[]): Map<string, CellRead> {
  const out = new Map<string, CellRead>();
  for (const { sheet, cell } of cells) {
    const id = cellId(sheet, cell);
    if (out.has(id)) continue;
    const range = ctx.workbook.worksheets.getItem(sheet).getRange(cell);
    range.load('values');
    out.set(id, readCell(range));
  }
  return out;
}

function queueGuards(ctx: Excel.RequestContext, sheets: readonly string[]): () => void {
  const guards = [...new Set(sheets)].map((name) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
    ws.protection.load('protected');
    return { name, ws };
  });
  return () => {
    for (const { name, ws } of guards) {
      if (ws.isNullObject) throw new HostError('not-found', { sheet: name });
      if (ws.protection.protected) throw new HostError('protected', { sheet: name });
    }
  };
}

function writeText(ctx: Excel.RequestContext, sheet: string, cell: string, text: string, asNumber: boolean): void {
  const value = asNumber && text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : asText(text);
  ctx.workbook.worksheets.getItem(sheet).getRange(cell).values = [[value]];
}

/**
 * Applies fixes in two round trips: read each target cell, then write `to` only where the cell still
 * holds `from`. Applied fixes join those already in the ledger, so undo can take them all back.
 */
export async function applyFixes(ctx: Excel.RequestContext, given: readonly Fix[]): Promise<FixResult> {
  if (given.length === 0) return { applied: [], skipped: [] };
  // One spelling per cell ("$d$17" → "D17"), so fixes on the same cell chain.
  const fixes = given.map((f) => {
    const { row, col } = parseA1(f.cell);
    return { ...f, cell: toA1(row, col) };
  });
  const ledgerRead = queueLedgerRead(ctx);
  const check = queueGuards(
    ctx,
    fixes.map((f) => f.sheet),
  );
  const reads = queueCellReads(ctx, fixes);
  await ctx.sync();
  check();

  // Several fixes may chain on one cell; each sees the value the previous one left.
  const now = new Map<string, string>();
  const applied: AppliedFix[] = [];
  const skipped: Fix[] = [];
  for (const fix of fixes) {
    const id = cellId(fix.sheet, fix.cell);
    const read = reads.get(id);
    const first = !now.has(id);
    const current = now.get(id) ?? read?.text() ?? '';
    if (current !== fix.from) {
      skipped.push(fix);
      continue;
    }
    now.set(id, fix.to);
    applied.push({ ...fix, wasNumber: first && (read?.isNumber() ?? false) });
  }
  if (applied.length === 0) return { applied: [], skipped };

  ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
  for (const fix of applied) writeText(ctx, fix.sheet, fix.cell, fix.to, false);
  const ledger = ledgerRead.ledger();
  queueLedgerWrite(ctx, ledgerRead, { ...ledger, fixes: [...ledger.fixes, ...applied] });
  await ctx.sync();
  return { applied: applied.map(({ wasNumber: _wasNumber, ...fix }) => fix), skipped };
}

/**
 * Undoes every fix the ledger holds, newest first, in two round trips. A cell the user has changed
 * since is left alone: undo never overwrites their later work.
 */
export async function undoFixes(ctx: Excel.RequestContext): Promise<number> {
  const ledgerRead = queueLedgerRead(ctx);
  const sheetList = queueSheetList(ctx);
  await ctx.sync();
  const ledger = ledgerRead.ledger();
  const existing = sheetList.names();
  const fixes = (ledger.fixes as AppliedFix[]).filter((f) => existing.has(f.sheet));
  if (ledger.fixes.length === 0) return 0;

  const check = queueGuards(
    ctx,
    fixes.map((f) => f.sheet),
  );
  const reads = queueCellReads(ctx, fixes);
  await ctx.sync();
  check();

  const now = new Map<string, string>();
  let restored = 0;
  ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
  for (const fix of [...fixes].reverse()) {
    const id = cellId(fix.sheet, fix.cell);
    const current = now.get(id) ?? reads.get(id)?.text() ?? '';
    if (current !== fix.to) continue;
    writeText(ctx, fix.sheet, fix.cell, fix.from, fix.wasNumber === true);
    now.set(id, fix.from);
    restored += 1;
  }
  queueLedgerWrite(ctx, ledgerRead, { ...ledger, fixes: [] });
  await ctx.sync();
  return restored;
}
