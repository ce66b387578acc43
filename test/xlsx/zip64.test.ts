import { readSnapshotFast } from '../../src/xlsx/fast-read';
import { loadWorkbook } from '../../src/xlsx/load';
import { zlibInflateRaw, zlibInflateRawAsync } from '../../src/xlsx/node-io';
import { boundedPackage } from '../../src/xlsx/package';
import { snapshotWorkbook } from '../../src/xlsx/read';
import { readForCheck } from '../../src/xlsx/read-for-check';
import { TooLarge, Unsupported, ZipReader } from '../../src/xlsx/zip';
import { asZip64 } from '../hostile/zip64';
import { inflateBomb, report } from '../hostile/workbooks';
import { streamedWorkbook } from './patch/zips';

const inflate = zlibInflateRaw;
const decode = (data: Uint8Array) => new TextDecoder().decode(data);

describe('zip64 archives', () => {
  it('are read part by part as the same package in a plain zip', async () => {
    const plain = await report();
    const big = asZip64(plain);
    const a = new ZipReader(plain, inflate);
    const b = new ZipReader(big, inflate);
    expect(b.zip64).toBe(true);
    expect(a.zip64).toBe(false);
    expect(b.irregular).toBe(false);
    expect(b.names()).toEqual(a.names());
    for (const n of a.names()) expect(decode(b.read(n))).toBe(decode(a.read(n)));
    expect(b.records().map((r) => [r.size, r.compressedSize])).toEqual(a.records().map((r) => [r.size, r.compressedSize]));
  });

  it('are read by the fast reader, as exceljs reads the plain zip', async () => {
    const plain = await report();
    const expected = snapshotWorkbook(await loadWorkbook(plain, 'a.xlsx'));
    expect(readSnapshotFast(asZip64(plain), inflate)).toEqual(expected);
    expect(readSnapshotFast(await streamedWorkbook([['序号', '任务'], [1, '新建基站']], true), inflate).sheets[0]?.values).toEqual([['序号', '任务'], [1, '新建基站']]);
  });

  it('reach exceljs only as a plain zip of the parts already bounded', async () => {
    const plain = await report();
    const handed = await boundedPackage(asZip64(plain), 'a.xlsx', zlibInflateRawAsync);
    const zip = new ZipReader(handed, inflate);
    expect(zip.zip64).toBe(false);
    const original = new ZipReader(plain, inflate);
    for (const n of original.names().filter((name) => !name.endsWith('/'))) expect(decode(zip.read(n))).toBe(decode(original.read(n)));
    expect(snapshotWorkbook(await loadWorkbook(asZip64(plain), 'a.xlsx'))).toEqual(snapshotWorkbook(await loadWorkbook(plain, 'a.xlsx')));
  });

  it('are held to the same budget: a bomb inside one is too large, not damaged', async () => {
    const bomb = asZip64(await inflateBomb(20 * 1024 * 1024));
    const zip = new ZipReader(bomb, inflate, 16 * 1024 * 1024);
    expect(() => zip.read('xl/worksheets/sheet1.xml')).toThrow(TooLarge);
    await expect(loadWorkbook(bomb, '大.xlsx')).rejects.toThrow(/“大.xlsx”文件过大：解压后超过 12 MB/);
    await expect(readForCheck(bomb, inflate, '大.xlsx')).resolves.toBeDefined();
  });

  it('are declined when the zip64 end record cannot be found, or an entry lacks its zip64 field', async () => {
    const big = asZip64(await report());
    const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.length);
    const noLocator = new Uint8Array(big);
    view(noLocator).setUint32(noLocator.length - 22 - 20, 0, true);
    expect(() => new ZipReader(noLocator, inflate)).toThrow(Unsupported);
    const noExtra = new Uint8Array(big);
    // The first central entry's zip64 extra field renamed to an unknown one.
    const end = noExtra.length - 22 - 20 - 56;
    const directory = Number(view(noExtra).getBigUint64(end + 48, true));
    view(noExtra).setUint16(directory + 46 + view(noExtra).getUint16(directory + 28, true), 0x9999, true);
    expect(() => new ZipReader(noExtra, inflate)).toThrow(Unsupported);
  });
});
