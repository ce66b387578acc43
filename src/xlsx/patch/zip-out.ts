import { joinBytes, type DeflateRawAsync } from '../inflate';
import type { ZipReader, ZipRecord } from '../zip';
import { CENTRAL_HEADER, END_OF_CENTRAL, LOCAL_HEADER, u16, ZIP64_EXTRA } from '../zip-bytes';
import { crc32 } from '../zip-write';

export type { DeflateRawAsync };

/**
 * The copy would need zip64 (65,535 entries or more, or 4 GB): the workbook limits keep every real
 * report far below this, so it is refused rather than written in a form some readers do not take.
 */
export class PackageTooLarge extends Error {
  constructor(readonly what: 'entries' | 'bytes') {
    super(`the package would need zip64 (${what})`);
    this.name = 'PackageTooLarge';
  }
}

const DATA_DESCRIPTOR_FLAG = 0x0008;
const UTF8_FLAG = 0x0800;
/** 1980-01-01 00:00, the earliest MS-DOS date, which Excel gives every part it writes. */
const DOS_EPOCH = 0x0021 << 16;
const MAX_ENTRIES = 0xffff;
const MAX_OFFSET = 0xffffffff;

/** One entry as it will be written: its record's fields, its extra fields and its stored bytes. */
interface OutEntry {
  nameBytes: Uint8Array;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  method: number;
  modified: number;
  crc: number;
  size: number;
  internalAttributes: number;
  externalAttributes: number;
  comment: Uint8Array;
  localExtra: Uint8Array;
  centralExtra: Uint8Array;
  data: Uint8Array;
}

const EMPTY = new Uint8Array(0);

/** The extra fields without zip64's (the copy is no zip64 archive); none at all when they do not parse. */
function withoutZip64(extra: Uint8Array): Uint8Array {
  const kept: Uint8Array[] = [];
  let p = 0;
  while (p + 4 <= extra.length) {
    const next = p + 4 + u16(extra, p + 2);
    if (next > extra.length) return EMPTY;
    if (u16(extra, p) !== ZIP64_EXTRA) kept.push(extra.subarray(p, next));
    p = next;
  }
  if (p !== extra.length) return EMPTY;
  const length = kept.reduce((n, k) => n + k.length, 0);
  return length === extra.length ? extra : joinBytes(kept, length);
}

/** Deflate and stored data need version 2.0 at most; what a zip64 record asked for no longer applies. */
function versionFor(record: ZipRecord): number {
  return record.method === 0 || record.method === 8 ? Math.min(record.versionNeeded, 20) : record.versionNeeded;
}

/** An untouched entry: its stored bytes and record as they were, with sizes in a clean local header. */
function copied(source: ZipReader, name: string): OutEntry {
  const { record, localExtra, data } = source.raw(name);
  return {
    nameBytes: record.nameBytes,
    versionMadeBy: record.versionMadeBy,
    versionNeeded: versionFor(record),
    // The sizes go in the local header, so no data descriptor follows the data.
    flags: record.flags & ~DATA_DESCRIPTOR_FLAG,
    method: record.method,
    modified: record.modified,
    crc: record.crc,
    size: record.size,
    internalAttributes: record.internalAttributes,
    externalAttributes: record.externalAttributes,
    comment: record.comment,
    localExtra: withoutZip64(localExtra),
    centralExtra: withoutZip64(record.extra),
    data,
  };
}

/** A part written anew, in place of `old` (whose name, time and attributes it keeps) or as a new entry. */
/** A part already deflated (a large generated sheet is kept so): its deflated bytes, CRC and size. */
export interface Packed {
  deflated: Uint8Array;
  crc: number;
  size: number;
}

/**
 * A part's content: bytes, text written as UTF-8 (encoded only when its turn comes, so one part's
 * bytes are held at a time), or a part already deflated.
 */
export type PartContent = Uint8Array | string | Packed;

const utf8 = new TextEncoder();

/** Text as a zip entry stores it, deflated now. */
export async function pack(text: string, deflate: DeflateRawAsync): Promise<Packed> {
  const bytes = utf8.encode(text);
  return { deflated: await deflate(bytes), crc: crc32(bytes), size: bytes.length };
}

async function packed(content: PartContent, deflate: DeflateRawAsync): Promise<Packed> {
  if (typeof content === 'string') return pack(content, deflate);
  if (content instanceof Uint8Array) return { deflated: await deflate(content), crc: crc32(content), size: content.length };
  return content;
}

async function written(nameBytes: Uint8Array, old: ZipRecord | null, content: PartContent, deflate: DeflateRawAsync): Promise<OutEntry> {
  const part = await packed(content, deflate);
  const ascii = nameBytes.every((b) => b < 0x80);
  return {
    nameBytes,
    versionMadeBy: old?.versionMadeBy ?? 20,
    versionNeeded: 20,
    flags: old ? old.flags & UTF8_FLAG : ascii ? 0 : UTF8_FLAG,
    method: 8,
    modified: old?.modified ?? DOS_EPOCH,
    crc: part.crc,
    size: part.size,
    internalAttributes: old?.internalAttributes ?? 0,
    externalAttributes: old?.externalAttributes ?? 0,
    comment: old?.comment ?? EMPTY,
    localExtra: EMPTY,
    centralExtra: EMPTY,
    data: part.deflated,
  };
}

/** Each change keyed by the source entry it replaces (found without regard to case, as OPC names are), and the new parts. */
function sortChanges(source: ZipReader, changes: ReadonlyMap<string, PartContent | null>) {
  const replaced = new Map<string, PartContent | null>();
  const added: [string, PartContent][] = [];
  const taken = new Set<string>();
  for (const [partName, bytes] of changes) {
    // A part name as [Content_Types].xml writes it ("/xl/styles.xml") names the zip entry without the slash.
    const name = partName.startsWith('/') ? partName.slice(1) : partName;
    const fold = name.toLowerCase();
    if (taken.has(fold)) throw new Error(`two changes for the part ${name}`);
    taken.add(fold);
    const existing = source.has(name) ? name : source.find(name);
    if (existing !== null) replaced.set(existing, bytes);
    else if (bytes !== null) added.push([name, bytes]);
  }
  return { replaced, added };
}

/** Writes little-endian fields and byte runs one after another into a buffer sized beforehand. */
class Out {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  at = 0;

  constructor(length: number) {
    this.bytes = new Uint8Array(length);
    this.view = new DataView(this.bytes.buffer);
  }

  u16(v: number): void {
    this.view.setUint16(this.at, v, true);
    this.at += 2;
  }

  u32(v: number): void {
    this.view.setUint32(this.at, v, true);
    this.at += 4;
  }

  put(b: Uint8Array): void {
    this.bytes.set(b, this.at);
    this.at += b.length;
  }
}

/** The fields a local header and a central directory entry share, from the version needed to the name length. */
function writeSharedFields(o: Out, e: OutEntry): void {
  o.u16(e.versionNeeded);
  o.u16(e.flags);
  o.u16(e.method);
  o.u32(e.modified);
  o.u32(e.crc);
  o.u32(e.data.length);
  o.u32(e.size);
  o.u16(e.nameBytes.length);
}

function writeLocal(o: Out, e: OutEntry): void {
  o.u32(LOCAL_HEADER);
  writeSharedFields(o, e);
  o.u16(e.localExtra.length);
  o.put(e.nameBytes);
  o.put(e.localExtra);
  o.put(e.data);
}

function writeCentral(o: Out, e: OutEntry, offset: number): void {
  o.u32(CENTRAL_HEADER);
  o.u16(e.versionMadeBy);
  writeSharedFields(o, e);
  o.u16(e.centralExtra.length);
  o.u16(e.comment.length);
  o.u16(0);
  o.u16(e.internalAttributes);
  o.u32(e.externalAttributes);
  o.u32(offset);
  o.put(e.nameBytes);
  o.put(e.centralExtra);
  o.put(e.comment);
}

/**
 * The zip itself: local headers and data, the central directory, the end record, written straight
 * into one buffer of the final size, so each stored byte is copied once.
 */
function assemble(entries: readonly OutEntry[], comment: Uint8Array): Uint8Array {
  if (entries.length >= MAX_ENTRIES) throw new PackageTooLarge('entries');
  const offsets: number[] = [];
  let local = 0;
  let central = 0;
  for (const e of entries) {
    if (e.size >= MAX_OFFSET || e.data.length >= MAX_OFFSET || local >= MAX_OFFSET) throw new PackageTooLarge('bytes');
    offsets.push(local);
    local += 30 + e.nameBytes.length + e.localExtra.length + e.data.length;
    central += 46 + e.nameBytes.length + e.centralExtra.length + e.comment.length;
  }
  if (local + central >= MAX_OFFSET) throw new PackageTooLarge('bytes');
  const o = new Out(local + central + 22 + comment.length);
  for (const e of entries) writeLocal(o, e);
  entries.forEach((e, i) => writeCentral(o, e, offsets[i] ?? 0));
  o.u32(END_OF_CENTRAL);
  o.u16(0);
  o.u16(0);
  o.u16(entries.length);
  o.u16(entries.length);
  o.u32(central);
  o.u32(local);
  o.u16(comment.length);
  o.put(comment);
  return o.bytes;
}

/**
 * The package `source` with `changes` applied: a part mapped to bytes is written (deflated) in
 * place of the old one, or appended when new; a part mapped to null is left out. Every other
 * entry is copied as stored: the same compressed bytes, CRC, method, name, in the same order.
 * A change names its part as the source spells it, in another case (OPC names ignore case) or
 * with a leading slash; the entry keeps the source's spelling.
 */
export async function writePackage(source: ZipReader, changes: ReadonlyMap<string, PartContent | null>, deflate: DeflateRawAsync): Promise<Uint8Array> {
  const { replaced, added } = sortChanges(source, changes);
  const entries: OutEntry[] = [];
  for (const record of source.records()) {
    const bytes = replaced.get(record.name);
    if (bytes === undefined) entries.push(copied(source, record.name));
    else if (bytes !== null) entries.push(await written(record.nameBytes, record, bytes, deflate));
  }
  const encoder = new TextEncoder();
  for (const [name, bytes] of added) entries.push(await written(encoder.encode(name), null, bytes, deflate));
  return assemble(entries, source.comment);
}
