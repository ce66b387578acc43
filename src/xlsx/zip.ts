/**
 * Just enough of the zip format to take parts out of an .xlsx: the central directory, stored and
 * deflated entries. Anything else (zip64, encryption, other methods) is Unsupported, so the caller
 * can hand the file to exceljs instead of guessing; a package that cannot be read one way only
 * (two entries of one name) is Damaged; a part that inflates past the budget is TooLarge.
 */

/** Raised when the fast reader meets something it does not handle with certainty. */
export class Unsupported extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'Unsupported';
  }
}

/** A package no reader can take one way only: two parts of one name, a directory pointing outside the file. */
export class Damaged extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'Damaged';
  }
}

/** The parts inflate to more than the reader allows. */
export class TooLarge extends Error {
  constructor(readonly limit: number) {
    super(`inflates past ${limit} bytes`);
    this.name = 'TooLarge';
  }
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/**
 * Inflates raw deflate data. Given a limit, it must not produce more than that many bytes: it
 * throws TooLarge (or Node's ERR_BUFFER_TOO_LARGE, as zlib's maxOutputLength does) instead.
 */
export type InflateRaw = (data: Uint8Array, limit?: number) => Uint8Array;

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

/** True for the error a capped inflater throws when its output would pass the limit. */
export function isTooLarge(e: unknown): boolean {
  return e instanceof TooLarge || (e as { code?: unknown } | null)?.code === 'ERR_BUFFER_TOO_LARGE';
}

export class ZipReader {
  private readonly entries = new Map<string, Entry>();
  /** Entries by lower-case name: OPC part names are compared without regard to case. */
  private readonly folded = new Map<string, Entry>();
  /** True when the end record's size of the central directory is not where the entries really end. */
  readonly irregular: boolean;
  /** Bytes still allowed to come out of read(); every part read counts against it. */
  private budget: number;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflateRaw: InflateRaw,
    budget = Infinity,
  ) {
    this.budget = budget;
    const b = bytes;
    const end = findEnd(b);
    const count = u16(b, end + 10);
    const size = u32(b, end + 12);
    const offset = u32(b, end + 16);
    if (u16(b, end + 4) !== 0 || u16(b, end + 6) !== 0) throw new Unsupported('multi-disk zip');
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new Unsupported('zip64');
    if (offset > end) throw new Unsupported('central directory out of range');
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
      const fold = name.toLowerCase();
      // Two parts of one name: which one Excel would take is anyone's guess, so the file is damaged.
      if (this.folded.has(fold)) throw new Damaged(`duplicate entry ${name}`);
      const entry = { name, method, compressedSize, localOffset };
      this.entries.set(name, entry);
      this.folded.set(fold, entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
    this.irregular = p !== offset + size;
  }

  /** Every entry's name as the zip spells it, folders included, in directory order. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's name as the zip spells it, found without regard to case; null when there is none. */
  find(name: string): string | null {
    return this.entries.get(name)?.name ?? this.folded.get(name.toLowerCase())?.name ?? null;
  }

  /** The entry's bytes as stored, and whether they are deflated. */
  stored(name: string): { deflated: boolean; data: Uint8Array } {
    const { entry, data } = this.storedEntry(name);
    return { deflated: entry.method === 8, data };
  }

  private storedEntry(name: string): { entry: Entry; data: Uint8Array } {
    const e = this.entries.get(name);
    if (!e) throw new Unsupported(`missing part ${name}`);
    const b = this.bytes;
    const p = e.localOffset;
    if (p + 30 > b.length || u32(b, p) !== LOCAL) throw new Unsupported('bad local header');
    const start = p + 30 + u16(b, p + 26) + u16(b, p + 28);
    if (start + e.compressedSize > b.length) throw new Unsupported('entry out of range');
    if (e.method !== 0 && e.method !== 8) throw new Unsupported('compression method');
    return { entry: e, data: b.subarray(start, start + e.compressedSize) };
  }

  read(name: string): Uint8Array {
    const { entry, data } = this.storedEntry(name);
    let out = data;
    if (entry.method === 8) {
      try {
        out = this.inflateRaw(data, this.budget);
      } catch (e) {
        if (isTooLarge(e)) throw new TooLarge(this.budget);
        throw new Unsupported('inflate failed');
      }
    }
    if (out.length > this.budget) throw new TooLarge(this.budget);
    this.budget -= out.length;
    return out;
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
