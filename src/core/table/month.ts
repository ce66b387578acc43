import { CHINESE_NUMERAL, monthNumber } from './numerals';

const M = `(\\d{1,2}|${CHINESE_NUMERAL}{1,3})`;
/** "1-9月", "1至9月份": the report month is the end of the range. */
const RANGE = new RegExp(`(?<!\\d)\\d{1,2}\\s*[-—–~～至到]\\s*${M}\\s*月`);
const SINGLE = new RegExp(`(?<![\\d.])${M}\\s*月(?!\\s*\\d{1,2}\\s*[日号])`);
/** "2023.09", "2023-9", "202309" in a sheet name. */
const NUMERIC_DATE = /(?:19|20)\d{2}\s*[.\-_/年]?\s*(0?[1-9]|1[0-2])(?!\d)/;
const YEAR = /((?:19|20)\d{2})\s*年/;

/** Report month named in a title or a sheet name; null when none is named. */
export function monthIn(text: string | null): number | null {
  if (!text) return null;
  const t = text.normalize('NFKC');
  const range = RANGE.exec(t);
  if (range?.[1] !== undefined) {
    const n = monthNumber(range[1]);
    if (n !== null) return n;
  }
  // A date such as "截至10月8日" is when the report was made, not the month it reports on: it is not read.
  const m = SINGLE.exec(t);
  if (m?.[1] !== undefined) {
    const n = monthNumber(m[1]);
    if (n !== null) return n;
  }
  const d = NUMERIC_DATE.exec(t);
  return d?.[1] !== undefined ? Number(d[1]) : null;
}

export function yearIn(text: string | null): number | null {
  if (!text) return null;
  const m = YEAR.exec(text.normalize('NFKC'));
  return m?.[1] !== undefined ? Number(m[1]) : null;
}
