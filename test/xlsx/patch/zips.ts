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
