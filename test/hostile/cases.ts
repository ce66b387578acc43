import { storeZip } from '../../src/xlsx/zip-write';
import { buildPackage } from '../xlsx/package';
import { streamedWorkbook } from '../xlsx/patch/zips';
import { bytesOf, entriesOf, inflateBomb, REPORT_ROWS, report, rewritten, sheetData, text, type HostileCase } from './workbooks';
import { asZip64 } from './zip64';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const TASKS = REPORT_ROWS.length - 2;
const read = { read: true, tasks: TASKS } as const;
const refused = (line: RegExp) => ({ read: false, line }) as const;

/** The end-of-central-directory record's "size of the central directory" changed by `delta`. */
function wrongDirectorySize(bytes: Uint8Array, delta: number): Uint8Array {
  const b = new Uint8Array(bytes);
  const view = new DataView(b.buffer);
  const end = b.length - 22;
  view.setUint32(end + 12, view.getUint32(end + 12, true) + delta, true);
  return b;
}

/** Cases that must stay readable, or be refused with their one line; the very large ones are in the benchmark. */
export const HOSTILE: HostileCase[] = [
  { name: 'a plain report', bytes: () => report(), expect: read },
  { name: 'one merge to the last cell of the sheet (H1:XFD1048576)', bytes: () => report('<mergeCells count="1"><mergeCell ref="H1:XFD1048576"/></mergeCells>'), expect: read },
  { name: 'a whole column merged below the table', bytes: () => report('<mergeCells count="1"><mergeCell ref="A20:A1048576"/></mergeCells>'), expect: read },
  {
    name: 'the title merged across the table, and a whole-row merge',
    bytes: () => report('<mergeCells count="2"><mergeCell ref="A1:F1"/><mergeCell ref="A7:XFD7"/></mergeCells>'),
    expect: read,
  },
  {
    name: 'a cell at the last address and the whole sheet merged from it',
    bytes: () =>
      buildPackage({
        sheets: [['9月', sheetData(REPORT_ROWS).replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>') + '<mergeCells count="1"><mergeCell ref="G1:XFD1048575"/></mergeCells>']],
      }),
    expect: refused(/文件过大.*合并单元格/),
  },
  { name: 'a worksheet that inflates past every limit (300 MB of whitespace)', bytes: () => inflateBomb(300 * 1024 * 1024), expect: refused(/文件过大：解压后超过 \d+ MB/) },
  {
    // More than the spreadsheet model takes (12 MB), within what the package is edited under (48 MB).
    name: 'a worksheet that inflates to 40 MB, mostly whitespace',
    bytes: () => inflateBomb(40 * 1024 * 1024),
    expect: read,
  },
  {
    name: 'part names in another case than their relationship targets',
    bytes: async () =>
      rewritten(await report(), (name, data) => {
        if (name === 'xl/_rels/workbook.xml.rels') return [[name, bytesOf(text(data).replace('worksheets/sheet1.xml', 'Worksheets/Sheet1.xml'))]];
        return [[name, data]];
      }),
    expect: read,
  },
  {
    name: 'part names in upper case',
    bytes: async () => rewritten(await report(), (name, data) => [[name.startsWith('xl/') ? name.replace('worksheets/sheet1', 'Worksheets/SHEET1').replace('workbook.xml', 'Workbook.xml') : name, data]]),
    expect: read,
  },
  {
    name: 'SpreadsheetML under a namespace prefix (<x:worksheet>)',
    bytes: async () =>
      rewritten(await report(), (name, data) => {
        if (name !== 'xl/worksheets/sheet1.xml') return [[name, data]];
        const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:worksheet xmlns:x="${MAIN}">${sheetData(REPORT_ROWS, { prefix: 'x:' })}</x:worksheet>`;
        return [[name, bytesOf(xml)]];
      }),
    expect: read,
  },
  {
    name: 'the workbook part under a namespace prefix',
    bytes: async () =>
      rewritten(await report(), (name, data) => {
        if (name !== 'xl/workbook.xml') return [[name, data]];
        const xml = text(data).replace(/<(\/?)(workbook|sheets|sheet)\b/g, '<$1x:$2').replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
        return [[name, bytesOf(xml)]];
      }),
    expect: read,
  },
  { name: 'cells and rows without r attributes', bytes: () => buildPackage({ sheets: [['9月', sheetData(REPORT_ROWS, { noRefs: true })]] }), expect: read },
  { name: 'a sheet name over 31 characters', bytes: () => buildPackage({ sheets: [['2023年重点工作9月份完成情况通报表（区政府办公室汇总，第三季度）', sheetData(REPORT_ROWS)]] }), expect: read },
  { name: 'an empty zip', bytes: async () => storeZip([]), expect: refused(/不是 Excel 工作簿/) },
  {
    name: 'a Word document renamed',
    bytes: async () =>
      storeZip([
        ['[Content_Types].xml', bytesOf('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')],
        ['word/document.xml', bytesOf('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')],
      ]),
    expect: refused(/不是 Excel 工作簿/),
  },
  {
    name: 'two zip entries of one name',
    bytes: async () => {
      const entries = await entriesOf(await report());
      const empty = bytesOf(`<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData/></worksheet>`);
      return storeZip([...entries, ['xl/worksheets/sheet1.xml', empty]]);
    },
    expect: refused(/已损坏/),
  },
  {
    name: 'two zip entries whose names differ only in case',
    bytes: async () => {
      const entries = await entriesOf(await report());
      return storeZip([...entries, ['XL/worksheets/sheet1.xml', entries.find(([n]) => n === 'xl/worksheets/sheet1.xml')?.[1] ?? new Uint8Array()]]);
    },
    expect: refused(/已损坏/),
  },
  { name: 'a central directory declared too large', bytes: async () => wrongDirectorySize(await report(), 40), expect: read },
  { name: 'a central directory declared too small', bytes: async () => wrongDirectorySize(await report(), -40), expect: read },
  {
    name: 'a shared string index past the table',
    bytes: () => buildPackage({ sheets: [['9月', sheetData(REPORT_ROWS).replace('</sheetData>', '<row r="9"><c r="A9" t="s"><v>99999</v></c></row></sheetData>')]] }),
    expect: refused(/已损坏/),
  },
  { name: 'an unclosed worksheet element', bytes: () => buildPackage({ sheets: [['9月', sheetData(REPORT_ROWS).replace('</sheetData>', '<row r="9"><c r="A9">')]] }), expect: refused(/已损坏/) },
  {
    name: 'overlapping merges',
    bytes: () => report('<mergeCells count="2"><mergeCell ref="A3:B4"/><mergeCell ref="B4:C5"/></mergeCells>'),
    expect: refused(/已损坏/),
  },
  {
    name: 'carriage returns (_x000D_), control characters and a literal _x escape in shared strings',
    bytes: () =>
      buildPackage({
        sheets: [
          ['9月', sheetData(REPORT_ROWS)],
          ['说明', '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData>'],
        ],
        sharedStrings: ['<si><t xml:space="preserve">注：第一行_x000D_\n第二行_x0001_</t></si>', '<si><t>编号_x005F_x0041_照写</t></si>'],
      }),
    expect: read,
  },
  { name: 'a merge written backwards and with $ signs', bytes: () => report('<mergeCells count="2"><mergeCell ref="$A$1:$F$1"/><mergeCell ref="H9:G8"/></mergeCells>'), expect: read },
  {
    name: 'a cell of 40,000 characters and a formula with an error result',
    bytes: () =>
      buildPackage({
        sheets: [
          ['9月', sheetData(REPORT_ROWS).replace('</sheetData>', `<row r="9"><c r="H9" t="inlineStr"><is><t>${'长'.repeat(40000)}</t></is></c><c r="I9" t="e"><f>1/0</f><v>#DIV/0!</v></c></row></sheetData>`)],
        ],
      }),
    expect: read,
  },
  {
    name: 'two hundred sheets, the report hidden among them',
    bytes: () =>
      buildPackage({
        sheets: [...Array.from({ length: 199 }, (_, i): [string, string] => [`附表${i + 1}`, sheetData([[`附表${i + 1}`, String(i)]])]), ['9月', sheetData(REPORT_ROWS)]],
      }),
    expect: read,
  },
  {
    name: 'a byte-order mark before the worksheet XML',
    bytes: async () => rewritten(await report(), (name, data) => [[name, name === 'xl/worksheets/sheet1.xml' ? new Uint8Array([0xef, 0xbb, 0xbf, ...data]) : data]]),
    expect: read,
  },
  { name: 'a workbook part that is not XML', bytes: async () => rewritten(await report(), (name, data) => [[name, name === 'xl/workbook.xml' ? bytesOf('PK not xml at all') : data]]), expect: refused(/已损坏/) },
  {
    name: 'a zip with a comment after its directory',
    bytes: async () => {
      const zip = storeZip(await entriesOf(await report()));
      const comment = bytesOf('说明');
      const out = new Uint8Array(zip.length + comment.length);
      out.set(zip);
      new DataView(out.buffer).setUint16(zip.length - 2, comment.length, true);
      out.set(comment, zip.length);
      return out;
    },
    expect: read,
  },
  { name: 'a zip64 workbook (every size and offset in zip64 extra fields)', bytes: async () => asZip64(await report()), expect: read },
  {
    name: 'a zip64 workbook written by a streaming writer (data descriptors, zip64 end record)',
    bytes: () => streamedWorkbook(REPORT_ROWS.map((row) => row.map((v) => (/^\d+$/.test(v) ? Number(v) : v))), true),
    expect: read,
  },
  { name: 'a zip64 workbook whose worksheet inflates past every limit', bytes: async () => asZip64(await inflateBomb(300 * 1024 * 1024)), expect: refused(/文件过大：解压后超过 \d+ MB/) },
  { name: 'entries whose checksums are wrong', bytes: async () => zeroChecksums(storeZip(await entriesOf(await report()))), expect: read },
];

/** Every entry's CRC-32 zeroed, in the central directory and the local headers: no reader here checks them, and all must agree. */
function zeroChecksums(bytes: Uint8Array): Uint8Array {
  const b = new Uint8Array(bytes);
  const view = new DataView(b.buffer);
  const end = b.length - 22;
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  for (let n = 0; n < count; n++) {
    view.setUint32(p + 16, 0, true);
    view.setUint32(view.getUint32(p + 42, true) + 14, 0, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return b;
}
