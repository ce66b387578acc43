import ExcelJS from 'exceljs';
import { PassThrough } from 'stream';

/** Zips as other writers make them, and a reader that walks the local headers alone, as streaming readers do. */

/**
 * A workbook written by exceljs's streaming writer, through archiver: every deflated entry is
 * followed by a data descriptor (its local header holds no sizes), and with `zip64` the directory
 * is found through a zip64 end record and every entry's sizes sit in a zip64 extra field.
 */
export async function streamedWorkbook(rows: readonly (readonly (string | number)[])[], zip64 = false): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true, zip: { forceZip64: zip64 } } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
  const ws = wb.addWorksheet('9月');
  for (const row of rows) ws.addRow([...row]).commit();
  ws.commit();
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

export interface LocalEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  data: Uint8Array;
}

/** Every entry from its local header alone, front to back; throws unless they lead exactly to the central directory. */
export function walkLocalHeaders(bytes: Uint8Array): LocalEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const out: LocalEntry[] = [];
  let p = 0;
  while (view.getUint32(p, true) === 0x04034b50) {
    const flags = view.getUint16(p + 6, true);
    const compressedSize = view.getUint32(p + 18, true);
    const nameLength = view.getUint16(p + 26, true);
    const start = p + 30 + nameLength + view.getUint16(p + 28, true);
    out.push({
      name: new TextDecoder().decode(bytes.subarray(p + 30, p + 30 + nameLength)),
      flags,
      method: view.getUint16(p + 8, true),
      crc: view.getUint32(p + 14, true),
      compressedSize,
      size: view.getUint32(p + 22, true),
      data: bytes.subarray(start, start + compressedSize),
    });
    p = start + compressedSize;
  }
  if (view.getUint32(p, true) !== 0x02014b50) throw new Error(`no central directory after the entries, at ${p}`);
  return out;
}

/**
 * The same stored zip with an extended-timestamp extra field (0x5455, as Info-ZIP's zip writes
 * when a user unpacks and repacks a workbook) in every local and central header.
 */
export function withTimestamps(stored: Uint8Array, time: number): Uint8Array {
  const src = Buffer.from(stored);
  const extra = Buffer.alloc(9);
  extra.writeUInt16LE(0x5455, 0);
  extra.writeUInt16LE(5, 2);
  extra.writeUInt8(1, 4);
  extra.writeUInt32LE(time, 5);
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let at = 0;
  let p = 0;
  const offsets: number[] = [];
  while (src.readUInt32LE(p) === 0x04034b50) {
    const nameLength = src.readUInt16LE(p + 26);
    const next = p + 30 + nameLength + src.readUInt16LE(p + 28) + src.readUInt32LE(p + 18);
    const head = Buffer.from(src.subarray(p, p + 30 + nameLength));
    head.writeUInt16LE(9, 28);
    offsets.push(at);
    for (const b of [head, extra, src.subarray(p + 30 + nameLength + src.readUInt16LE(p + 28), next)]) {
      out.push(b);
      at += b.length;
    }
    p = next;
  }
  const start = at;
  for (let n = 0; src.readUInt32LE(p) === 0x02014b50; n++) {
    const nameLength = src.readUInt16LE(p + 28);
    const head = Buffer.from(src.subarray(p, p + 46 + nameLength));
    head.writeUInt16LE(9, 30);
    head.writeUInt32LE(offsets[n] ?? 0, 42);
    central.push(head, extra);
    p += 46 + nameLength + src.readUInt16LE(p + 30) + src.readUInt16LE(p + 32);
  }
  const directory = Buffer.concat(central);
  const end = Buffer.from(src.subarray(p, p + 22));
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(start, 16);
  return new Uint8Array(Buffer.concat([...out, directory, end]));
}
