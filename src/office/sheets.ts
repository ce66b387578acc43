import { sheetNameKey } from '../core/sheet-names';

/** The workbook's sheets, as read in a sync: ask only after that sync. */
export interface SheetList {
  /** Every sheet, in tab order. */
  all(): string[];
  /** Lookup ignoring case, as Excel compares sheet names. */
  names(): { has(name: string): boolean };
  /** Worksheet id by name (any case): stays the same when a sheet is renamed or moved. */
  idOf(name: string): string | undefined;
}

export function queueSheetList(ctx: Excel.RequestContext): SheetList {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/id');
  const all = () => sheets.items.map((s) => s.name);
  return {
    all,
    names: () => {
      const keys = new Set(all().map(sheetNameKey));
      return { has: (name: string) => keys.has(sheetNameKey(name)) };
    },
    idOf: (name: string) => sheets.items.find((s) => sheetNameKey(s.name) === sheetNameKey(name))?.id,
  };
}
