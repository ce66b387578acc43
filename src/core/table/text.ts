import type { CellValue } from '../snapshot';

/** Error values as hosts pass them: Excel's error codes, kept as strings. */
const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/i;

export function isErrorValue(value: CellValue | undefined): value is string {
  return typeof value === 'string' && value.length <= 16 && value.includes('#') && ERROR_VALUE.test(value.trim());
}

/** The text of a cell as a user reads it; numbers without float noise, errors and blanks as "". */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return isErrorValue(value) ? '' : value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : '';
  return value ? 'TRUE' : 'FALSE';
}

export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === 'string' && value.trim() === '';
}

const SPACES = /[\s\u3000\u200b\ufeff]+/g;

/** Header text reduced for matching: full-width folded, spaces and line breaks removed. */
export function squash(text: string): string {
  return text.normalize('NFKC').replace(SPACES, '');
}
