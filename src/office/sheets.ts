import { sheetNameKey } from '../core/sheet-names';
import { HostError } from './errors';

/** The workbook's sheets, as read in a sync: ask only after that sync. */
export interface SheetList {
  /** Every sheet, in tab order. */
  all(): string[];
  /** Lookup ignoring case, as Excel compares sheet names. */
  names(): { has(name: string): boolean };
  /** Worksheet id by name (any case): stays the same when a sheet is renamed or moved. */
  idOf(name: string): string | undefined;
  /** Throws the user's error when a sheet to be written is gone or protected. */
  guard(names: readonly string[]): void;
}

/**
 * Queues the read of every sheet's name, id and protection. The collection is loaded whole, so a sheet
 * that may be missing is never asked for by name before the sync.
 */
export function queueSheetList(ctx: Excel.RequestContext): SheetList {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/id,items/protection/protected');
  const all = () => sheets.items.map((s) => s.name);
  const find = (name: string) => sheets.items.find((s) => sheetNameKey(s.name) === sheetNameKey(name));
  return {
    all,
    names: () => {
      const keys = new Set(all().map(sheetNameKey));
      return { has: (name: string) => keys.has(sheetNameKey(name)) };
    },
    idOf: (name: string) => find(name)?.id,
    guard: (names) => {
      for (const name of new Set(names)) {
        const sheet = find(name);
        if (!sheet) throw new HostError('not-found', { sheet: name });
        if (sheet.protection.protected) throw new HostError('protected', { sheet: name });
      }
    },
  };
}
