/**
 * Text Excel would turn into something else when written: a number, a percentage, a date,
 * TRUE/FALSE, or a formula. Such text is written with a leading apostrophe, which Excel keeps as
 * "stored as text" and does not show, so a fix or a summary never changes the kind of a value.
 */
const REINTERPRETED = [
  /^[=+\-@']/,
  /^\s*[-+]?[\d.,]+\s*%?\s*$/,
  /^\s*(true|false)\s*$/i,
  /^\s*\d{1,4}\s*[-/.年]\s*\d{1,2}(\s*[-/.月]\s*\d{1,4}\s*日?)?\s*$/,
  /^\s*\d{1,2}:\d{2}/,
];

export function asText(text: string): string {
  return REINTERPRETED.some((re) => re.test(text)) ? `'${text}` : text;
}

/** What a cell holds, as the plain text the core compares (`from` / `to` of a fix). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}
