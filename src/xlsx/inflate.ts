import { TooLarge } from './zip';

/** Inflates raw deflate data, refusing (TooLarge) to produce more than `limit` bytes. */
export type InflateRawAsync = (data: Uint8Array, limit: number) => Promise<Uint8Array>;

/** Deflates data as a zip entry stores it (raw deflate, no header). */
export type DeflateRawAsync = (data: Uint8Array) => Promise<Uint8Array>;

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The browser's own DecompressionStream (Node has it too), read chunk by chunk and cancelled as soon
 * as the output passes the limit, so a small file that inflates to gigabytes never gets there.
 */
export const streamInflateRaw: InflateRawAsync = async (data, limit) => {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge(limit);
    }
    chunks.push(value);
  }
  return concat(chunks, length);
};

/** Everything a stream gives, in one array. */
async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    chunks.push(value);
  }
  return concat(chunks, length);
}

/** The browser's own CompressionStream (Node has it too), for parts written into a copy. */
export const streamDeflateRaw: DeflateRawAsync = (data) =>
  readAll(new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw')));
