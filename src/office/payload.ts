/**
 * Excel on the web refuses a request or a response over 5 MB. The host plans its requests from
 * this estimate of what a value weighs on the wire (JSON, UTF-8), keeping a margin below the cap.
 */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const REQUEST_BUDGET = 4 * 1024 * 1024;
/** Cells the first read request asks for: a report's text cells average about 100 bytes. */
export const READ_CELL_BUDGET = 25_000;
/** Excel returns null values past this many cells in one read. */
export const READ_CELL_LIMIT = 5_000_000;
/** Per action in a request, beyond its arguments. */
export const OP_BYTES = 48;

export function wireBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
