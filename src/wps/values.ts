import type { CellValue } from '../core/snapshot';

/**
 * WPS returns a cell error through Value2 as the CVErr number VBA uses; the other hosts read it as
 * its text, so it becomes that text here.
 */
export const CVERR: ReadonlyMap<number, string> = new Map([
  [-2146826288, '#NULL!'],
  [-2146826281, '#DIV/0!'],
  [-2146826273, '#VALUE!'],
  [-2146826265, '#REF!'],
  [-2146826259, '#NAME?'],
  [-2146826252, '#NUM!'],
  [-2146826246, '#N/A'],
  [-2146826245, '#GETTING_DATA'],
  [-2146826242, '#SPILL!'],
  [-2146826238, '#CALC!'],
]);

/** One cell as the core reads it: an empty cell is null, an error its text. */
export function snapshotValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') return CVERR.get(value) ?? value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  // A date the web view hands over as a Date: the other hosts give its serial number.
  if (value instanceof Date) return dateSerial(value);
  return String(value);
}

/** Excel's serial day number (1900 date system) of a JavaScript date, read in UTC. */
function dateSerial(date: Date): number {
  const epoch = Date.UTC(1899, 11, 30);
  return (date.getTime() - epoch) / 86400000;
}

/** Value2 of a range as rows of cells: a single cell's scalar becomes a 1×1 grid. */
export function valueGrid(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  return value.map((row) => (Array.isArray(row) ? row : [row]));
}

/** What a cell holds, as the text a fix compares with its `from`. */
export function cellText(value: unknown): string {
  const v = snapshotValue(value);
  return v === null ? '' : String(v);
}
