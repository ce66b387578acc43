/** Column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnName(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address for 0-based row and column. */
export function toA1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** 0-based row and column of an A1 address (a leading sheet name and $ signs are ignored). */
export function parseA1(address: string): { row: number; col: number } {
  const bare = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const m = /^([A-Za-z]+)(\d+)$/.exec(bare);
  if (!m || m[1] === undefined || m[2] === undefined) throw new Error(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Sheet-qualified address, quoting the sheet name the way Excel formulas need. */
export function qualified(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
