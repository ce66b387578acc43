import * as fs from 'fs';
import * as path from 'path';
import type { TextRun } from '../../../src/core/look';
import { HOSTILE } from '../../hostile/cases';
import { buildPackage } from '../package';
import { compare, type Case, type Edit } from './compare';
import { MIXED_STYLES } from './exceljs-styles';
import { openSheets, partText } from './sheets';

// Whole workbooks read and written twice over (exceljs and the patch): slow on a busy machine.
jest.setTimeout(60_000);

/**
 * Edits made through SheetXml, against the same edits made through exceljs (XlsxHost's path): both
 * copies read back by exceljs, and the patched one by the fast reader, must agree cell by cell.
 */

const RICH: TextRun[] = [
  { text: '郭', font: { bold: true, color: { kind: 'rgb', rgb: 'FF0000' }, name: '宋体', size: 11 } },
  { text: ' 克华\n', font: { italic: true, color: { kind: 'auto' } } },
];

const sample = async () => new Uint8Array(fs.readFileSync(path.join(__dirname, '../../fixtures/tongbao-2023-09.xlsx')));
const hostile = (name: string) => async () => HOSTILE.find((h) => h.name.startsWith(name))!.bytes();

const EDGE = () =>
  buildPackage({
    sheets: [
      [
        '边角',
        '<cols><col min="1" max="2" width="9" style="3"/><col min="5" max="5" style="4"/></cols><sheetData>' +
          '<row r="2" spans="1:3"><c r="A2" s="2"><v>1</v></c><c r="B2"><f>A2+1</f><v>2</v></c><c r="C2"><f t="shared" ref="C2:C3" si="0">A2</f><v>1</v></c></row>' +
          '<row r="3"><c r="B3"/><c r="C3"><f t="shared" si="0"/><v>0</v></c><c r="E3" t="inlineStr"><is><t>旧</t></is></c><c r="F3"/></row>' +
          '<row r="5" s="4" customFormat="1"/><row r="7"><c r="A7" t="inlineStr"><is><t>合并</t></is></c></row>' +
          '</sheetData><mergeCells count="1"><mergeCell ref="A7:C8"/></mergeCells>',
      ],
    ],
    styles: MIXED_STYLES,
  });

const CASES: Case[] = [
  {
    name: 'the sample: texts, numbers, booleans and rich text over its cells, missing cells and rows',
    bytes: sample,
    edits: [
      { ref: 'D5', content: { kind: 'text', text: '已完成。累计完成投资76亿元' } },
      { ref: 'A6', content: { kind: 'number', value: 2.5 } },
      { ref: 'B7', content: { kind: 'boolean', value: true } },
      { ref: 'E8', content: { kind: 'rich', runs: RICH } },
      { ref: 'C9', content: { kind: 'text', text: '  前后空格  ' } },
      { ref: 'C10', content: { kind: 'text', text: '换行_x000D_\r\n第二行\u0001控制_x0041_照写 & <尖括号>' } },
      { ref: 'C11', content: { kind: 'text', text: 'a\rb' } },
      { ref: 'H3', content: { kind: 'text', text: '新列' } },
      { ref: 'A1', style: 0 },
      { ref: 'D12', style: 1 },
      { ref: 'D12', content: { kind: 'text', text: '样式与内容' } },
      { ref: 'Z200', content: { kind: 'text', text: '远处' } },
      { ref: 'B300', style: 2 },
    ],
  },
  {
    name: 'formulas, shared formula slaves, a covered cell, an empty row with a style, column styles',
    bytes: EDGE,
    edits: [
      { ref: 'B2', content: { kind: 'text', text: '不再是公式' } },
      { ref: 'C3', content: { kind: 'number', value: 7 } },
      { ref: 'B8', content: { kind: 'text', text: '写到合并的首格' } },
      { ref: 'C5', content: { kind: 'text', text: '行有样式' } },
      { ref: 'E1', content: { kind: 'text', text: '列有样式' } },
      { ref: 'A1', content: { kind: 'number', value: 1 } },
      { ref: 'D2', style: 3 },
      { ref: 'E3', style: 2 },
      { ref: 'A9', content: { kind: 'rich', runs: RICH } },
      { ref: 'B3', content: { kind: 'text', text: '空格在有样式的列' } },
      { ref: 'F3', style: 5 },
      { ref: 'C7', style: 4 },
      { ref: 'E5', content: { kind: 'number', value: 45000 } },
    ],
  },
  {
    name: 'SpreadsheetML under a namespace prefix',
    bytes: hostile('SpreadsheetML under a namespace prefix'),
    exceljsOnly: true,
    edits: [
      { ref: 'D3', content: { kind: 'text', text: '改写' } },
      { ref: 'D4', content: { kind: 'rich', runs: RICH } },
      { ref: 'H4', content: { kind: 'number', value: 3 } },
      { ref: 'B9', content: { kind: 'text', text: '新行' } },
      { ref: 'C3', style: 1 },
    ],
  },
  {
    name: 'cells and rows without r attributes',
    bytes: hostile('cells and rows without r attributes'),
    exceljsOnly: true,
    edits: [
      { ref: 'D3', content: { kind: 'text', text: '改写' } },
      { ref: 'H4', content: { kind: 'number', value: 3 } },
      { ref: 'B9', content: { kind: 'text', text: '新行' } },
      { ref: 'C3', style: 1 },
    ],
  },
  {
    name: 'carriage returns and control characters in shared strings, next to the edits',
    bytes: hostile('carriage returns'),
    sheet: 1,
    edits: [{ ref: 'C1', content: { kind: 'text', text: '旁边\r\n的格' } }],
  },
];

/** The same edits on each readable workbook of the hostile battery: a text, a number, a new row, a style. */
const BATTERY: Case[] = HOSTILE.filter((h) => h.expect.read && !/two hundred|inflates/.test(h.name)).map((h) => ({
  name: `battery: ${h.name}`,
  bytes: h.bytes,
  edits: [
    { ref: 'D3', content: { kind: 'text', text: '改写\r\n第二行' } },
    { ref: 'D4', content: { kind: 'rich', runs: RICH } },
    { ref: 'H4', content: { kind: 'number', value: 3 } },
    { ref: 'C3', style: 1 },
    // A merge far past the data is clipped to the data a reader finds: exceljs's copy keeps the clip
    // of the data it read, the patched copy the merge as written, so a new row would move the clip.
    ...(/merge to the last cell|whole column merged/.test(h.name) ? [] : [{ ref: 'B9', content: { kind: 'text', text: '新行' } } as Edit]),
  ],
}));

describe('SheetXml edits read back as exceljs edits do', () => {
  test.each([...CASES, ...BATTERY].map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await compare(c);
  });

  test('an unchanged sheet is given back as it was', async () => {
    const opened = openSheets(await sample());
    const s = opened.sheets[0]!;
    expect(s.sheet.changed).toBe(false);
    expect(s.sheet.toXml()).toBe(s.xml);
    expect(opened.strings.toXml()).toBeNull();
  });

  test('the master of a shared formula is never rewritten', async () => {
    const opened = openSheets(await EDGE());
    expect(() => opened.sheets[0]!.sheet.setContent('C2', { kind: 'text', text: 'x' })).toThrow(/共享公式/);
    expect(opened.sheets[0]!.sheet.changed).toBe(false);
  });

  test('a written cell keeps its other attributes and children', async () => {
    const xml = partText(openSheets(await EDGE()).zip, 'xl/worksheets/sheet1.xml')!.replace('<c r="A2" s="2">', '<c r="A2" s="2" ph="1" cm="1">').replace('<v>1</v></c><c r="B2">', '<v>1</v><extLst><ext uri="x"/></extLst></c><c r="B2">');
    const { SheetXml } = await import('../../../src/xlsx/patch/sheet-xml');
    const { SharedStrings } = await import('../../../src/xlsx/patch/shared-strings');
    const sheet = new SheetXml(xml, new SharedStrings(null));
    sheet.setContent('A2', { kind: 'text', text: '新' });
    expect(sheet.toXml()).toContain('<c r="A2" s="2" ph="1" t="inlineStr"><is><t>新</t></is><extLst><ext uri="x"/></extLst></c>');
  });

  test("new cells keep their row's spans and the sheet's dimension true, in column order among the others", async () => {
    const { SheetXml } = await import('../../../src/xlsx/patch/sheet-xml');
    const { SharedStrings } = await import('../../../src/xlsx/patch/shared-strings');
    const sheet = new SheetXml(
      '<worksheet xmlns="m"><dimension ref="B1:C3"/><sheetData><row r="1" spans="2:3" ht="20"><c r="B1"><v>1</v></c><c r="C1"><v>2</v></c></row><row r="2" spans="2:3"/><row r="3" spans="1:9"><c r="A3"/></row></sheetData></worksheet>',
      new SharedStrings(null),
    );
    sheet.setContent('A1', { kind: 'number', value: 0 });
    sheet.setContent('E1', { kind: 'number', value: 5 });
    sheet.setContent('D2', { kind: 'number', value: 4 });
    sheet.setContent('B3', { kind: 'number', value: 3 });
    sheet.setContent('B1', { kind: 'number', value: 9 });
    expect(sheet.toXml()).toBe(
      '<worksheet xmlns="m"><dimension ref="A1:E3"/><sheetData><row r="1" spans="1:5" ht="20"><c r="A1"><v>0</v></c><c r="B1"><v>9</v></c><c r="C1"><v>2</v></c><c r="E1"><v>5</v></c></row>' +
        '<row r="2" spans="2:4"><c r="D2"><v>4</v></c></row><row r="3" spans="1:9"><c r="A3"/><c r="B3"><v>3</v></c></row></sheetData></worksheet>',
    );
  });
});
