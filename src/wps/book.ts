import type { EtApplication, EtWorkbook, EtWorksheet } from './om';
import { WpsError } from './errors';

/** The workbook open in WPS, or a plain error when there is none. */
export function activeWorkbook(app: EtApplication): EtWorkbook {
  const wb = app.ActiveWorkbook;
  if (!wb) throw new WpsError('no-workbook');
  return wb;
}

export interface SheetEntry {
  ws: EtWorksheet;
  name: string;
}

/** Every worksheet with its name, in tab order: one Item() and one Name read each. */
export function listSheets(wb: EtWorkbook): SheetEntry[] {
  const sheets = wb.Worksheets;
  const count = sheets.Count;
  const out: SheetEntry[] = [];
  for (let i = 1; i <= count; i++) {
    const ws = sheets.Item(i);
    out.push({ ws, name: ws.Name });
  }
  return out;
}

/** The named sheet, compared ignoring case as WPS does; a missing sheet is a plain error. */
export function sheetNamed(entries: readonly SheetEntry[], name: string): EtWorksheet {
  const found = entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
  if (!found) throw new WpsError('not-found', { sheet: name });
  return found.ws;
}
