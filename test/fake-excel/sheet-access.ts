import type { Engine } from './engine';
import { FakeOfficeError } from './errors';
import type { SheetState } from './state';

/** Writes to a protected sheet are refused, as in Excel. */
export function writable(sheet: SheetState): SheetState {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', `The sheet "${sheet.name}" is protected.`, sheet.name);
  return sheet;
}

export function sheetId(sheet: SheetState): string {
  return `{${String(sheet.id).padStart(8, '0')}-0000-0000-0000-000000000000}`;
}

/** The sheet still in the workbook, or InvalidReference. */
export function live(engine: Engine, sheet: SheetState): SheetState {
  if (!engine.state.sheets.includes(sheet)) throw new FakeOfficeError('InvalidReference', 'The worksheet no longer exists.');
  return sheet;
}

