import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { loadWorkbook } from '../../src/xlsx/load';
import { plainValue, snapshotWorkbook } from '../../src/xlsx/read';
import { InputError } from '../../src/xlsx/errors';
import { sniff } from '../../src/xlsx/sniff';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return loadWorkbook(bytes, 'test.xlsx');
}

describe('plainValue', () => {
  it.each<[string, ExcelJS.CellValue, string | number | boolean | null]>([
    ['text', '完成', '完成'],
    ['number', 12.5, 12.5],
    ['boolean', true, true],
    ['empty', null, null],
    ['rich text', { richText: [{ text: '部分' }, { text: '完成', font: { bold: true } }] }, '部分完成'],
    ['formula with result', { formula: 'A1+1', result: 3 }, 3],
    ['formula without result', { formula: 'A1+1' } as ExcelJS.CellValue, null],
    ['formula giving an error', { formula: 'VLOOKUP(1,A:A,2,0)', result: { error: '#N/A' } } as ExcelJS.CellValue, '#N/A'],
    ['error value', { error: '#N/A' } as ExcelJS.CellValue, '#N/A'],
    ['date', new Date(Date.UTC(2023, 8, 28)), '2023-09-28'],
    ['date and time', new Date(Date.UTC(2023, 8, 28, 14, 30)), '2023-09-28 14:30'],
    ['hyperlink', { text: '区发改局', hyperlink: 'https://example.org' }, '区发改局'],
    ['hyperlink with rich text', { text: { richText: [{ text: '区' }, { text: '财政局' }] }, hyperlink: '#A1' } as unknown as ExcelJS.CellValue, '区财政局'],
  ])('%s', (_name, value, expected) => {
    expect(plainValue(value)).toBe(expected);
  });
});

describe('snapshotWorkbook', () => {
  it('reads the real fixture: title merged over A1:F1, header in row 2, 124 numbered rows', async () => {
    const wb = await loadWorkbook(new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'tongbao-2023-09.xlsx'))), 'x');
    const snap = snapshotWorkbook(wb);
    expect(snap.sheets.map((s) => s.name)).toEqual(['9月']);
    const sheet = snap.sheets[0]!;
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
    expect(sheet.values[0]?.[0]).toContain('9月份完成情况通报表');
    // Covered cells of a merge read as empty, the way Excel reports them.
    expect(sheet.values[0]?.slice(1).every((v) => v === null || v === undefined)).toBe(true);
    expect(sheet.values[1]).toEqual(['序号', '年度目标任务', '9月份目标任务', '完成情况', '分管区领导', '责任单位']);
    expect(sheet.values[2]?.[0]).toBe(1);
    expect(sheet.values[125]?.[0]).toBe(124);
  });

  it('keeps every sheet, hidden ones too, in tab order, with flattened values and merges', async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('说明');
    a.getCell('B3').value = { formula: 'TODAY()', result: new Date(Date.UTC(2023, 9, 1)) };
    const b = wb.addWorksheet('隐藏', { state: 'hidden' });
    b.getCell('A1').value = { richText: [{ text: '已完' }, { text: '成' }] };
    b.getCell('C2').value = { error: '#DIV/0!' } as ExcelJS.CellValue;
    b.mergeCells('A5:B7');
    b.getCell('A5').value = 12;
    const out = snapshotWorkbook(await roundTrip(wb));
    expect(out.sheets.map((s) => s.name)).toEqual(['说明', '隐藏']);
    expect(out.sheets[0]?.values[2]).toEqual([null, '2023-10-01']);
    const hidden = out.sheets[1]!;
    expect(hidden.values[0]?.[0]).toBe('已完成');
    expect(hidden.values[1]?.[2]).toBe('#DIV/0!');
    expect(hidden.values[4]?.[0]).toBe(12);
    expect(hidden.values[5]?.[0] ?? null).toBeNull();
    expect(hidden.merges).toEqual([{ top: 4, left: 0, bottom: 6, right: 1 }]);
  });

  it('keeps a 32,767-character cell whole', async () => {
    const wb = new ExcelJS.Workbook();
    const long = '完成。' + '数'.repeat(32767 - 3);
    wb.addWorksheet('S').getCell('D3').value = long;
    const snap = snapshotWorkbook(await roundTrip(wb));
    expect(snap.sheets[0]?.values[2]?.[3]).toBe(long);
  });
});

describe('loadWorkbook refuses what is not a workbook, saying what it is', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const ole2 = (extra: string) => {
    const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const body: number[] = [];
    for (const ch of extra) body.push(ch.charCodeAt(0), 0);
    return new Uint8Array([...head, ...new Array(504).fill(0), ...body, ...new Array(64).fill(0)]);
  };

  it.each<[string, Uint8Array, string]>([
    ['empty file', new Uint8Array(0), 'empty-file'],
    ['CSV renamed to .xlsx', bytes('序号,年度目标任务,完成情况\n1,目标,完成\n'), 'csv'],
    ['old .xls', ole2('Workbook'), 'xls'],
    ['encrypted workbook', ole2('EncryptionInfo EncryptedPackage'), 'encrypted'],
    ['a web page saved under an Excel name', bytes('\uFEFF<html><body><table><tr><td>序号</td></tr></table></body></html>'), 'markup'],
    ['random bytes', new Uint8Array([1, 2, 3, 0, 0, 255, 254, 7]), 'not-xlsx'],
  ])('%s', async (_name, data, problem) => {
    await expect(loadWorkbook(data, 'f.xlsx')).rejects.toMatchObject({ problem });
    await expect(loadWorkbook(data, 'f.xlsx')).rejects.toBeInstanceOf(InputError);
  });

  it('a truncated zip', async () => {
    const whole = fs.readFileSync(path.join(FIXTURES, 'tongbao-2023-09.xlsx'));
    const cut = new Uint8Array(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(sniff(cut)).toBe('truncated-zip');
    await expect(loadWorkbook(cut, 'f.xlsx')).rejects.toMatchObject({ problem: 'truncated' });
  });

  it('a zip whose insides are damaged', async () => {
    const whole = new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'tongbao-2023-09.xlsx')));
    for (let i = 200; i < whole.length - 2000; i += 7) whole[i] = 0x55;
    await expect(loadWorkbook(whole, 'f.xlsx')).rejects.toMatchObject({ problem: 'corrupt' });
  });

  it('messages are one Chinese line naming the file', () => {
    const e = new InputError('xls', '九月.xls');
    expect(e.message).toContain('九月.xls');
    expect(e.message).toContain('另存为');
    expect(e.message).not.toContain('\n');
  });
});
