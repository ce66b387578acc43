import { sheetNameKey } from '../core/sheet-names';

/** The workbook's sheet names, as read in a sync: call after that sync. */
export interface SheetList {
  /** Every sheet, in tab order. */
  all(): string[];
  /** Lookup ignoring case, as Excel compares sheet names. */
  names(): { has(name: string): boolean };
}

export function queueSheetList(ctx: Excel.RequestContext): SheetList {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  const all = () => sheets.items.map((s) => s.name);
  return {
    all,
    names: () => {
      const keys = new Set(all().map(sheetNameKey));
      return { has: (name: string) => keys.has(sheetNameKey(name)) };
    },
  };
}
