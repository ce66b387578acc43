import ExcelJS from 'exceljs';
import type { Mark } from '../../src/core/host';
import { LEDGER_SHEET } from '../../src/core/ledger';
import { MARK_STYLES } from '../../src/core/marks';
import { XlsxHost } from '../../src/xlsx/host';
import type { FakeExcel } from '../fake-excel';
import { fakeWith } from './setup';

/**
 * A workbook marked by one host is cleared exactly by the other. The workbook goes from the
 * simulated Excel to a file and back cell by cell: values, fills, font colours and weights, notes and
 * the ledger sheet, as Excel would save them.
 */

const SHEET = '9月';
const CELLS = ['A1', 'B1', 'C1', 'D1', 'A2', 'B2'];
const values = [
  ['郭克 华', '已完成', '区发改局', 12],
  ['未完成', '完成情况'],
];

const marks: Mark[] = [
  { sheet: SHEET, cell: 'A1', style: 'error', note: '【错误】姓名有空格' },
  { sheet: SHEET, cell: 'B1', style: 'warning', note: '【警告】状态写法不规范' },
  { sheet: SHEET, cell: 'C1', style: 'info', note: '【提示】单位名称' },
  { sheet: SHEET, cell: 'D1', style: 'light-red', note: '【红灯】未完成' },
  { sheet: SHEET, cell: 'A2', style: 'light-yellow', note: '【黄灯】进度慢' },
];

interface Look {
  value: unknown;
  fill: string | null;
  fontColor: string;
  bold: boolean;
  note: string | null;
}

function fakeLook(excel: FakeExcel, cell: string): Look {
  const c = excel.cell(SHEET, cell);
  return { value: c.value, fill: c.fill, fontColor: c.fontColor, bold: c.bold, note: c.note };
}

function noteText(note: unknown): string | null {
  if (typeof note === 'string') return note;
  if (note && typeof note === 'object' && Array.isArray((note as { texts?: unknown }).texts)) return (note as { texts: { text: string }[] }).texts.map((t) => t.text).join('');
  return null;
}

function fileLook(ws: ExcelJS.Worksheet, address: string): Look {
  const cell = ws.getCell(address);
  const fill = cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? `#${cell.fill.fgColor?.argb?.slice(2)}` : null;
  const argb = cell.font?.color?.argb;
  return { value: cell.value, fill, fontColor: argb ? `#${argb.slice(2)}` : '#000000', bold: cell.font?.bold === true, note: noteText(cell.note) };
}

/** The user's own look on cells that get marked: a fill, a red bold font, a note. */
function decorateFake(excel: FakeExcel): void {
  excel.setFill(SHEET, 'A1', '#FFFF00');
  excel.setFont(SHEET, 'B1', { color: '#C00000', bold: true });
  excel.setNote(SHEET, 'C1', '请办公室核实');
}

function decorateFile(ws: ExcelJS.Worksheet): void {
  ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('B1').font = { color: { argb: 'FFC00000' }, bold: true };
  ws.getCell('C1').note = '请办公室核实';
}

/** What Excel would save: each cell's value and look, and the ledger sheet. */
async function fakeToFile(excel: FakeExcel): Promise<XlsxHost> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  for (const address of CELLS) {
    const look = fakeLook(excel, address);
    const cell = ws.getCell(address);
    cell.value = look.value as ExcelJS.CellValue;
    if (look.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${look.fill.slice(1)}` } };
    if (look.fontColor !== '#000000' || look.bold) cell.font = { color: { argb: `FF${look.fontColor.slice(1)}` }, ...(look.bold ? { bold: true } : {}) };
    if (look.note) cell.note = look.note;
  }
  const ledger = wb.addWorksheet(LEDGER_SHEET, { state: 'veryHidden' });
  excel.values(LEDGER_SHEET).forEach((row, i) => (ledger.getCell(i + 1, 1).value = row[0] as ExcelJS.CellValue));
  return XlsxHost.open(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'from-excel');
}

/** What Excel would open: the file's values and looks in the simulated Excel. */
function fileToFake(wb: ExcelJS.Workbook) {
  const ws = wb.getWorksheet(SHEET)!;
  const ledger = wb.getWorksheet(LEDGER_SHEET)!;
  const ledgerValues: string[][] = [];
  ledger.eachRow((row, r) => (ledgerValues[r - 1] = [String(row.getCell(1).value)]));
  const { excel, host } = fakeWith({ sheets: [{ name: SHEET, values, merges: [] }, { name: LEDGER_SHEET, values: ledgerValues, merges: [] }] });
  excel.setVisibility(LEDGER_SHEET, 'VeryHidden');
  for (const address of CELLS) {
    const look = fileLook(ws, address);
    if (look.fill) excel.setFill(SHEET, address, look.fill);
    if (look.fontColor !== '#000000' || look.bold) excel.setFont(SHEET, address, { color: look.fontColor, bold: look.bold });
    if (look.note) excel.setNote(SHEET, address, look.note);
  }
  return { excel, host };
}

describe('a workbook marked by one host is cleared exactly by the other', () => {
  it('marked in Excel, cleared in the file', async () => {
    const { excel, host } = fakeWith({ sheets: [{ name: SHEET, values, merges: [] }] });
    decorateFake(excel);
    const before = CELLS.map((c) => fakeLook(excel, c));
    await host.applyMarks(marks);
    expect(fakeLook(excel, 'A1').fill).toBe(`#${MARK_STYLES.error.fill.slice(2)}`);

    const file = await fakeToFile(excel);
    expect(fileLook(file.workbook.getWorksheet(SHEET)!, 'C1').note).toContain('请办公室核实');
    await file.clearMarks();
    const saved = await XlsxHost.open(await file.save(), 'cleared');
    expect(CELLS.map((c) => fileLook(saved.workbook.getWorksheet(SHEET)!, c))).toEqual(before);
  });

  it('marked in the file, cleared in Excel', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEET);
    ws.addRows(values);
    decorateFile(ws);
    const file = await XlsxHost.open(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'file');
    const before = CELLS.map((c) => fileLook(file.workbook.getWorksheet(SHEET)!, c));
    await file.applyMarks(marks);
    const saved = await XlsxHost.open(await file.save(), 'marked');
    expect(fileLook(saved.workbook.getWorksheet(SHEET)!, 'D1').fill).toBe(`#${MARK_STYLES['light-red'].fill.slice(2)}`);

    const { excel, host } = fileToFake(saved.workbook);
    await host.clearMarks();
    expect(CELLS.map((c) => fakeLook(excel, c))).toEqual(before);
  });
});

describe('pattern and theme fills come back whichever host marked them', () => {
  const patterned: ExcelJS.Fill = { type: 'pattern', pattern: 'darkGrid', fgColor: { argb: 'FFFF0000' }, bgColor: { argb: 'FFFFFF00' } };
  const mark: Mark = { sheet: SHEET, cell: 'A2', style: 'light-yellow', note: '【黄灯】进度慢' };

  it('marked in Excel, cleared in the file', async () => {
    const { excel, host } = fakeWith({ sheets: [{ name: SHEET, values, merges: [] }] });
    excel.setFill(SHEET, 'A2', '#FFFF00', { pattern: 'Checker', color: '#FF0000' });
    await host.applyMarks([mark]);
    // The mark is a plain fill, not the mark's colour over the user's pattern.
    expect(excel.cell(SHEET, 'A2')).toMatchObject({ fill: `#${MARK_STYLES['light-yellow'].fill.slice(2)}`, fillPattern: null });

    const file = await fakeToFile(excel);
    await file.clearMarks();
    const saved = await XlsxHost.open(await file.save(), 'cleared');
    expect(saved.workbook.getWorksheet(SHEET)!.getCell('A2').fill).toMatchObject(patterned);
  });

  it('marked in the file, cleared in Excel: a pattern exactly, a theme colour as the default theme shows it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEET);
    ws.addRows(values);
    ws.getCell('A2').fill = patterned;
    // Accent 1, lighter 60%.
    // exceljs reads and writes a theme colour's tint, though its type leaves it out.
    ws.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.5999938962981048 } as Partial<ExcelJS.Color> };
    const file = await XlsxHost.open(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'file');
    await file.applyMarks([mark, { sheet: SHEET, cell: 'B2', style: 'warning', note: '【警告】状态写法不规范' }]);
    const saved = await XlsxHost.open(await file.save(), 'marked');

    const { excel, host } = fileToFake(saved.workbook);
    await host.clearMarks();
    expect(excel.cell(SHEET, 'A2')).toMatchObject({ fill: '#FFFF00', fillPattern: 'Checker #FF0000' });
    expect(excel.cell(SHEET, 'B2')).toMatchObject({ fill: '#B4C7E7', fillPattern: null });
  });
});
