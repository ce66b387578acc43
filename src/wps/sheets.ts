import type { WrittenSheet } from '../core/host';
import type { SheetInfo } from '../core/plan/sheets';
import { isLedgerSheet, placeSheets } from '../core/plan/sheets';
import type { SheetModel } from '../core/sheet-model';
import { sheetNameKey } from '../core/sheet-names';
import type { CellValue } from '../core/snapshot';
import type { SheetEntry } from './book';
import { activeWorkbook, listSheets, sheetNamed } from './book';
import { WpsError } from './errors';
import { parseUsed } from './geometry';
import { readLedger, writeLedger } from './ledger-io';
import type { EtApplication, EtWorksheet } from './om';
import { clearSheet, renderSheet } from './render';
import { transact } from './tx';
import { snapshotValue, valueGrid } from './values';

/** A sheet's values from A1, in one read: for the sheets the ledger lists, whose content tells whether they are still ours. */
function usedValues(ws: EtWorksheet): CellValue[][] {
  const used = ws.UsedRange;
  const rect = parseUsed(used.Address());
  const out: CellValue[][] = [];
  valueGrid(used.Value2).forEach((row, i) => {
    out[rect.top + i] = [...(Array(rect.left).fill(null) as CellValue[]), ...row.map(snapshotValue)];
  });
  return out;
}

/** The sheets as the core's placement needs them; only the sheets the ledger lists are read. */
function sheetInfos(entries: readonly SheetEntry[], listed: readonly string[]): SheetInfo[] {
  const keys = new Set(listed.map(sheetNameKey));
  return entries.map((e) => (keys.has(sheetNameKey(e.name)) ? { name: e.name, values: usedValues(e.ws) } : { name: e.name }));
}

/** The sheet new sheets go after: the one the models link into (the report), else the last sheet but the ledger. */
function anchorOf(models: readonly SheetModel[], entries: readonly SheetEntry[], placed: ReadonlySet<string>): EtWorksheet | null {
  for (const model of models) {
    for (const row of model.rows) {
      for (const cell of row) {
        const target = cell?.link?.sheet;
        if (!target || placed.has(sheetNameKey(target))) continue;
        const entry = entries.find((e) => sheetNameKey(e.name) === sheetNameKey(target));
        if (entry) return entry.ws;
      }
    }
  }
  const users = entries.filter((e) => !isLedgerSheet(e.name));
  return users[users.length - 1]?.ws ?? null;
}

/**
 * Writes the models where the core places them: a sheet generated before is emptied and reused, a
 * sheet the user made is never touched. New sheets go right after the report, in order; the sheet
 * the user was on stays active.
 */
export function writeSheets(app: EtApplication, models: readonly SheetModel[]): WrittenSheet[] {
  if (models.length === 0) return [];
  return transact(app, () => {
    const wb = activeWorkbook(app);
    const entries = listSheets(wb);
    const state = readLedger(entries);
    const plan = placeSheets(models, sheetInfos(entries, state.ledger.generated), state.ledger);
    for (const p of plan.placements) {
      if (p.reuse && sheetNamed(entries, p.name).ProtectContents) throw new WpsError('protected', { sheet: p.name });
    }
    let after = anchorOf(models, entries, new Set(plan.placements.map((p) => sheetNameKey(p.name))));
    const active = wb.ActiveSheet;

    return (journal) => {
      const previous = state.ledger;
      journal.push(() => writeLedger(wb, state, previous));
      // The ledger names the sheets before anything is drawn, so a run cut short leaves sheets the next run reuses.
      writeLedger(wb, state, plan.ledger);
      journal.push(() => active?.Activate());
      for (const p of plan.placements) {
        let ws: EtWorksheet;
        if (p.reuse) {
          ws = sheetNamed(entries, p.name);
          clearSheet(ws);
        } else {
          const sheets = wb.Worksheets;
          ws = after ? sheets.Add(undefined, after) : sheets.Add();
          const made = ws;
          journal.push(() => made.Delete());
          ws.Name = p.name;
        }
        after = ws;
        renderSheet(app, ws, p.model);
      }
      active?.Activate();
      return plan.placements.map((p) => ({ wanted: p.wanted, name: p.name, replaced: p.reuse }));
    };
  });
}
