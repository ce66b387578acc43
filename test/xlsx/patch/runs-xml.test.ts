import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { TextRun } from '../../../src/core/look';
import { richRuns } from '../../../src/xlsx/look';
import { runsFromXml, runsToXml } from '../../../src/xlsx/patch/runs-xml';
import { ZipReader } from '../../../src/xlsx/zip';
import { buildPackage } from '../package';

/** Rich strings of several producers' habits, each an <si>'s inside. */
const ITEMS: string[] = [
  '<r><rPr><b/><sz val="11"/><color rgb="FFFF0000"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr><t>郭</t></r><r><t xml:space="preserve"> 克华</t></r>',
  '<r><rPr><i/><u/><strike/><vertAlign val="superscript"/><scheme val="minor"/><outline/><shadow/></rPr><t>上标</t></r><r><rPr/><t/></r>',
  '<r><rPr><b val="0"/><u val="double"/><color theme="1" tint="-0.249977111117893"/><sz val="10.5"/></rPr><t>a&amp;b&lt;c&gt;</t></r>',
  '<r><rPr><color indexed="10"/><sz val="0"/><family val="0"/><rFont val=""/></rPr><t>_x000D_行_x005F_x000D_尾</t></r><r><rPr><color auto="1"/><u val="none"/></rPr><t>x</t></r>',
  '<r><rPr><color theme="0"/><condense/><extend/></rPr><t>first</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh><r><t>second&#10;line</t></r><phoneticPr fontId="1"/>',
  '<r><rPr><color rgb="nothex"/><b/></rPr><t>bad colour</t></r><r><t>x&#13;y</t></r>',
  '<r><rPr><sz val="12"/></rPr><t>a</t><t>b</t></r>',
];

async function cellValues(items: string[]): Promise<ExcelJS.CellValue[]> {
  const cells = items.map((_x, i) => `<c r="A${i + 1}" t="s"><v>${i}</v></c>`).join('');
  // exceljs loses its place in a cell holding phonetic runs; the fast reader refuses such cells.
  const inline = items.map((x, i) => (x.includes('rPh') ? `<c r="B${i + 1}"/>` : `<c r="B${i + 1}" t="inlineStr"><is>${x}</is></c>`)).join('');
  const rows = items.map((x, i) => `<row r="${i + 1}">${cells.split('</c>')[i]}</c>${inline.split(/(?<=<\/c>|\/>)(?=<c )/)[i]}</row>`).join('');
  const bytes = await buildPackage({ sheets: [['S', `<sheetData>${rows}</sheetData>`]], sharedStrings: items.map((x) => `<si>${x}</si>`) });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0]!;
  return items.flatMap((_x, i) => [ws.getCell(`A${i + 1}`).value, ws.getCell(`B${i + 1}`).value]);
}

describe('runsFromXml', () => {
  test('reads every run as XlsxHost reads it through exceljs, in shared and inline strings', async () => {
    const values = await cellValues(ITEMS);
    ITEMS.forEach((item, i) => {
      const expected = richRuns(values[2 * i]!);
      expect(expected).not.toBeNull();
      expect(runsFromXml(item)).toEqual(expected);
      if (!item.includes('rPh')) expect(richRuns(values[2 * i + 1]!)).toEqual(expected);
    });
  });

  test('exceljs quirks kept: a flag is on whatever its val, sizes are whole, zero numbers are no property', () => {
    const bold = runsFromXml(ITEMS[2]!)![0]!;
    const zero = runsFromXml(ITEMS[3]!)![0]!;
    expect(bold.font).toMatchObject({ bold: true, size: 10, underline: 'double', color: { kind: 'theme', theme: 1, tint: -0.249977111117893 } });
    expect(zero.font).toEqual({ color: { kind: 'indexed', index: 10 } });
    expect(zero.text).toBe('\r行_x000D_尾');
  });

  test('a run without text makes no list of runs, as for the core reading exceljs', async () => {
    const item = '<r><rPr><b/></rPr></r><r><t>x</t></r>';
    const [value] = await cellValues([item]);
    expect(richRuns(value!)).toBeNull();
    expect(runsFromXml(item)).toBeNull();
  });

  test('phonetic runs and a plain text beside no runs give no runs', () => {
    expect(runsFromXml('<t>plain</t><rPh sb="0" eb="1"><t>x</t></rPh>')).toEqual([]);
  });

  test.each(['tongbao-2023-09.xlsx', 'tongbao-2023-09-pasted.xlsx'])('every string of %s reads as exceljs reads it', async (file) => {
    const bytes = fs.readFileSync(path.join(__dirname, '../../fixtures', file));
    const zip = new ZipReader(new Uint8Array(bytes), (d) => zlib.inflateRawSync(d));
    const xml = new TextDecoder().decode(zip.read('xl/sharedStrings.xml'));
    const items = [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]!);
    expect(items.length).toBeGreaterThan(100);
    const values = await cellValues(items);
    items.forEach((item, i) => {
      const value = values[2 * i]!;
      expect(runsFromXml(item)).toEqual(typeof value === 'string' ? [] : richRuns(value));
    });
  });
});

describe('runsToXml', () => {
  const RUNS: TextRun[][] = [
    [{ text: '郭', font: { bold: true, color: { kind: 'rgb', rgb: 'FF0000' }, name: '宋体', size: 11, family: 3, charset: 134, scheme: 'minor' } }, { text: ' 克华' }],
    [{ text: '  lead and trail  ', font: {} }, { text: 'a\r\nb\tc', font: { italic: true, underline: true, strike: true, outline: true, vertAlign: 'subscript' } }],
    [{ text: '<&>"\'', font: { color: { kind: 'theme', theme: 4, tint: 0.3999 }, underline: 'doubleAccounting' } }, { text: '\u0001\u001f_x0041_\uffff', font: { color: { kind: 'indexed', index: 64 }, underline: 'none' } }],
    [{ text: '', font: { name: 'A "quoted" & <odd> name' } }, { text: '\n' }],
    [{ text: 'alpha', font: { color: { kind: 'rgb', rgb: '00FF00', alpha: '80' } } }],
  ];

  test('writes runs that exceljs reads back to the same runs', async () => {
    const values = await cellValues(RUNS.map(runsToXml));
    RUNS.forEach((runs, i) => {
      expect(richRuns(values[2 * i]!)).toEqual(runs);
      expect(richRuns(values[2 * i + 1]!)).toEqual(runs);
      expect(runsFromXml(runsToXml(runs))).toEqual(runs);
    });
  });

  test('an automatic colour is written as Excel writes it, and read as exceljs reads it: no colour', async () => {
    const runs: TextRun[] = [{ text: 'a', font: { color: { kind: 'auto' }, bold: true } }];
    expect(runsToXml(runs)).toBe('<r><rPr><b/><color auto="1"/></rPr><t>a</t></r>');
    const [value] = await cellValues([runsToXml(runs)]);
    expect(richRuns(value!)).toEqual([{ text: 'a', font: { bold: true } }]);
    expect(runsFromXml(runsToXml(runs))).toEqual([{ text: 'a', font: { bold: true } }]);
  });

  test('rPr children in schema order, whitespace preserved, control characters escaped', () => {
    const xml = runsToXml(RUNS[0]!) + runsToXml(RUNS[1]!) + runsToXml(RUNS[2]!);
    expect(xml).toContain('<rPr><rFont val="宋体"/><charset val="134"/><family val="3"/><b/><color rgb="FFFF0000"/><sz val="11"/><scheme val="minor"/></rPr>');
    expect(xml).toContain('<rPr><i/><strike/><outline/><u/><vertAlign val="subscript"/></rPr>');
    expect(xml).toContain('<t xml:space="preserve">  lead and trail  </t>');
    expect(xml).toContain('<t xml:space="preserve">a_x000D_\nb\tc</t>');
    expect(xml).toContain('<t>_x0001__x001F__x005F_x0041__xFFFF_</t>');
    expect(xml).toContain('&lt;&amp;&gt;');
  });
});
