/**
 * Just enough of the zip format to take parts out of an .xlsx: the central directory, stored and
 * deflated entries. Anything else (zip64, encryption, other methods, duplicate names) is Unsupported,
 * so the caller can hand the file to exceljs instead of guessing.
 */

/** Raised when the fast reader meets something it does not handle with certainty. */
export class Unsupported extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'Unsupported';
  }
}

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

export type InflateRaw = (data: Uint8Array) => Uint8Array;

function u16(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16)) + (b[i + 3] ?? 0) * 0x1000000;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEnd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) if (b[i] === 0x50 && u32(b, i) === EOCD) return i;
  throw new Unsupported('no end of central directory');
}

const latin = new TextDecoder('latin1');

export class ZipReader {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflateRaw: InflateRaw,
  ) {
    const b = bytes;
    const end = findEnd(b);
    const count = u16(b, end + 10);
    const size = u32(b, end + 12);
    const offset = u32(b, end + 16);
    if (u16(b, end + 4) !== 0 || u16(b, end + 6) !== 0) throw new Unsupported('multi-disk zip');
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new Unsupported('zip64');
    if (offset + size > end) throw new Unsupported('central directory out of range');
    let p = offset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > end || u32(b, p) !== CENTRAL) throw new Unsupported('bad central directory entry');
      const flags = u16(b, p + 8);
      const method = u16(b, p + 10);
      const compressedSize = u32(b, p + 20);
      const uncompressedSize = u32(b, p + 24);
      const nameLength = u16(b, p + 28);
      const extraLength = u16(b, p + 30);
      const commentLength = u16(b, p + 32);
      const localOffset = u32(b, p + 42);
      if (flags & 1) throw new Unsupported('encrypted entry');
      if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) throw new Unsupported('zip64');
      // Part names in an .xlsx are ASCII; a byte-wise read keeps any other name distinct without decoding it.
      let name = latin.decode(b.subarray(p + 46, p + 46 + nameLength));
      if (name.startsWith('/')) name = name.slice(1);
      if (this.entries.has(name)) throw new Unsupported('duplicate entry');
      this.entries.set(name, { method, compressedSize, localOffset });
      p += 46 + nameLength + extraLength + commentLength;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  read(name: string): Uint8Array {
    const e = this.entries.get(name);
    if (!e) throw new Unsupported(`missing part ${name}`);
    const b = this.bytes;
    const p = e.localOffset;
    if (p + 30 > b.length || u32(b, p) !== LOCAL) throw new Unsupported('bad local header');
    const start = p + 30 + u16(b, p + 26) + u16(b, p + 28);
    const data = b.subarray(start, start + e.compressedSize);
    if (start + e.compressedSize > b.length) throw new Unsupported('entry out of range');
    if (e.method === 0) return data;
    if (e.method !== 8) throw new Unsupported('compression method');
    try {
      return this.inflateRaw(data);
    } catch {
      throw new Unsupported('inflate failed');
    }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A part as text. A byte-order mark or invalid UTF-8 is left to exceljs, whose decoder treats them its own way. */
export function readText(zip: ZipReader, name: string): string {
  const data = zip.read(name);
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) throw new Unsupported('byte-order mark');
  try {
    return utf8.decode(data);
  } catch {
    throw new Unsupported('invalid UTF-8');
  }
}
