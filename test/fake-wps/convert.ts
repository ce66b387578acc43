import type { CellError, FakeCell } from './state';

export const CVERR_CODES: Record<string, number> = {
  '#NULL!': -2146826288,
  '#DIV/0!': -2146826281,
  '#VALUE!': -2146826273,
  '#REF!': -2146826265,
  '#NAME?': -2146826259,
  '#NUM!': -2146826252,
  '#N/A': -2146826246,
};

function isError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** Value2 of one cell: nothing for an empty cell, the CVErr number for an error. */
export function readValue2(cell: FakeCell | undefined): unknown {
  if (!cell || cell.value === null) return undefined;
  if (isError(cell.value)) return CVERR_CODES[cell.value.error] ?? -2146826273;
  return cell.value;
}

export function readFormula(cell: FakeCell | undefined): string {
  if (!cell) return '';
  if (cell.formula) return cell.formula;
  const v = cell.value;
  if (v === null) return '';
  if (isError(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
const PERCENT = /^\s*([-+]?(\d+\.?\d*|\.\d+))\s*%\s*$/;
const DATE = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*$/;

function dateSerial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

/** The friendly name of a HYPERLINK() formula, its only formula the fake calculates. */
function hyperlinkValue(formula: string): string | number | null {
  const m = /^=HYPERLINK\((?:"(?:[^"]|"")*"),\s*(?:"((?:[^"]|"")*)"|([-\d.]+))\)$/i.exec(formula);
  if (!m) return null;
  if (m[2] !== undefined) return Number(m[2]);
  return (m[1] ?? '').replace(/""/g, '"');
}

/**
 * Writes a value the way WPS does: text that looks like a number, a percentage, a date or TRUE/FALSE
 * becomes that value, "=" starts a formula, and a leading apostrophe keeps the rest as text.
 */
export function writeValue(cell: FakeCell, value: unknown): void {
  cell.formula = null;
  if (value === null || value === undefined || value === '') {
    cell.value = null;
    return;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    cell.value = value;
    return;
  }
  const text = String(value);
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    return;
  }
  if (text.startsWith('=')) {
    cell.formula = text;
    cell.value = hyperlinkValue(text);
    return;
  }
  if (NUMBER.test(text)) {
    cell.value = Number(text);
    return;
  }
  const pct = PERCENT.exec(text);
  if (pct?.[1]) {
    cell.value = Number(pct[1]) / 100;
    return;
  }
  const date = DATE.exec(text);
  if (date?.[1] && date[2] && date[3]) {
    cell.value = dateSerial(Number(date[1]), Number(date[2]), Number(date[3]));
    return;
  }
  if (/^\s*(true|false)\s*$/i.test(text)) {
    cell.value = /true/i.test(text);
    return;
  }
  cell.value = text;
}
