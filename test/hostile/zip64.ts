import * as zlib from 'zlib';
import { ZipReader, type ZipRecord } from '../../src/xlsx/zip';

/**
 * The fields a local header and a central directory entry share, from the version needed to the
 * name's length, written from `at`: version 4.5 and both sizes left to the zip64 extra field.
 */
function writeSharedFields(b: Buffer, at: number, record: ZipRecord, nameLength: number): void {
  b.writeUInt16LE(45, at);
  b.writeUInt16LE(record.flags & ~8, at + 2);
  b.writeUInt16LE(record.method, at + 4);
  b.writeUInt32LE(record.modified, at + 6);
  b.writeUInt32LE(record.crc, at + 10);
  b.writeUInt32LE(0xffffffff, at + 14);
  b.writeUInt32LE(0xffffffff, at + 18);
  b.writeUInt16LE(nameLength, at + 22);
}

/**
 * The same package as a zip64 archive, the way writers that stream big files lay it out: every
 * size and offset in a zip64 extra field (the headers hold 0xFFFFFFFF), the directory found
 * through a zip64 end record and its locator, the end record's counts at their maximum. The
 * entries' stored bytes and declared sizes are kept, so a bomb stays a bomb.
 */
export function asZip64(bytes: Uint8Array): Uint8Array {
  const source = new ZipReader(bytes, (d) => zlib.inflateRawSync(d));
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const push = (b: Buffer) => {
    out.push(b);
    offset += b.length;
  };
  for (const record of source.records()) {
    const { data } = source.raw(record.name);
    const name = Buffer.from(record.nameBytes);
    const local = Buffer.alloc(30 + 20);
    local.writeUInt32LE(0x04034b50, 0);
    writeSharedFields(local, 4, record, name.length);
    local.writeUInt16LE(20, 28);
    local.writeUInt16LE(0x0001, 30);
    local.writeUInt16LE(16, 32);
    local.writeBigUInt64LE(BigInt(record.size), 34);
    local.writeBigUInt64LE(BigInt(data.length), 42);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(45, 4);
    writeSharedFields(head, 6, record, name.length);
    head.writeUInt16LE(28, 30);
    head.writeUInt32LE(0xffffffff, 42);
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(record.size), 4);
    extra.writeBigUInt64LE(BigInt(data.length), 12);
    extra.writeBigUInt64LE(BigInt(offset), 20);
    central.push(head, name, extra);
    push(local.subarray(0, 30));
    push(name);
    push(local.subarray(30));
    push(Buffer.from(data));
  }
  const start = offset;
  const directory = Buffer.concat(central);
  push(directory);
  const end64 = Buffer.alloc(56 + 20 + 22);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(source.records().length), 24);
  end64.writeBigUInt64LE(BigInt(source.records().length), 32);
  end64.writeBigUInt64LE(BigInt(directory.length), 40);
  end64.writeBigUInt64LE(BigInt(start), 48);
  end64.writeUInt32LE(0x07064b50, 56);
  end64.writeBigUInt64LE(BigInt(offset), 64);
  end64.writeUInt32LE(1, 72);
  end64.writeUInt32LE(0x06054b50, 76);
  end64.writeUInt16LE(0xffff, 84);
  end64.writeUInt16LE(0xffff, 86);
  end64.writeUInt32LE(0xffffffff, 88);
  end64.writeUInt32LE(0xffffffff, 92);
  push(end64);
  return new Uint8Array(Buffer.concat(out));
}
