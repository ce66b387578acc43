import { CENTRAL_HEADER, END_OF_CENTRAL, LOCAL_HEADER, u16, u32, u64, ZIP64_EXTRA } from './zip-bytes';

/**
 * Just enough of the zip format to take parts out of an .xlsx: the central directory (zip64 too),
 * stored and deflated entries. Anything else (encryption, other methods, several disks) is
 * Unsupported, so the caller can hand the file to exceljs instead of guessing; a package that cannot be read one way only
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

/** One entry of the central directory, as the zip records it (zip64 sizes and offset already read). */
export interface ZipRecord {
  /** The name as names() and read() give it: the stored name read byte for byte, a leading slash dropped. */
  readonly name: string;
  /** The name exactly as stored. */
  readonly nameBytes: Uint8Array;
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  readonly flags: number;
  readonly method: number;
  /** MS-DOS time in the low 16 bits, date in the high 16 bits. */
  readonly modified: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly internalAttributes: number;
  readonly externalAttributes: number;
  /** The entry's extra fields in the central directory. */
  readonly extra: Uint8Array;
  readonly comment: Uint8Array;
  readonly localOffset: number;
}

/** An entry's bytes as stored, with what its local header holds beside them. */
export interface RawEntry {
  record: ZipRecord;
  /** The extra fields of the local header, which may differ from the central directory's. */
  localExtra: Uint8Array;
  /** The compressed bytes, exactly as in the file (a view, not a copy). */
  data: Uint8Array;
}

/**
 * Inflates raw deflate data. Given a limit, it must not produce more than that many bytes: it
 * throws TooLarge (or Node's ERR_BUFFER_TOO_LARGE, as zlib's maxOutputLength does) instead.
 */
export type InflateRaw = (data: Uint8Array, limit?: number) => Uint8Array;

const EOCD64 = 0x06064b50;
const LOCATOR64 = 0x07064b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

const latin = new TextDecoder('latin1');

function findEnd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) if (b[i] === 0x50 && u32(b, i) === END_OF_CENTRAL) return i;
  throw new Unsupported('no end of central directory');
}

/** Where the central directory is, how long, and how many entries it holds. */
interface Directory {
  count: number;
  size: number;
  offset: number;
  /** Where the records after the directory begin: the zip64 end record, or the end record. */
  limit: number;
  zip64: boolean;
}

/**
 * The directory as the end record gives it, or, when one of its fields is at its maximum, as the
 * zip64 end record (found through the locator just before the end record) gives it.
 */
function findDirectory(b: Uint8Array, end: number): Directory {
  const count = u16(b, end + 10);
  const size = u32(b, end + 12);
  const offset = u32(b, end + 16);
  const maxed = count === MAX16 || size === MAX32 || offset === MAX32 || u16(b, end + 4) === MAX16 || u16(b, end + 6) === MAX16;
  const locator = end - 20;
  if (!maxed || locator < 0 || u32(b, locator) !== LOCATOR64) {
    if (maxed) throw new Unsupported('zip64 without its end record');
    if (u16(b, end + 4) !== 0 || u16(b, end + 6) !== 0) throw new Unsupported('multi-disk zip');
    return { count, size, offset, limit: end, zip64: false };
  }
  if (u32(b, locator + 4) !== 0 || u32(b, locator + 16) > 1) throw new Unsupported('multi-disk zip');
  const at = u64(b, locator + 8);
  if (at + 56 > locator || u32(b, at) !== EOCD64) throw new Unsupported('zip64 end record out of place');
  if (u32(b, at + 16) !== 0 || u32(b, at + 20) !== 0) throw new Unsupported('multi-disk zip');
  const count64 = u64(b, at + 32);
  if (u64(b, at + 24) !== count64) throw new Unsupported('multi-disk zip');
  return { count: count64, size: u64(b, at + 40), offset: u64(b, at + 48), limit: at, zip64: true };
}

/** The values an entry's zip64 extra field holds for the fields its header left at their maximum. */
function zip64Values(extra: Uint8Array, wanted: readonly boolean[]): number[] {
  for (let p = 0; p + 4 <= extra.length; p += 4 + u16(extra, p + 2)) {
    if (u16(extra, p) !== ZIP64_EXTRA) continue;
    const length = u16(extra, p + 2);
    const out: number[] = [];
    let at = p + 4;
    for (const want of wanted) {
      if (!want) continue;
      if (at + 8 > p + 4 + length || at + 8 > extra.length) throw new Unsupported('zip64 extra field too short');
      out.push(u64(extra, at));
      at += 8;
    }
    return out;
  }
  throw new Unsupported('zip64 extra field missing');
}

/** The central directory entry at p, and where the next one starts. */
function readRecord(b: Uint8Array, p: number, limit: number): { record: ZipRecord; next: number } {
  if (p + 46 > limit || u32(b, p) !== CENTRAL_HEADER) throw new Unsupported('bad central directory entry');
  const nameLength = u16(b, p + 28);
  const extraLength = u16(b, p + 30);
  const commentLength = u16(b, p + 32);
  const next = p + 46 + nameLength + extraLength + commentLength;
  if (next > limit) throw new Unsupported('bad central directory entry');
  const nameBytes = b.subarray(p + 46, p + 46 + nameLength);
  const extra = b.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
  let size = u32(b, p + 24);
  let compressedSize = u32(b, p + 20);
  let localOffset = u32(b, p + 42);
  const disk = u16(b, p + 34);
  const wanted = [size === MAX32, compressedSize === MAX32, localOffset === MAX32, disk === MAX16];
  if (wanted.some(Boolean)) {
    const values = zip64Values(extra, wanted);
    if (wanted[0]) size = values.shift() ?? size;
    if (wanted[1]) compressedSize = values.shift() ?? compressedSize;
    if (wanted[2]) localOffset = values.shift() ?? localOffset;
    if (wanted[3] && values.shift() !== 0) throw new Unsupported('multi-disk zip');
  } else if (disk !== 0) throw new Unsupported('multi-disk zip');
  // Part names in an .xlsx are ASCII; a byte-wise read keeps any other name distinct without decoding it.
  let name = latin.decode(nameBytes);
  if (name.startsWith('/')) name = name.slice(1);
  const record: ZipRecord = {
    name,
    nameBytes,
    versionMadeBy: u16(b, p + 4),
    versionNeeded: u16(b, p + 6),
    flags: u16(b, p + 8),
    method: u16(b, p + 10),
    modified: u32(b, p + 12),
    crc: u32(b, p + 16),
    compressedSize,
    size,
    internalAttributes: u16(b, p + 36),
    externalAttributes: u32(b, p + 38),
    extra,
    comment: b.subarray(next - commentLength, next),
    localOffset,
  };
  return { record, next };
}

/** True for the error a capped inflater throws when its output would pass the limit. */
export function isTooLarge(e: unknown): boolean {
  return e instanceof TooLarge || (e as { code?: unknown } | null)?.code === 'ERR_BUFFER_TOO_LARGE';
}

/** The inflater for a reader that only lists entries and hands out their bytes as stored. */
export const noInflate: InflateRaw = () => {
  throw new Unsupported('not inflated here');
};

export class ZipReader {
  private readonly entries = new Map<string, ZipRecord>();
  /** Entries by lower-case name: OPC part names are compared without regard to case. */
  private readonly folded = new Map<string, ZipRecord>();
  /** True when the end record's size of the central directory is not where the entries really end. */
  readonly irregular: boolean;
  /** True when the directory was found through a zip64 end record. */
  readonly zip64: boolean;
  /** The archive's comment, after the end record. */
  readonly comment: Uint8Array;
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
    this.comment = b.subarray(end + 22, Math.min(b.length, end + 22 + u16(b, end + 20)));
    const { count, size, offset, limit, zip64 } = findDirectory(b, end);
    this.zip64 = zip64;
    if (offset > limit) throw new Unsupported('central directory out of range');
    let p = offset;
    for (let n = 0; n < count; n++) {
      const { record, next } = readRecord(b, p, limit);
      if (record.flags & 1) throw new Unsupported('encrypted entry');
      const fold = record.name.toLowerCase();
      // Two parts of one name: which one Excel would take is anyone's guess, so the file is damaged.
      if (this.folded.has(fold)) throw new Damaged(`duplicate entry ${record.name}`);
      this.entries.set(record.name, record);
      this.folded.set(fold, record);
      p = next;
    }
    this.irregular = p !== offset + size;
  }

  /** Every entry's name as the zip spells it, folders included, in directory order. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** Every entry's record, in directory order. */
  records(): ZipRecord[] {
    return [...this.entries.values()];
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
    const { record, data } = this.raw(name);
    if (record.method !== 0 && record.method !== 8) throw new Unsupported('compression method');
    return { deflated: record.method === 8, data };
  }

  /** The entry as stored, whatever its method: for copying it into another zip unchanged. */
  raw(name: string): RawEntry {
    const record = this.entries.get(name);
    if (!record) throw new Unsupported(`missing part ${name}`);
    const b = this.bytes;
    const p = record.localOffset;
    if (p + 30 > b.length || u32(b, p) !== LOCAL_HEADER) throw new Unsupported('bad local header');
    const extraAt = p + 30 + u16(b, p + 26);
    const start = extraAt + u16(b, p + 28);
    if (start + record.compressedSize > b.length) throw new Unsupported('entry out of range');
    return { record, localExtra: b.subarray(extraAt, start), data: b.subarray(start, start + record.compressedSize) };
  }

  read(name: string): Uint8Array {
    const { deflated, data } = this.stored(name);
    let out = data;
    if (deflated) {
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
