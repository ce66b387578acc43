import type { WrittenSheet } from '../core/host';
import { LEDGER_SHEET } from '../core/ledger';
import type { SheetModel, SheetRole } from '../core/sheet-model';
import { sheetNameKey, uniqueSheetName } from '../core/sheet-names';
import { ledgerPieces, queueLedgerRead } from './ledger-io';
import { packSteps, renderSteps } from './render';
import type { Step } from './render';
import { queueSheetList } from './sheets';

interface Placement {
  model: SheetModel;
  name: string;
  reuse: boolean;
}

/**
 * Where each model goes. A sheet Tongbao generated before (the ledger lists it) is cleared and
 * reused, never deleted: deleting a worksheet empties the user's undo stack. A sheet the user made
 * is never touched: a model that wants its name gets a suffix instead.
 */
export function placeSheets(models: readonly SheetModel[], existing: readonly string[], generated: readonly string[]): Placement[] {
  const generatedKeys = new Set(generated.map(sheetNameKey));
  const existingKeys = new Set(existing.map(sheetNameKey));
  const userSheets = existing.filter((name) => !generatedKeys.has(sheetNameKey(name)));
  const taken = [...userSheets, LEDGER_SHEET];
  return models.map((model) => {
    const name = uniqueSheetName(model.name, taken);
    taken.push(name);
    return { model, name, reuse: existingKeys.has(sheetNameKey(name)) };
  });
}

/** Links between generated sheets follow a sheet that had to take a suffix. */
function relink(model: SheetModel, renamed: ReadonlyMap<string, string>): SheetModel {
  if (renamed.size === 0) return model;
  const rows = model.rows.map((row) =>
    row.map((cell) => {
      const target = cell?.link ? renamed.get(cell.link.sheet) : undefined;
      return cell?.link && target ? { ...cell, link: { ...cell.link, sheet: target } } : cell;
    }),
  );
  return { ...model, rows };
}

/**
 * Writes the models in as few round trips as their size allows: one to read the sheet list and the
 * ledger, then one per request of at most 4 MB (usually one), each sheet's values sent as whole 2-D
 * blocks and its formats grouped by style into RangeAreas. New sheets are added in the first request,
 * with the ledger naming them; their worksheet ids go into the ledger with the last request, or in
 * one more round trip when the first request is also the last.
 */
export async function writeSheets(ctx: Excel.RequestContext, models: readonly SheetModel[]): Promise<WrittenSheet[]> {
  if (models.length === 0) return [];
  const ledgerRead = queueLedgerRead(ctx);
  const sheetList = queueSheetList(ctx);
  await ctx.sync();

  const ledger = ledgerRead.ledger();
  const existing = sheetList.all();
  const existingKeys = new Set(existing.map(sheetNameKey));
  const recorded = ledger.generatedIds ?? {};
  // A name the ledger lists is ours only while the sheet holding it is the one generated: a sheet the
  // user made later under that name has another id.
  const stillOurs = ledger.generated.filter((name) => {
    if (!existingKeys.has(sheetNameKey(name))) return false;
    const id = recorded[name];
    return id === undefined || id === sheetList.idOf(name);
  });
  const placements = placeSheets(models, existing, stillOurs);
  const renamed = new Map(placements.filter((p) => p.name !== p.model.name).map((p) => [p.model.name, p.name]));

  const generated = [...stillOurs];
  const roles: Record<string, SheetRole> = {};
  const ids: Record<string, string> = {};
  for (const name of stillOurs) {
    const role = ledger.generatedRoles?.[name];
    if (role) roles[name] = role;
    const id = sheetList.idOf(name);
    if (id) ids[name] = id;
  }
  for (const p of placements) {
    if (!generated.some((g) => sheetNameKey(g) === sheetNameKey(p.name))) generated.push(p.name);
    roles[p.name] = p.model.role;
  }

  // The ledger names the new sheets before anything is written to them, so a run cut short leaves
  // sheets the next run recognises and reuses; their ids follow once Excel has given them.
  const record = (): Step[] =>
    ledgerPieces(ctx, ledgerRead, { ...ledger, generated, generatedRoles: roles, generatedIds: { ...ids } }).map((piece) => ({
      bytes: piece.bytes,
      queue: () => piece.queue(),
    }));
  const steps: Step[] = [...record(), ...placements.flatMap((p) => renderSteps(p.name, relink(p.model, renamed), p.reuse))];
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
  return placements.map((p) => ({ wanted: p.model.name, name: p.name, replaced: p.reuse }));
}
