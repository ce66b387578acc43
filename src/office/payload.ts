/**
 * Excel on the web refuses a request or a response over 5 MB. The host plans its requests from
 * estimates of what office.js serializes, keeping a margin below the cap, and halves a request
 * Excel refuses anyway (batcher.ts).
 */
export const REQUEST_BUDGET = 4 * 1024 * 1024;
/** Cells the first read request asks for: a report's text cells average about 100 bytes. */
export const READ_CELL_BUDGET = 25_000;
/** Excel returns null values past this many cells in one read. */
export const READ_CELL_LIMIT = 5_000_000;
/**
 * One call as office.js serializes it: the object path a call creates (`getItem`, `getRange`,
 * `dataValidation`…) with the actions that instantiate and keep it, or one query, property write or
 * method call, beyond its arguments. Measured on office.js's own requests: writing a cell's input
 * prompt, four calls, is about 1,060 bytes with a short message.
 */
export const OP_BYTES = 260;
/**
 * Reading one marked cell's look, measured the same way: about 300 bytes with a note read and 600
 * with an input prompt read, plus up to 370 for its own getCellProperties run.
 */
export const LOOK_READ_BYTES = { note: 700, prompt: 1000 } as const;

/** A value's bytes in a request: its JSON, UTF-8 encoded. */
export function wireBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? '');
}

/** Size of a text once UTF-8 encoded: what goes over the wire. */
export function utf8Bytes(text: string): number {
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

/** Whether Excel refused a request or its response for its size. */
export function isTooLarge(error: unknown): boolean {
  const code = error && typeof error === 'object' && 'code' in error ? (error as { code: unknown }).code : undefined;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}
