import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as zlib from 'zlib';
import { generateXlsx } from '../../bench/generate';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { readSnapshotFast, Unsupported } from '../../src/xlsx/fast-read';
import { loadWorkbook } from '../../src/xlsx/load';
import { snapshotWorkbook } from '../../src/xlsx/read';
import { readForCheck } from '../../src/xlsx/read-for-check';
import { fixturePath } from '../helpers/fixtures';
import { buildPackage, STYLES } from './package';

const inflate = (data: Uint8Array) => zlib.inflateRawSync(data);

async function viaExcelJs(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return snapshotWorkbook(await loadWorkbook(bytes, 'test.xlsx'));
}

/** The fast reader must take the file itself, not decline it, and agree with exceljs exactly. */
async function expectSame(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const expected = await viaExcelJs(bytes);
  expect(readSnapshotFast(bytes, inflate)).toEqual(expected);
  return expected;
}

/** The fast reader declines the file, and readForCheck still gives exceljs's reading, or its error. */
async function expectFallback(bytes: Uint8Array): Promise<void> {
  expect(() => readSnapshotFast(bytes, inflate)).toThrow(Unsupported);
  const viaFallback = await readForCheck(bytes, inflate, 'test.xlsx').catch((e: unknown) => e);
  expect(viaFallback).toEqual(await viaExcelJs(bytes).catch((e: unknown) => e));
}

async function written(wb: ExcelJS.Workbook, options?: Partial<ExcelJS.XlsxWriteOptions>): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer(options)) as ArrayBuffer);
}

describe('readSnapshotFast agrees with exceljs', () => {
  it.each(['tongbao-2023-09.xlsx', 'tongbao-2023-09-pasted.xlsx'])('on the fixture %s', async (name) => {
    await expectSame(new Uint8Array(fs.readFileSync(fixturePath(name))));
  });

  it('on generated reports, plain and pasted from print', async () => {
    await expectSame(await generateXlsx(300));
    await expectSame(await generateXlsx(200, { pageEvery: 25, month: 11, seed: 7 }));
  });

  function everything(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('9月 通报');
    ws.mergeCells('A1:F1');
    ws.getCell('A1').value = '重点工作完成情况通报表（9月）';
    ws.getRow(2).values = ['序号', '年度目标任务', '9月份目标任务', '完成情况', '分管区领导', '责任单位'];
    ws.getCell('A3').value = 1;
    ws.getCell('B3').value = { richText: [{ text: '推进' }, { text: '产业园', font: { bold: true } }, { text: '建设' }] };
    ws.getCell('C3').value = { formula: 'A3+1', result: 2 };
    ws.getCell('D3').value = { formula: 'A3*0', result: 0 };
    ws.getCell('E3').value = { formula: 'A3+1' } as ExcelJS.CellValue;
    ws.getCell('F3').value = { formula: 'A3>0', result: false } as ExcelJS.CellValue;
    ws.getCell('G3').value = { formula: 'A3>0', result: true } as ExcelJS.CellValue;
    ws.getCell('H3').value = { formula: 'VLOOKUP(1,A:A,2,0)', result: { error: '#N/A' } } as ExcelJS.CellValue;
    ws.getCell('I3').value = { formula: '"完"&"成"', result: '完成 & <好> "是" \'否\'' } as ExcelJS.CellValue;
    ws.getCell('A4').value = 2;
    ws.getCell('B4').value = { sharedFormula: 'C3', result: 3 } as ExcelJS.CellValue;
    ws.getCell('C4').value = { error: '#DIV/0!' } as ExcelJS.CellValue;
    ws.getCell('D4').value = true;
    ws.getCell('E4').value = false;
    ws.getCell('F4').value = new Date(Date.UTC(2023, 8, 28));
    ws.getCell('G4').value = new Date(Date.UTC(2023, 8, 28, 14, 30, 5));
    ws.getCell('H4').value = new Date(Date.UTC(2023, 8, 28));
    ws.getCell('H4').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('I4').value = 45197.5;
    ws.getCell('I4').numFmt = '[h]:mm:ss';
    ws.getCell('J4').value = 12.5;
    ws.getCell('J4').numFmt = '0.00"d"';
    ws.getCell('K4').value = { formula: 'TODAY()', result: new Date(Date.UTC(2023, 9, 1)) };
    ws.getCell('A5').value = 0.1 + 0.2;
    ws.getCell('B5').value = 123456789.12345679;
    ws.getCell('C5').value = 1e-20;
    ws.getCell('D5').value = -0.5;
    ws.getCell('E5').value = 'A & B < C > D "E" \'F\'';
    ws.getCell('F5').value = '控制\u0001字符\u001f与_x0041_原样\r\n换行\n  首尾空格  ';
    ws.getCell('G5').value = '崔 赞、崔贊晋\u3000区行政审批 服务局 (牵头)（牵头）';
    ws.getCell('H5').value = '';
    ws.getCell('A6').value = '长'.repeat(32767);
    ws.mergeCells('A8:B10');
    ws.getCell('A8').value = '合并';
    ws.mergeCells('D8:D9');
    ws.mergeCells('C12:C12');
    ws.getCell('Z20').value = { richText: [{ text: '末尾' }, { text: '_x0042_' }] };
    ws.getCell('B22').style = { font: { bold: true } };
    wb.addWorksheet('空表');
    const hidden = wb.addWorksheet("O'Brien \"名单\" 表", { state: 'hidden' });
    hidden.getCell('A1').value = '分管领导';
    hidden.getCell('A2').value = '崔赞';
    const veryHidden = wb.addWorksheet('深藏', { state: 'veryHidden' });
    veryHidden.mergeCells('B2:C3');
    return wb;
  }

  it('on a workbook with every kind of value, through shared strings', async () => {
    const snap = await expectSame(await written(everything()));
    expect(snap.sheets.map((s) => s.name)).toEqual(['9月 通报', '空表', "O'Brien \"名单\" 表", '深藏']);
  });

  it('on the same workbook with inline strings and inline rich text', async () => {
    await expectSame(await written(everything(), { useSharedStrings: false }));
  });

  it('on stored (uncompressed) parts, entities, phonetic runs, line ends and _xHHHH_ escapes', async () => {
    const bytes = await buildPackage({
      store: true,
      sharedStrings: [
        '<si><t>中&#x6587;&#25991;&amp;&lt;&gt;&quot;&apos;</t></si>',
        '<si><t xml:space="preserve">  前后空格  </t><rPh sb="0" eb="1"><t>ちゅう</t></rPh><phoneticPr fontId="1"/></si>',
        '<si><r><rPr><b/><sz val="11"/></rPr><t>部分</t></r><r><t xml:space="preserve">完成_x000D_</t></r><rPh sb="0" eb="2"><t>ぶぶん</t></rPh></si>',
        '<si/>',
        '<si><t/></si>',
        '<si><r><rPr><b/></rPr></r></si>',
        '<si><t>a\r\nb\rc_x0041__x004a_x0041_</t></si>',
      ],
      sheets: [
        [
          '表 1',
          '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>' +
            '<c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c></row>' +
            '<row r="3" spans="1:9"><c r="A3" t="inlineStr"><is><t>行内_x0041_ &amp;amp;</t></is></c><c r="B3" t="str"><v>&amp;amp; &amp;lt;</v></c>' +
            '<c r="C3" s="1"><v>45197</v></c><c r="D3" s="2"><v>45197.25</v></c><c r="E3" s="3"><v>1.5</v></c><c r="F3" s="4"><v>45197</v></c>' +
            '<c r="G3" t="e"><v>#REF!</v></c><c r="H3" t="b"><v>1</v></c><c r="I3" t="n"><v>1E+3</v></c><c r="J3" s="1"/><c r="K3"/></row>' +
            '<row r="4"><c r="A4"><f>B4*2</f><v>4</v></c><c r="B4"><f t="shared" ref="B4:B5" si="0">C4</f><v>0</v></c>' +
            '<c r="C4" t="str"><f>"x"</f><v></v></c><c r="D4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E4" s="1"><f>NOW()</f><v>45197.5</v></c>' +
            '<c r="F4" t="b"><f>TRUE</f><v>0</v></c><c r="G4" s="1" t="str"><f>"a"</f><v>abc</v></c></row>' +
            '<row r="5"><c r="B5"><f t="shared" si="0"/><v>7</v></c></row><row r="6" customHeight="1" ht="20"/>' +
            '<row r="8"><c r="A8"><v>8</v></c><c r="B8" t="s"><v>0</v></c><c r="D8"><v>9</v></c></row><row r="9"><c r="C9" t="b"><v>0</v></c></row>' +
            '<row r="14"><c r="A14" s="1"/><c r="B14" s="0"/></row></sheetData>' +
            '<mergeCells count="3"><mergeCell ref="A8:C9"/><mergeCell\n ref="E7:E10"/><mergeCell ref="G12:H12"/></mergeCells>',
        ],
        ['empty', '<sheetData/>'],
        ['空', ''],
      ],
    });
    await expectSame(bytes);
  });
});

describe('links', () => {
  it('on text cells read as the cells, as exceljs reads them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('链接');
    ws.getCell('A1').value = { text: '区发改局', hyperlink: 'https://example.org' };
    ws.getCell('B1').value = { text: '名单', hyperlink: "#'名单'!A1" };
    ws.getCell('A2').value = 3;
    wb.addWorksheet('名单').getCell('A1').value = '崔赞';
    const bytes = await written(wb);
    expect(readSnapshotFast(bytes, inflate).sheets[0]!.values).toEqual([['区发改局', '名单'], [3]]);
    await expectSame(bytes);
  });
});

describe('readForCheck falls back to exceljs', () => {
  it('on a link over a cell that holds no text (exceljs then reads the address)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('链接');
    ws.getCell('A1').value = { text: '区发改局', hyperlink: 'https://example.org' };
    ws.getCell('A2').value = 3;
    const bytes = await written(wb);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    // A second link, on the number in A2.
    zip.file('xl/worksheets/sheet1.xml', sheet.replace(/(<hyperlink ref="A1" r:id="(rId\d+)"\/>)/, '$1<hyperlink ref="A2" r:id="$2"/>'));
    await expectFallback(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })));
  });

  it('on the 1904 date system', async () => {
    const body = '<sheetData><row r="1"><c r="A1" s="1"><v>45197</v></c></row></sheetData>';
    await expectFallback(await buildPackage({ sheets: [['日期', body]], workbookPr: '<workbookPr date1904="1"/>' }));
  });

  it('on strict OOXML, comments in the XML and prefixed elements', async () => {
    const strict = await buildPackage({
      sheets: [['表', '<sheetData/>']],
      styles: STYLES.replace('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'),
    });
    await expectFallback(strict);
    await expectFallback(await buildPackage({ sheets: [['表', '<!-- note --><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>']] }));
    await expectFallback(await buildPackage({ sheets: [['表', '<sheetData><row r="1"><c r="A1"><v>1</v><x:ext/></c></row></sheetData>']] }));
    const merged = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>';
    await expectFallback(await buildPackage({ sheets: [['表', merged.replace('<mergeCells', '<!-- old --><mergeCells')]] }));
    await expectFallback(await buildPackage({ sheets: [['表', merged.replace('<row r="1">', '<row r="1"><?pi x?>')]] }));
    await expectFallback(await buildPackage({ sheets: [['表', merged], ['表2', '<sheetData/>']], sharedStrings: ['<si><!-- c --><t>x</t></si>'] }));
  });

  it('on sheet names exceljs shortens or refuses', async () => {
    const body = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>';
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await expectFallback(await buildPackage({ sheets: [['重点工作完成情况通报表'.repeat(4), body]] }));
      await expectFallback(await buildPackage({ sheets: [['表A', body], ['表a', body]] }));
      await expectFallback(await buildPackage({ sheets: [['History', body]] }));
      await expectFallback(await buildPackage({ sheets: [["'引号'", body]] }));
    } finally {
      warn.mockRestore();
    }
  });

  it('on cells it cannot place: no reference, or out of order', async () => {
    await expectFallback(await buildPackage({ sheets: [['表', '<sheetData><row r="1"><c><v>1</v></c><c><v>2</v></c></row></sheetData>']] }));
    await expectFallback(await buildPackage({ sheets: [['表', '<sheetData><row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row></sheetData>']] }));
  });

  it('on a zip it cannot read, leaving the verdict to exceljs', async () => {
    const good = await generateXlsx(20);
    const broken = good.slice();
    // Scribble over the first central directory entry's signature, leaving the end record intact.
    const at = Buffer.from(broken).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    broken[at] = 0;
    await expectFallback(broken);
  });

  it('keeps the sniffer’s errors for files that are not workbooks', async () => {
    await expect(readForCheck(new Uint8Array(0), inflate, 'a.xlsx')).rejects.toThrow('是空的');
    await expect(readForCheck(new TextEncoder().encode('序号,完成情况\n1,完成\n'), inflate, 'a.xlsx')).rejects.toThrow('CSV');
    const good = await generateXlsx(5);
    await expect(readForCheck(good.subarray(0, good.length - 100), inflate, 'a.xlsx')).rejects.toThrow('不完整');
  });
});
