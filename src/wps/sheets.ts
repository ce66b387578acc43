import type { WrittenSheet } from '../core/host';
import { LEDGER_SHEET } from '../core/ledger';
import type { SheetModel, SheetRole } from '../core/sheet-model';
import { sheetNameKey } from '../core/sheet-names';
import { placeSheets } from '../office/write-sheets';
import type { SheetEntry } from './book';
import { activeWorkbook, listSheets, sheetNamed } from './book';
import { WpsError } from './errors';
import { readLedger, writeLedger } from './ledger-io';
import type { EtApplication, EtWorksheet } from './om';
import { clearSheet, renderSheet } from './render';
import { transact } from './tx';

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

/** The sheet new sheets go after: the one the models link into (the report), else the last sheet. */
function anchorOf(models: readonly SheetModel[], entries: readonly SheetEntry[], generated: ReadonlySet<string>): EtWorksheet | null {
  for (const model of models) {
    for (const row of model.rows) {
      for (const cell of row) {
        const target = cell?.link?.sheet;
        if (!target || generated.has(sheetNameKey(target))) continue;
        const entry = entries.find((e) => sheetNameKey(e.name) === sheetNameKey(target));
        if (entry) return entry.ws;
      }
    }
  }
  return null;
}

/** The last sheet that is not the ledger, which stays last. */
function lastUserSheet(entries: readonly SheetEntry[]): EtWorksheet | undefined {
  const users = entries.filter((e) => sheetNameKey(e.name) !== sheetNameKey(LEDGER_SHEET));
  return users[users.length - 1]?.ws;
}

/**
 * Writes the models. A sheet generated before (the ledger lists it) is emptied and reused; a sheet the
 * user made is never touched: a model that wants its name gets a suffix and links follow it. New
 * sheets go right after the report, in order; the sheet the user was on stays active.
 */
export function writeSheets(app: EtApplication, models: readonly SheetModel[]): WrittenSheet[] {
  if (models.length === 0) return [];
  return transact(app, () => {
    const wb = activeWorkbook(app);
    const entries = listSheets(wb);
    const state = readLedger(entries);
    const existing = entries.map((e) => e.name);
    const existingKeys = new Set(existing.map(sheetNameKey));
    const stillOurs = state.ledger.generated.filter((name) => existingKeys.has(sheetNameKey(name)));
    const placements = placeSheets(models, existing, stillOurs);
    for (const p of placements) {
      if (p.reuse && sheetNamed(entries, p.name).ProtectContents) throw new WpsError('protected', { sheet: p.name });
    }
    const renamed = new Map(placements.filter((p) => p.name !== p.model.name).map((p) => [p.model.name, p.name]));
    const generated = [...stillOurs];
    const roles: Record<string, SheetRole> = {};
    for (const name of stillOurs) {
      const role = state.ledger.generatedRoles?.[name];
      if (role) roles[name] = role;
    }
    for (const p of placements) {
      if (!generated.some((g) => sheetNameKey(g) === sheetNameKey(p.name))) generated.push(p.name);
      roles[p.name] = p.model.role;
    }
    let after = anchorOf(models, entries, new Set(stillOurs.map(sheetNameKey)));
    const active = wb.ActiveSheet;

    return (journal) => {
      const previous = state.ledger;
      journal.push(() => writeLedger(wb, state, previous));
      // The ledger names the sheets before anything is drawn, so a run cut short leaves sheets the next run reuses.
      writeLedger(wb, state, { ...previous, generated, generatedRoles: roles });
      journal.push(() => active?.Activate());
      for (const p of placements) {
        let ws: EtWorksheet;
        if (p.reuse) {
          ws = sheetNamed(entries, p.name);
          clearSheet(ws);
        } else {
          const sheets = wb.Worksheets;
          ws = sheets.Add(undefined, after ?? lastUserSheet(entries) ?? sheets.Item(sheets.Count));
          const made = ws;
          journal.push(() => made.Delete());
          ws.Name = p.name;
        }
        after = ws;
        renderSheet(app, ws, relink(p.model, renamed));
      }
      active?.Activate();
      return placements.map((p) => ({ wanted: p.model.name, name: p.name, replaced: p.reuse }));
    };
  });
}
