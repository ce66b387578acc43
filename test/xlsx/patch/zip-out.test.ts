import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as zlib from 'zlib';
import { generateXlsx } from '../../../bench/generate';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import { readSnapshotFast } from '../../../src/xlsx/fast-read';
import { streamDeflateRaw } from '../../../src/xlsx/inflate';
import { loadWorkbook } from '../../../src/xlsx/load';
import { zlibDeflateRaw } from '../../../src/xlsx/node-io';
import { PackageTooLarge, writePackage, type DeflateRawAsync } from '../../../src/xlsx/patch/zip-out';
import { snapshotWorkbook } from '../../../src/xlsx/read';
import { ZipReader } from '../../../src/xlsx/zip';
import { storeZip } from '../../../src/xlsx/zip-write';
import { fixturePath } from '../../helpers/fixtures';
import { asZip64 } from '../../hostile/zip64';
import { buildPackage } from '../package';
import { streamedWorkbook, walkLocalHeaders, withTimestamps } from './zips';

const inflate = (data: Uint8Array) => zlib.inflateRawSync(data);
const reader = (bytes: Uint8Array) => new ZipReader(bytes, inflate);
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (data: Uint8Array) => new TextDecoder().decode(data);

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const ROWS = [
  ['序号', '年度目标任务', '完成情况', '责任单位'],
  ['1', '新建5G基站300个', '完成。已建成312个', '区工信局'],
  ['2', '改造老旧小区12个', '部分完成。已改造9个', '区住建局'],
];

function exceljsWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('9月');
  ROWS.forEach((row) => ws.addRow(row));
  ws.getCell('B2').font = { bold: true, color: { argb: 'FFFF0000' } };
  wb.addWorksheet('说明').getCell('A1').value = '本表由区政府办公室汇总';
  return wb;
}

/** The first worksheet written anew: the report's rows with the last task's progress changed. */
const CHANGED_ROWS = ROWS.map((row, r) => (r === 2 ? [...row.slice(0, 2), '已完成。已改造12个', row[3] ?? ''] : row));
function changedSheetXml(): string {
  const rows = CHANGED_ROWS.map((row, r) => {
    const cells = row.map((v, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${v}</t></is></c>`).join('');
    return `<row r="${r + 1}">${cells}</row>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

interface Source {
  name: string;
  bytes: () => Promise<Uint8Array>;
  /** A part the change leaves out: one no reader misses. */
  removed: string;
}

/** A package whose parts come in a stored zip written by the project itself, with an extra part to leave out. */
async function storedPackage(): Promise<Uint8Array> {
  const built = reader(await buildPackage({ sheets: [['9月', '<sheetData/>'], ['说明', '<sheetData/>']] }));
  const entries = built.names().map((n): [string, Uint8Array] => [n, built.read(n)]);
  return storeZip([...entries, ['customXml/item1.xml', encode('<?xml version="1.0"?><data/>')]]);
}

const SOURCES: Source[] = [
  { name: 'the sample report (written by Excel)', bytes: async () => new Uint8Array(fs.readFileSync(fixturePath('tongbao-2023-09.xlsx'))), removed: 'docProps/app.xml' },
  { name: 'a workbook written by exceljs', bytes: async () => new Uint8Array((await exceljsWorkbook().xlsx.writeBuffer()) as ArrayBuffer), removed: 'docProps/core.xml' },
  { name: 'a stored zip written by storeZip', bytes: storedPackage, removed: 'customXml/item1.xml' },
  { name: 'a streamed workbook whose entries have data descriptors', bytes: () => streamedWorkbook(ROWS), removed: 'docProps/app.xml' },
  { name: 'a streamed workbook with a zip64 end record', bytes: () => streamedWorkbook(ROWS, true), removed: 'docProps/app.xml' },
  { name: 'a zip64 package (sizes and offsets in zip64 extra fields)', bytes: async () => asZip64(new Uint8Array((await exceljsWorkbook().xlsx.writeBuffer()) as ArrayBuffer)), removed: 'docProps/core.xml' },
];

const ADDED = 'customXml/item9.xml';
const ADDED_BYTES = encode('<?xml version="1.0"?><worksheet/>');

async function snapshotViaExcelJs(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return snapshotWorkbook(await loadWorkbook(bytes, 'copy.xlsx'));
}

describe.each(SOURCES.map((s): [string, Source] => [s.name, s]))('writePackage on %s', (_name, s) => {
  let before: Uint8Array;
  let after: Uint8Array;
  let sheet: string;
  beforeAll(async () => {
    before = await s.bytes();
    const source = reader(before);
    expect(source.has(s.removed)).toBe(true);
    // The streamed sources really do keep their sizes out of the local headers.
    if (s.name.startsWith('a streamed')) {
      expect(source.records().every((r) => r.flags & 0x0008)).toBe(true);
      const first = new DataView(before.buffer, before.byteOffset, 30);
      expect([first.getUint32(14, true), first.getUint32(18, true), first.getUint32(22, true)]).toEqual([0, 0, 0]);
    }
    sheet = source.names().find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)) ?? '';
    const changes = new Map<string, Uint8Array | null>([
      [sheet, encode(changedSheetXml())],
      [s.removed, null],
      [ADDED, ADDED_BYTES],
    ]);
    after = await writePackage(source, changes, zlibDeflateRaw);
  });

  it('copies every untouched entry as stored: the same bytes, CRC, method, flags, name and time, in the same order', () => {
    const source = reader(before);
    const copy = reader(after);
    const expectedOrder = source.names().filter((n) => n !== s.removed);
    expect(copy.names()).toEqual([...expectedOrder, ADDED]);
    for (const record of source.records()) {
      if (record.name === sheet || record.name === s.removed) continue;
      const was = source.raw(record.name);
      const now = copy.raw(record.name);
      expect(Buffer.compare(now.data, was.data)).toBe(0);
      expect(Buffer.compare(now.record.nameBytes, was.record.nameBytes)).toBe(0);
      expect(now.record).toMatchObject({ crc: was.record.crc, method: was.record.method, size: was.record.size, modified: was.record.modified });
      expect(now.record.flags).toBe(was.record.flags & ~0x0008);
    }
  });

  it('writes the changed part in place and the new one at the end, deflated, and leaves the removed one out', () => {
    const copy = reader(after);
    expect(decode(copy.read(sheet))).toBe(changedSheetXml());
    expect(decode(copy.read(ADDED))).toBe(decode(ADDED_BYTES));
    expect(copy.has(s.removed)).toBe(false);
    expect(copy.records().find((r) => r.name === sheet)?.method).toBe(8);
    expect(copy.zip64).toBe(false);
  });

  it('gives every local header the sizes and CRC the directory holds, so streaming readers take it too', () => {
    const local = walkLocalHeaders(after);
    const copy = reader(after);
    expect(local.map((e) => e.name)).toEqual(copy.names());
    for (const e of local) {
      const record = copy.records().find((r) => r.name === e.name);
      expect(e.flags & 0x0008).toBe(0);
      expect(e).toMatchObject({ crc: record?.crc, compressedSize: record?.compressedSize, size: record?.size, method: record?.method });
    }
  });

  it('passes JSZip with its CRC check on every entry', async () => {
    const zip = await JSZip.loadAsync(after, { checkCRC32: true });
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
    for (const n of names) await zip.files[n]?.async('uint8array');
    expect(names).toContain(ADDED);
  });

  it('opens in exceljs and in the fast reader, which agree, with the change and every other sheet as it was', async () => {
    const was = await snapshotViaExcelJs(before);
    const now = await snapshotViaExcelJs(after);
    expect(readSnapshotFast(after, inflate)).toEqual(now);
    // The changed part is the first worksheet in every source here.
    expect(now.sheets[0]?.values).toEqual(CHANGED_ROWS);
    expect(now.sheets.slice(1)).toEqual(was.sheets.slice(1));
  });
});

describe('writePackage', () => {
  it('gives back the very same bytes when nothing changes in a zip written cleanly', async () => {
    for (const bytes of [await storedPackage(), new Uint8Array((await exceljsWorkbook().xlsx.writeBuffer()) as ArrayBuffer)]) {
      const out = await writePackage(reader(bytes), new Map(), zlibDeflateRaw);
      expect(Buffer.compare(out, bytes)).toBe(0);
    }
  });

  it('writes a new name outside ASCII in UTF-8, and says so in its flags', async () => {
    const out = reader(await writePackage(reader(await storedPackage()), new Map([['customXml/附表.xml', encode('<a/>')]]), zlibDeflateRaw));
    const record = out.records().at(-1);
    expect(decode(record?.nameBytes ?? new Uint8Array(0))).toBe('customXml/附表.xml');
    expect((record?.flags ?? 0) & 0x0800).toBe(0x0800);
    expect(out.records()[0]?.flags ?? 0).toBe(0x0800);
  });

  it('keeps the extra fields an entry had, in its local header and in the directory', async () => {
    const bytes = withTimestamps(await storedPackage(), 1_696_000_000);
    const source = reader(bytes);
    expect(source.records()[0]?.extra.length).toBe(9);
    const out = await writePackage(source, new Map([['xl/worksheets/sheet1.xml', encode(changedSheetXml())]]), zlibDeflateRaw);
    const copy = reader(out);
    for (const r of copy.records()) {
      if (r.name === 'xl/worksheets/sheet1.xml') continue;
      expect(Buffer.compare(r.extra, source.raw(r.name).record.extra)).toBe(0);
      expect(Buffer.compare(copy.raw(r.name).localExtra, source.raw(r.name).localExtra)).toBe(0);
    }
    expect(snapshotWorkbook(await loadWorkbook(out, 'copy.xlsx')).sheets[0]?.values).toEqual(CHANGED_ROWS);
  });

  it('drops the zip64 extra fields of a zip64 source, keeping the rest of each entry', async () => {
    const source = reader(asZip64(await storedPackage()));
    const copy = reader(await writePackage(source, new Map(), zlibDeflateRaw));
    for (const r of copy.records()) {
      expect(r.extra.length).toBe(0);
      expect(copy.raw(r.name).localExtra.length).toBe(0);
      expect(r.versionNeeded).toBe(20);
    }
    expect(copy.names()).toEqual(source.names());
  });

  it('keeps the archive comment', async () => {
    const zip = await storedPackage();
    const comment = encode('区政府办公室');
    const bytes = new Uint8Array(zip.length + comment.length);
    bytes.set(zip);
    new DataView(bytes.buffer).setUint16(zip.length - 2, comment.length, true);
    bytes.set(comment, zip.length);
    const out = await writePackage(reader(bytes), new Map([['customXml/item1.xml', null]]), zlibDeflateRaw);
    expect(decode(reader(out).comment)).toBe('区政府办公室');
  });

  it('replaces a part named in another case in place, keeping the name as the zip spells it', async () => {
    const source = reader(await storedPackage());
    const out = reader(await writePackage(source, new Map([['XL/Worksheets/Sheet1.xml', encode(changedSheetXml())]]), zlibDeflateRaw));
    expect(out.names()).toEqual(source.names());
    expect(decode(out.read('xl/worksheets/sheet1.xml'))).toBe(changedSheetXml());
  });

  it('takes a part name with a leading slash, as content types write it, for the entry without one', async () => {
    const source = reader(await storedPackage());
    const changes = new Map([['/xl/worksheets/sheet1.xml', encode(changedSheetXml())], ['/customXml/item2.xml', encode('<a/>')]]);
    const out = reader(await writePackage(source, changes, zlibDeflateRaw));
    expect(out.names()).toEqual([...source.names(), 'customXml/item2.xml']);
    expect(decode(out.records().at(-1)?.nameBytes ?? new Uint8Array(0))).toBe('customXml/item2.xml');
    expect(decode(out.read('xl/worksheets/sheet1.xml'))).toBe(changedSheetXml());
  });

  it('refuses two changes to one part', async () => {
    const source = reader(await storedPackage());
    const changes = new Map([['xl/styles.xml', encode('a')], ['XL/styles.xml', encode('b')]]);
    await expect(writePackage(source, changes, zlibDeflateRaw)).rejects.toThrow(/two changes/);
  });

  it('ignores leaving out a part that is not there', async () => {
    const bytes = await storedPackage();
    const out = await writePackage(reader(bytes), new Map([['xl/nothing.xml', null]]), zlibDeflateRaw);
    expect(Buffer.compare(out, bytes)).toBe(0);
  });

  it('refuses a copy that would need zip64 (65,535 entries) with PackageTooLarge', async () => {
    const empty = new Uint8Array(0);
    const source = reader(storeZip(Array.from({ length: 65_534 }, (_, i): [string, Uint8Array] => [`p/${i}`, empty])));
    expect(source.names()).toHaveLength(65_534);
    await expect(writePackage(source, new Map(), zlibDeflateRaw)).resolves.toBeInstanceOf(Uint8Array);
    const more = writePackage(source, new Map([['p/new', empty]]), zlibDeflateRaw);
    await expect(more).rejects.toBeInstanceOf(PackageTooLarge);
    await expect(more).rejects.toMatchObject({ what: 'entries' });
  }, 60_000);

  it('copies a large report rewriting only the changed sheet', async () => {
    const bytes = await generateXlsx(2000);
    const source = reader(bytes);
    const sheet = source.names().find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)) ?? '';
    const xml = decode(source.read(sheet));
    const out = await writePackage(source, new Map([[sheet, encode(xml.replace('</sheetData>', '<row r="9999"><c r="A9999"><v>1</v></c></row></sheetData>'))]]), zlibDeflateRaw);
    const copy = reader(out);
    for (const n of source.names()) if (n !== sheet) expect(Buffer.compare(copy.raw(n).data, source.raw(n).data)).toBe(0);
    expect(snapshotWorkbook(await loadWorkbook(out, 'copy.xlsx')).sheets[0]?.values[9998]).toEqual([1]);
  });
});

describe.each([
  ['zlibDeflateRaw (Node)', zlibDeflateRaw],
  ['streamDeflateRaw (CompressionStream, as in the browser)', streamDeflateRaw],
] as [string, DeflateRawAsync][])('%s', (_name, deflate) => {
  it('gives raw deflate data that inflates back exactly', async () => {
    const text = encode(`<sheetData>${'<row><c t="inlineStr"><is><t>完成情况</t></is></c></row>'.repeat(5000)}</sheetData>`);
    const out = await deflate(text);
    expect(out.length).toBeLessThan(text.length / 10);
    expect(Buffer.compare(zlib.inflateRawSync(out), text)).toBe(0);
  });

  it('handles empty input and incompressible bytes', async () => {
    expect(zlib.inflateRawSync(await deflate(new Uint8Array(0))).length).toBe(0);
    const noise = new Uint8Array(100_000).map((_, i) => (i * 2654435761) >>> 24);
    expect(Buffer.compare(zlib.inflateRawSync(await deflate(noise)), noise)).toBe(0);
  });

  it('writes a package that exceljs opens', async () => {
    const bytes = await storedPackage();
    const out = await writePackage(reader(bytes), new Map([['xl/worksheets/sheet1.xml', encode(changedSheetXml())]]), deflate);
    expect(snapshotWorkbook(await loadWorkbook(out, 'copy.xlsx')).sheets[0]?.values).toEqual(CHANGED_ROWS);
  });
});
