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
  if (typeof value === 'number') return Number.isFinite(value) ? numberText(value) : '';
  return value ? 'TRUE' : 'FALSE';
}

/**
 * A number to 15 significant digits, as Excel shows it. A number whose shortest form has no more than 15
 * digits is already that: rounding it to 15 digits and back gives the same number, so the costly rounding is
 * kept for the others (0.1 + 0.2, 1e-7, 1e21).
 */
function numberText(value: number): string {
  const text = String(value);
  if (text.length <= 15 && !text.includes('e')) return text;
  return String(Number(value.toPrecision(15)));
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
