import * as zlib from 'zlib';
import { streamInflateRaw } from '../../src/xlsx/inflate';
import { loadWorkbook } from '../../src/xlsx/load';
import { clipMergesInXml, sheetExtent } from '../../src/xlsx/merge-clip';
import { canonicalName, relsMatchingParts, withCellRefs, withoutPrefix, withShortSheetNames } from '../../src/xlsx/normalize';
import { TooLarge } from '../../src/xlsx/zip';
import { crc32 } from '../../src/xlsx/zip-write';
import { HOSTILE } from '../hostile/cases';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

describe('the browser inflater stops at its limit', () => {
  const data = zlib.deflateRawSync(Buffer.alloc(8 << 20, 0x20));

  it('gives the bytes back exactly within the limit', async () => {
    const out = await streamInflateRaw(new Uint8Array(data), 8 << 20);
    expect(out.length).toBe(8 << 20);
    expect(out.every((b) => b === 0x20)).toBe(true);
  });

  it('throws TooLarge past it', async () => {
    await expect(streamInflateRaw(new Uint8Array(data), 1 << 20)).rejects.toBeInstanceOf(TooLarge);
  });

  it('is what the standalone page opens a file with: an inflate bomb is 文件过大, not 已损坏', async () => {
    const bomb = HOSTILE.find((c) => c.name.startsWith('a worksheet that inflates past every limit'));
    if (!bomb) throw new Error('no bomb case');
    await expect(loadWorkbook(await bomb.bytes(), '大.xlsx')).rejects.toThrow(/“大.xlsx”文件过大：解压后超过 12 MB/);
  });
});

describe('merges clipped to the data', () => {
  const sheet = (cells: string, merges: string) =>
    `<worksheet xmlns="${MAIN}"><sheetData><row r="1">${cells}</row><row r="3"><c r="C3" s="1"/></row></sheetData>${merges}</worksheet>`;

  it('takes the extent from every <c>, styled empty cells included', () => {
    expect(sheetExtent(sheet('<c r="A1"><v>1</v></c>', ''))).toEqual({ row: 2, col: 2 });
  });

  it('clips a merge reaching the last cell, and leaves small merges byte for byte', () => {
    const xml = sheet('<c r="A1"><v>1</v></c>', '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="B2:XFD1048576"/></mergeCells>');
    expect(clipMergesInXml(xml)).toBe(xml.replace('B2:XFD1048576', 'B2:C3'));
  });

  it('drops a merge that lies wholly past the data, and the element when none is left', () => {
    const xml = sheet('<c r="A1"><v>1</v></c>', '<mergeCells count="1"><mergeCell ref="A100:A1048576"/></mergeCells>');
    expect(clipMergesInXml(xml)).toBe(sheet('<c r="A1"><v>1</v></c>', ''));
  });

  it('changes nothing when every merge is small', () => {
    expect(clipMergesInXml(sheet('', '<mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells>'))).toBeNull();
  });
});

describe('valid SpreadsheetML respelled for exceljs', () => {
  it('takes the SpreadsheetML prefix off elements, keeping other namespaces', () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}" xmlns:r="rels"><x:sheetData><x:row r="1"/></x:sheetData></x:worksheet>`;
    expect(withoutPrefix(xml)).toBe(`<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:r="rels"><sheetData><row r="1"/></sheetData></worksheet>`);
    expect(withoutPrefix(`<worksheet xmlns="${MAIN}"/>`)).toBeNull();
    expect(withoutPrefix('<w:document xmlns:w="word"/>')).toBeNull();
  });

  it('numbers rows and cells without r after the ones before them', () => {
    const xml = '<sheetData><row><c><v>1</v></c><c r="D1"/><c/></row><row r="5"><c t="s"><v>0</v></c></row><row/></sheetData>';
    expect(withCellRefs(xml)).toBe(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="D1"/><c r="E1"/></row><row r="5"><c r="A5" t="s"><v>0</v></c></row><row r="6"/></sheetData>',
    );
    expect(withCellRefs('<sheetData><row r="1"><c r="A1"/></row></sheetData>')).toBeNull();
  });

  it('spells part names as exceljs finds them', () => {
    expect(canonicalName('XL/Worksheets/Sheet1.XML')).toBe('xl/worksheets/sheet1.xml');
    expect(canonicalName('xl/SharedStrings.xml')).toBe('xl/sharedStrings.xml');
    expect(canonicalName('XL/Media/Image1.PNG')).toBe('xl/media/Image1.PNG');
    expect(canonicalName('customXml/item1.xml')).toBe('customXml/item1.xml');
  });

  it('respells a relationship target in the case of the part it names, keeping it relative', () => {
    const parts = new Map([
      ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
      ['xl/drawings/drawing1.xml', 'xl/drawings/drawing1.xml'],
    ]);
    const lookup = (folded: string) => parts.get(folded);
    expect(relsMatchingParts('xl/_rels/workbook.xml.rels', '<Relationship Id="rId1" Target="Worksheets/Sheet1.xml"/>', lookup)).toBe(
      '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/>',
    );
    expect(relsMatchingParts('xl/worksheets/_rels/sheet1.xml.rels', '<Relationship Target="../Drawings/Drawing1.xml"/>', lookup)).toBe(
      '<Relationship Target="../drawings/drawing1.xml"/>',
    );
    expect(relsMatchingParts('xl/_rels/workbook.xml.rels', '<Relationship Target="https://example.org/A"/>', lookup)).toBeNull();
  });

  it('shortens sheet names over 31 characters as exceljs would, unique, entities kept', () => {
    const long = '重点工作完成情况通报表重点工作完成情况通报表重点工作完成情况通报表';
    const xml = `<sheets><sheet name="${long}A" sheetId="1"/><sheet name="${long}B" sheetId="2"/><sheet name="R&amp;D" sheetId="3"/></sheets>`;
    const out = withShortSheetNames(xml) ?? '';
    const names = [...out.matchAll(/name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual([long.slice(0, 31), `${long.slice(0, 28)}(2)`, 'R&amp;D']);
  });
});

it('computes the zip CRC-32 of the standard check string', () => {
  expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
});
