import type { WrittenSheet } from '../core/host';
import { placeSheets } from '../core/plan/sheets';
import type { SheetModel } from '../core/sheet-model';
import { ledgerPieces, queueLedgerRead } from './ledger-io';
import type { LedgerMemo } from './ledger-io';
import { fitsOnePageWide, packSteps, renderSteps } from './render';
import type { PrintLayouts, Step } from './render';
import { queueSheetList } from './sheets';

/**
 * Writes the models in as few round trips as their size allows: one to read the sheet list and the
 * ledger, then one per request of at most 4 MB (usually one), each sheet's values sent as whole 2-D
 * blocks and its formats grouped by style into RangeAreas. New sheets are added in the first request,
 * with the ledger naming them; their worksheet ids go into the ledger with the last request, or in
 * one more round trip when the first request is also the last.
 */
export async function writeSheets(ctx: Excel.RequestContext, models: readonly SheetModel[], memo: LedgerMemo): Promise<WrittenSheet[]> {
  if (models.length === 0) return [];
  const ledgerRead = queueLedgerRead(ctx, memo);
  const sheetList = queueSheetList(ctx);
  await ledgerRead.sync();
  await ledgerRead.complete();

  const existing = sheetList.all();
  // Sheets are told apart by their worksheet ids: a sheet the user made under a generated sheet's name has another.
  const plan = placeSheets(
    models,
    existing.map((name) => ({ name, id: sheetList.idOf(name) })),
    ledgerRead.ledger(),
  );
  const { placements } = plan;
  const ids: Record<string, string> = {};
  for (const name of plan.ledger.generated) {
    const id = sheetList.idOf(name);
    if (id) ids[name] = id;
  }

  // The ledger names the new sheets before anything is written to them, so a run cut short leaves
  // sheets the next run recognises and reuses; their ids follow once Excel has given them.
  const record = (): Step[] =>
    ledgerPieces(ctx, ledgerRead, { ...plan.ledger, generatedIds: { ...ids } }).map((piece) => ({
      bytes: piece.bytes,
      queue: () => piece.queue(),
    }));
  const layouts: PrintLayouts = new Map();
  const steps: Step[] = [...record(), ...placements.flatMap((p) => renderSteps(p.name, p.model, p.reuse, layouts))];
  const requests = packSteps(steps);

  const created: { name: string; sheet: Excel.Worksheet }[] = [];
  const finish = () => {
    for (const { name, sheet } of created) ids[name] = sheet.id;
    for (const step of record()) step.queue(ctx);
  };
  for (let i = 0; i < requests.length; i++) {
    ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
    if (i === 0) {
      for (const p of placements) {
        if (p.reuse) continue;
        const sheet = ctx.workbook.worksheets.add(p.name);
        sheet.load('id');
        created.push({ name: p.name, sheet });
      }
    }
    for (const step of requests[i] ?? []) step.queue(ctx);
    if (i > 0 && i === requests.length - 1) finish();
    // One round trip per request: a large summary needs several to stay under the 5 MB cap.
    await ctx.sync();
  }
  if (requests.length <= 1) {
    finish();
    await ctx.sync();
  }
  return placements.map((p) => {
    const layout = layouts.get(p.name);
    const written: WrittenSheet = { wanted: p.wanted, name: p.name, replaced: p.reuse };
    if (layout && !fitsOnePageWide(layout)) written.fitsPageWidth = false;
    return written;
  });
}
