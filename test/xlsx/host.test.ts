import type ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import type { Fix, Mark } from '../../src/core/host';
import { LEDGER_SHEET } from '../../src/core/ledger';
import { MARK_STYLES } from '../../src/core/marks';
import type { SheetModel } from '../../src/core/sheet-model';
import { XlsxHost } from '../../src/xlsx/host';
import { readLedger, writeLedger } from '../../src/xlsx/ledger-sheet';
import { officeLook } from '../../src/office/look';

// Each test loads and saves the real workbook a few times; a busy machine needs more than the default.
jest.setTimeout(30_000);

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'tongbao-2023-09.xlsx');

async function fixtureHost(): Promise<XlsxHost> {
  return XlsxHost.open(new Uint8Array(fs.readFileSync(FIXTURE)), 'fixture');
}

async function reopen(host: XlsxHost): Promise<XlsxHost> {
  return XlsxHost.open(await host.save(), 'saved');
}

function copyOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function look(host: XlsxHost, sheet: string, cell: string) {
  const c = host.workbook.getWorksheet(sheet)!.getCell(cell);
  return JSON.parse(JSON.stringify({ style: c.style, note: c.note ?? null, value: c.value }));
}

/** A user's own formatting on D5 and a note on E5, to be found again after marks come off. */
function decorate(host: XlsxHost): void {
  const ws = host.workbook.getWorksheet('9月')!;
  const d5 = ws.getCell('D5');
  d5.style = { ...d5.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B0F0' } }, font: { name: '仿宋', size: 12, italic: true } };
  ws.getCell('E5').note = '请与区发改局核对';
}

const marks: Mark[] = [
  { sheet: '9月', cell: 'D5', style: 'error', note: '【错误】完成状态不规范' },
  { sheet: '9月', cell: 'E5', style: 'warning', note: '【警告】姓名有空格' },
  { sheet: '9月', cell: 'D9', style: 'light-red', note: '【红灯】本月目标未完成。' },
  { sheet: '9月', cell: 'H200', style: 'info', note: '【提示】空白单元格' },
];

describe('XlsxHost marks', () => {
  it('marks cells with the shared look and a note, then clears them back exactly', async () => {
    const host = await fixtureHost();
    decorate(host);
    const before = marks.map((m) => look(host, m.sheet, m.cell));
    const neighbour = look(host, '9月', 'D6');
    await host.applyMarks(marks);
    const d5 = host.workbook.getWorksheet('9月')!.getCell('D5');
    expect(d5.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: MARK_STYLES.error.fill } });
    expect(d5.font.color).toEqual({ argb: MARK_STYLES.error.fontColor });
    expect(d5.font.name).toBe('仿宋');
    expect(d5.note).toContain('完成状态不规范');
    const e5 = host.workbook.getWorksheet('9月')!.getCell('E5');
    expect(String(e5.note)).toContain('姓名有空格');
    expect(String(e5.note)).toContain('请与区发改局核对');
    // Marking must leave other cells that shared the style untouched.
    expect(look(host, '9月', 'D6')).toEqual(neighbour);
    await host.clearMarks();
    expect(marks.map((m) => look(host, m.sheet, m.cell))).toEqual(before);
  });

  it('marks survive save and reopen, and so does taking them off', async () => {
    const host = await reopen(await fixtureHost().then((h) => (decorate(h), h)));
    const before = marks.map((m) => look(host, m.sheet, m.cell));
    await host.applyMarks(marks);
    const saved = await reopen(host);
    expect(saved.workbook.getWorksheet(LEDGER_SHEET)!.state).toBe('veryHidden');
    expect(look(saved, '9月', 'D9').style.fill.fgColor.argb).toBe(MARK_STYLES['light-red'].fill);
    await saved.clearMarks();
    const again = await reopen(saved);
    expect(marks.map((m) => look(again, m.sheet, m.cell))).toEqual(before);
  });

  it('marking a marked cell again keeps the user original, not the mark', async () => {
    const host = await fixtureHost();
    decorate(host);
    const before = look(host, '9月', 'D5');
    await host.applyMarks(marks);
    await host.applyMarks([{ sheet: '9月', cell: 'D5', style: 'light-yellow', note: '【黄灯】' }]);
    expect(look(host, '9月', 'D5').style.fill.fgColor.argb).toBe(MARK_STYLES['light-yellow'].fill);
    await host.clearMarks();
    expect(look(host, '9月', 'D5')).toEqual(before);
  });

  it('marking again with fewer findings puts the cells no longer marked back as they were', async () => {
    const host = await fixtureHost();
    decorate(host);
    const before = look(host, '9月', 'D5');
    await host.applyMarks(marks);
    await host.applyMarks(marks.filter((m) => m.cell !== 'D5'));
    expect(look(host, '9月', 'D5')).toEqual(before);
    expect(look(host, '9月', 'D9').style.fill.fgColor.argb).toBe(MARK_STYLES['light-red'].fill);
    expect(readLedger(host.workbook).marks.map((r) => r.cell).sort()).toEqual(['D9', 'E5', 'H200']);
  });

  it('keeps its records in a form the Excel add-in can restore too', async () => {
    const host = await fixtureHost();
    decorate(host);
    await host.applyMarks(marks);
    const records = readLedger(host.workbook).marks;
    const d5 = officeLook(records.find((r) => r.cell === 'D5')!.original);
    expect(d5).toMatchObject({ fill: '#00B0F0', bold: false, via: 'note', note: null });
    const e5 = officeLook(records.find((r) => r.cell === 'E5')!.original);
    expect(e5).toMatchObject({ fill: null, via: 'note', note: '请与区发改局核对' });
  });

  it('takes off marks made in Excel: fill, font colour, bold and note come back, the rest of the style stays', async () => {
    const host = await fixtureHost();
    const ws = host.workbook.getWorksheet('9月')!;
    const cell = ws.getCell('D7');
    const border = copyOf(cell.border);
    // As the Excel add-in leaves a marked cell: its paint on the cell, the original in the ledger.
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF7C80' } }, font: { ...cell.font, color: { argb: 'FF7030A0' }, bold: true } };
    cell.note = '通报表助手：\n本月目标未完成。';
    writeLedger(host.workbook, {
      ...readLedger(host.workbook),
      marks: [{ sheet: '9月', cell: 'D7', original: JSON.stringify({ fill: '#FFFF00', fontColor: '#000000', bold: false, via: 'note', note: '原来的批注' }) }],
    });
    const saved = await reopen(host);
    await saved.clearMarks();
    const d7 = saved.workbook.getWorksheet('9月')!.getCell('D7');
    expect(d7.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
    expect(d7.font.color).toEqual({ argb: 'FF000000' });
    expect(d7.font.bold).toBe(false);
    expect(d7.font.name).toBe(cell.font.name);
    expect(d7.border).toEqual(border);
    expect(d7.note).toBe('原来的批注');
  });

  it('a record it cannot read leaves the cell as it is rather than guessing', async () => {
    const host = await fixtureHost();
    const before = look(host, '9月', 'D8');
    writeLedger(host.workbook, { ...readLedger(host.workbook), marks: [{ sheet: '9月', cell: 'D8', original: '{"something":"else"}' }] });
    await host.clearMarks();
    expect(look(host, '9月', 'D8')).toEqual(before);
  });

  it('a note as long as Excel allows is shortened on the marked cell only, and comes back whole', async () => {
    const host = await fixtureHost();
    const long = '批'.repeat(32767);
    host.workbook.getWorksheet('9月')!.getCell('D10').note = long;
    await host.applyMarks([{ sheet: '9月', cell: 'D10', style: 'warning', note: '【警告】说明' }]);
    const saved = await reopen(host);
    const marked = String(saved.workbook.getWorksheet('9月')!.getCell('D10').note);
    expect(marked.length).toBeLessThanOrEqual(32767);
    expect(marked).toContain('【警告】说明');
    await saved.clearMarks();
    expect(saved.workbook.getWorksheet('9月')!.getCell('D10').note).toBe(long);
  });

  it('clearing with nothing marked changes nothing', async () => {
    const host = await fixtureHost();
    await host.clearMarks();
    expect(host.workbook.getWorksheet(LEDGER_SHEET)).toBeUndefined();
  });
});

describe('XlsxHost fixes', () => {
  const fixes: Fix[] = [
    { sheet: '9月', cell: 'E3', from: '郭克华 贾继元 房美男 于海南', to: '郭克华 贾继元 房美男 于海南 ', rule: 'leader.spacing' },
    { sheet: '9月', cell: 'D3', from: '不是这个文本', to: '完成', rule: 'status.nonstandard' },
  ];

  it('changes a value only where the cell still holds `from`, and undo puts it back', async () => {
    const host = await fixtureHost();
    const result = await host.applyFixes(fixes);
    expect(result.applied.map((f) => f.cell)).toEqual(['E3']);
    expect(result.skipped.map((f) => f.cell)).toEqual(['D3']);
    const saved = await reopen(host);
    expect(saved.workbook.getWorksheet('9月')!.getCell('E3').value).toBe(fixes[0]!.to);
    expect(await saved.undoFixes()).toBe(1);
    expect(saved.workbook.getWorksheet('9月')!.getCell('E3').value).toBe(fixes[0]!.from);
    expect(await saved.undoFixes()).toBe(0);
  });

  it('a fix writes text and never changes the kind of a value; undo puts a number back as a number', async () => {
    const host = await fixtureHost();
    const ws = host.workbook.getWorksheet('9月')!;
    ws.getCell('A3').value = '一';
    ws.getCell('A4').value = 2;
    const result = await host.applyFixes([
      { sheet: '9月', cell: 'A3', from: '一', to: '1', rule: 'seq.invalid' },
      { sheet: '9月', cell: 'A4', from: '2', to: '02', rule: 'seq.invalid' },
    ]);
    expect(result.applied).toHaveLength(2);
    expect(ws.getCell('A3').value).toBe('1');
    expect(ws.getCell('A4').value).toBe('02');
    const saved = await reopen(host);
    expect(await saved.undoFixes()).toBe(2);
    expect(saved.workbook.getWorksheet('9月')!.getCell('A3').value).toBe('一');
    expect(saved.workbook.getWorksheet('9月')!.getCell('A4').value).toBe(2);
  });

  it('undo goes back through several rounds, newest first, and leaves cells the user edited since', async () => {
    const host = await fixtureHost();
    const ws = host.workbook.getWorksheet('9月')!;
    const f5 = String(ws.getCell('F5').value);
    await host.applyFixes([{ sheet: '9月', cell: 'E3', from: String(ws.getCell('E3').value), to: 'A', rule: 'leader.spacing' }]);
    await host.applyFixes([{ sheet: '9月', cell: 'E3', from: 'A', to: 'B', rule: 'leader.spacing' }]);
    await host.applyFixes([{ sheet: '9月', cell: 'F5', from: f5, to: 'C', rule: 'unit.split' }]);
    ws.getCell('F5').value = '用户后来改的';
    expect(await host.undoFixes()).toBe(2);
    expect(ws.getCell('E3').value).toBe('郭克华 贾继元 房美男 于海南');
    expect(ws.getCell('F5').value).toBe('用户后来改的');
  });
});

function model(name: string, text: string): SheetModel {
  return {
    name,
    role: 'leader',
    rows: [
      [{ value: `${name}同志分管重点工作`, style: 'title' }, null],
      [{ value: 1, style: 'cell', link: { sheet: '9月', cell: 'A3' } }, { value: text, style: 'cell' }],
      [{ value: 0.5, style: 'pct' }, null],
    ],
    styles: { title: { bold: true, size: 16, horizontal: 'center' }, cell: { border: true, wrap: true }, pct: { numberFormat: '0.0%' } },
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
    columnWidths: [8, 40],
    rowHeights: [28, null, null],
    freeze: { rows: 1, columns: 0 },
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, titleRows: [1, 1], footer: '&C第 &P 页 共 &N 页' },
    dataBars: [{ range: 'A3:A3', color: 'FF63BE7B' }],
  };
}

describe('XlsxHost writeSheets', () => {
  it('renders the model after the source sheet: links as HYPERLINK formulas, merges, widths, panes, print setup, data bars', async () => {
    const host = await fixtureHost();
    host.workbook.addWorksheet('用户的表');
    const written = await host.writeSheets([model('郭克华', '任务一')]);
    expect(written).toEqual([{ wanted: '郭克华', name: '郭克华', replaced: false }]);
    const wb = (await reopen(host)).workbook;
    expect(wb.worksheets.map((w) => w.name)).toEqual(['9月', '郭克华', '用户的表', LEDGER_SHEET]);
    const ws = wb.getWorksheet('郭克华')!;
    const link = ws.getCell('A2').value as ExcelJS.CellFormulaValue;
    expect(link.formula).toBe(`HYPERLINK("#'9月'!A3",1)`);
    expect(link.result).toBe(1);
    expect(ws.getCell('B2').value).toBe('任务一');
    expect(ws.getCell('B2').border.top?.style).toBe('thin');
    expect(ws.getCell('A3').numFmt).toBe('0.0%');
    expect(ws.model.merges).toEqual(['A1:B1']);
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getRow(1).height).toBe(28);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules[0]?.type])).toEqual([['A3:A3', 'dataBar']]);
  });

  it('keeps a column width of 9, which exceljs would otherwise drop as its default', async () => {
    const host = await fixtureHost();
    await host.writeSheets([{ ...model('郭克华', '任务一'), columnWidths: [9, 40] }]);
    const ws = (await reopen(host)).workbook.getWorksheet('郭克华')!;
    expect(ws.getColumn(1).width).toBeCloseTo(9, 1);
  });

  it('writing twice reuses the generated sheets and gives the same workbook', async () => {
    const host = await fixtureHost();
    await host.writeSheets([model('郭克华', '任务一'), model('贾继元', '任务二')]);
    const first = await reopen(host);
    const shape = (h: XlsxHost) =>
      JSON.parse(
        JSON.stringify(
          h.workbook.worksheets.map((w) => ({ name: w.name, state: w.state, model: w.model })),
          // exceljs sets this flag on a sheet's first trip through a file; it is not ours to compare.
          (k, v: unknown) => (k === 'useFirstPageNumber' ? undefined : v),
        ),
      );
    const once = shape(first);
    await first.writeSheets([model('郭克华', '任务一'), model('贾继元', '任务二')]);
    const second = await reopen(first);
    expect(shape(second)).toEqual(once);
    const rewritten = await first.writeSheets([model('郭克华', '新内容')]);
    expect(rewritten).toEqual([{ wanted: '郭克华', name: '郭克华', replaced: true }]);
    expect(first.workbook.getWorksheet('郭克华')!.getCell('B2').value).toBe('新内容');
  });

  it('never writes over a sheet the user made: it takes a suffix and says so, and reuses that next time', async () => {
    const host = await fixtureHost();
    const mine = host.workbook.addWorksheet('郭克华');
    mine.getCell('A1').value = '我自己的笔记';
    const written = await host.writeSheets([model('郭克华', '任务一')]);
    expect(written).toEqual([{ wanted: '郭克华', name: '郭克华(2)', replaced: false }]);
    const again = await reopen(host);
    const second = await again.writeSheets([model('郭克华', '任务一')]);
    expect(second).toEqual([{ wanted: '郭克华', name: '郭克华(2)', replaced: true }]);
    expect(again.workbook.getWorksheet('郭克华')!.getCell('A1').value).toBe('我自己的笔记');
    expect(again.workbook.worksheets.filter((w) => w.name.startsWith('郭克华')).length).toBe(2);
  });

  it('records what each generated sheet is, and forgets one the user deleted so a new sheet of theirs with that name is safe', async () => {
    const host = await fixtureHost();
    await host.writeSheets([model('郭克华', '任务一'), { ...model('名单', '郭克华'), role: 'roster' }]);
    const ledger = readLedger(host.workbook);
    expect(ledger.generated).toEqual(['郭克华', '名单']);
    expect(ledger.generatedRoles).toEqual({ 郭克华: 'leader', 名单: 'roster' });
    host.workbook.removeWorksheet(host.workbook.getWorksheet('郭克华')!.id);
    await host.writeSheets([model('贾继元', '任务二')]);
    host.workbook.addWorksheet('郭克华').getCell('A1').value = '用户新建';
    const written = await host.writeSheets([model('郭克华', '任务一')]);
    expect(written[0]?.name).toBe('郭克华(2)');
    expect(host.workbook.getWorksheet('郭克华')!.getCell('A1').value).toBe('用户新建');
  });

  it('leaves the source sheet and the active tab as they were', async () => {
    const host = await fixtureHost();
    const before = JSON.stringify(host.workbook.getWorksheet('9月')!.getSheetValues());
    await host.writeSheets([model('郭克华', '任务一')]);
    const wb = (await reopen(host)).workbook;
    expect(JSON.stringify(wb.getWorksheet('9月')!.getSheetValues())).toBe(before);
    expect(wb.views[0]?.activeTab ?? 0).toBe(0);
  });
});

describe('XlsxHost selection and settings', () => {
  it('selectCell makes the sheet active with the cell selected', async () => {
    const host = await fixtureHost();
    await host.writeSheets([model('郭克华', '任务一')]);
    await host.selectCell('郭克华', 'B2');
    const wb = (await reopen(host)).workbook;
    expect(wb.views[0]?.activeTab).toBe(1);
    expect(wb.getWorksheet('郭克华')!.views[0]?.activeCell).toBe('B2');
    await expect(host.selectCell('没有这张表', 'A1')).rejects.toThrow('找不到工作表');
  });

  it('settings travel with the workbook', async () => {
    const host = await fixtureHost();
    expect(await host.loadSettings()).toEqual({});
    await host.saveSettings({ month: 8, schedule: { yellowBelow: 5, redBelow: 20 }, disabledRules: ['text.stray-space'] });
    const again = await reopen(host);
    expect(await again.loadSettings()).toEqual({ month: 8, schedule: { yellowBelow: 5, redBelow: 20 }, disabledRules: ['text.stray-space'] });
  });
});
