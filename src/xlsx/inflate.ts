import { Damaged, isTooLarge, TooLarge, type ZipReader } from './zip';

/** Inflates raw deflate data, refusing (TooLarge) to produce more than `limit` bytes. */
export type InflateRawAsync = (data: Uint8Array, limit: number) => Promise<Uint8Array>;

/** Deflates data as a zip entry stores it (raw deflate, no header). */
export type DeflateRawAsync = (data: Uint8Array) => Promise<Uint8Array>;

/** Chunks joined into one array of the given total length. */
export function joinBytes(chunks: readonly Uint8Array[], length: number): Uint8Array {
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
export const streamInflateRaw: InflateRawAsync = (data, limit) =>
  readAll(new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')), limit);

/** Everything a stream gives, in one array; past the limit it is cancelled and TooLarge thrown. */
async function readAll(stream: ReadableStream<Uint8Array>, limit = Infinity): Promise<Uint8Array> {
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
  return joinBytes(chunks, length);
}

/**
 * One entry of a zip as its bytes, within the budget: TooLarge past it, Damaged when its deflated
 * data is broken. A method or layout the reader does not know is Unsupported, from the reader.
 */
export async function inflateEntry(zip: ZipReader, name: string, inflate: InflateRawAsync, budget: number): Promise<Uint8Array> {
  const { deflated, data } = zip.stored(name);
  if (!deflated) {
    if (data.length > budget) throw new TooLarge(budget);
    return data;
  }
  let out: Uint8Array;
  try {
    out = await inflate(data, budget);
  } catch (e) {
    if (isTooLarge(e)) throw new TooLarge(budget);
    throw new Damaged(`inflate failed: ${name}`);
  }
  if (out.length > budget) throw new TooLarge(budget);
  return out;
}

/** The browser's own CompressionStream (Node has it too), for parts written into a copy. */
export const streamDeflateRaw: DeflateRawAsync = (data) =>
  readAll(new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw')));
