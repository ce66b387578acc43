import ExcelJS from 'exceljs';
import type { Mark } from '../../src/core/host';
import { LEDGER_SHEET } from '../../src/core/ledger';
import { FORMULA_CELL_MESSAGE } from '../../src/core/plan/fixes';
import type { SheetModel } from '../../src/core/sheet-model';
import { XlsxHost } from '../../src/xlsx/host';
import { readLedger } from '../../src/xlsx/ledger-sheet';

const SHEET = '9月';

async function hostWith(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<XlsxHost> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRows([
    ['序号', '工作任务', '分管领导', '完成情况'],
    [1, '推进项目建设', '郭克 华', '已完成'],
    [2, '招商引资', '贾继元', '未完成'],
  ]);
  build(ws, wb);
  return XlsxHost.open(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'report');
}

async function reopen(host: XlsxHost): Promise<XlsxHost> {
  return XlsxHost.open(await host.save(), 'saved');
}

function leaderSheet(name: string, text: string): SheetModel {
  return { name, role: 'leader', rows: [[{ value: `${name}同志分管重点工作` }], [{ value: text }]], styles: {}, merges: [], columnWidths: [30] };
}

describe('a sheet the user made is never replaced', () => {
  it('a sheet the user makes under the name of a generated sheet they deleted stays theirs', async () => {
    const host = await hostWith(() => {});
    await host.writeSheets([leaderSheet('郭克华', '推进项目建设')]);
    const first = await reopen(host);
    first.workbook.removeWorksheet(first.workbook.getWorksheet('郭克华')!.id);
    const second = await reopen(first);
    second.workbook.addWorksheet('郭克华').getCell('A1').value = '我的工作安排';
    const third = await reopen(second);
    const written = await third.writeSheets([leaderSheet('郭克华', '推进项目建设')]);
    expect(written).toEqual([{ wanted: '郭克华', name: '郭克华(2)', replaced: false }]);
    const result = await reopen(third);
    expect(result.workbook.getWorksheet('郭克华')!.getCell('A1').value).toBe('我的工作安排');
    expect(result.workbook.getWorksheet('郭克华(2)')!.getCell('A2').value).toBe('推进项目建设');
  });

  it('a generated sheet the user has since edited is in doubt: the new one takes a suffix', async () => {
    const host = await hostWith(() => {});
    await host.writeSheets([leaderSheet('郭克华', '推进项目建设')]);
    const edited = await reopen(host);
    edited.workbook.getWorksheet('郭克华')!.getCell('B5').value = '领导批示：抓紧落实';
    const written = await edited.writeSheets([leaderSheet('郭克华', '推进项目建设')]);
    expect(written[0]).toEqual({ wanted: '郭克华', name: '郭克华(2)', replaced: false });
    expect(edited.workbook.getWorksheet('郭克华')!.getCell('B5').value).toBe('领导批示：抓紧落实');
    expect(await edited.userSheetNames()).toContain('郭克华');
  });

  it('a generated sheet untouched since is reused, after a save and reopen', async () => {
    const host = await hostWith(() => {});
    await host.writeSheets([leaderSheet('郭克华', '推进项目建设')]);
    const again = await reopen(host);
    expect(await again.writeSheets([leaderSheet('郭克华', '招商引资')])).toEqual([{ wanted: '郭克华', name: '郭克华', replaced: true }]);
    expect(await again.userSheetNames()).toEqual([SHEET]);
  });
});

describe('fixes and formulas, undo and rich text', () => {
  it('never writes a formula cell: the fix is reported for the user to make by hand', async () => {
    const host = await hostWith((ws) => {
      ws.getCell('C3').value = { formula: 'D1&"元"', result: '贾 继元' };
    });
    const result = await host.applyFixes([
      { sheet: SHEET, cell: 'C3', from: '贾 继元', to: '贾继元', rule: 'leader.spacing' },
      { sheet: SHEET, cell: 'C2', from: '郭克 华', to: '郭克华', rule: 'leader.spacing' },
    ]);
    expect(result.manual?.map((f) => f.cell)).toEqual(['C3']);
    expect(result.applied.map((f) => f.cell)).toEqual(['C2']);
    expect(FORMULA_CELL_MESSAGE).toBe('公式单元格请手工修改');
    const saved = await reopen(host);
    expect(saved.workbook.getWorksheet(SHEET)!.getCell('C3').formula).toBe('D1&"元"');
    expect(saved.workbook.getWorksheet(SHEET)!.getCell('C2').value).toBe('郭克华');
  });

  it('undo puts rich text back exactly as it was, runs and fonts included', async () => {
    const rich = { richText: [{ text: '郭', font: { bold: true, color: { argb: 'FFFF0000' } } }, { text: ' 克华' }] };
    const host = await hostWith((ws) => {
      ws.getCell('C2').value = rich;
    });
    const before = JSON.stringify(host.workbook.getWorksheet(SHEET)!.getCell('C2').value);
    const result = await host.applyFixes([{ sheet: SHEET, cell: 'C2', from: '郭 克华', to: '郭克华', rule: 'leader.spacing' }]);
    expect(result.applied).toHaveLength(1);
    const saved = await reopen(host);
    expect(saved.workbook.getWorksheet(SHEET)!.getCell('C2').value).toBe('郭克华');
    expect(await saved.undoFixes()).toBe(1);
    const undone = await reopen(saved);
    expect(JSON.stringify(undone.workbook.getWorksheet(SHEET)!.getCell('C2').value)).toBe(before);
  });
});

describe('a damaged record never blocks the work', () => {
  const garbage = JSON.stringify({
    version: 1,
    marks: [
      { sheet: SHEET, cell: 'ZZZZ99999999', original: '{"v":2,"fill":null}' },
      { sheet: SHEET, cell: 'B2', original: '{"v":2,"fill":null,"font":"auto","bold":null,"note":null}' },
    ],
    fixes: [{ cell: 'C2', from: '郭克 华', to: '郭克华', rule: 'leader.spacing' }],
    generated: [12345, '郭克华'],
    generatedRoles: { 郭克华: 'leader' },
    settings: {},
  });

  async function damaged(): Promise<XlsxHost> {
    return hostWith((_ws, wb) => {
      wb.addWorksheet(LEDGER_SHEET, { state: 'veryHidden' }).getCell('A1').value = garbage;
    });
  }

  it('marks, clears, fixes, undoes and writes sheets, leaving the bad entries out with one warning', async () => {
    const host = await damaged();
    expect(host.ledgerWarning()).toBe('工作簿里通报表助手的记录（隐藏表 _tongbao）有 3 条无法识别，已跳过；其余操作照常进行。');
    const marks: Mark[] = [{ sheet: SHEET, cell: 'D2', style: 'error', note: '【错误】' }];
    await expect(host.applyMarks(marks)).resolves.toBeUndefined();
    await expect(host.clearMarks()).resolves.toBeUndefined();
    await expect(host.undoFixes()).resolves.toBe(0);
    const fixed = await host.applyFixes([{ sheet: SHEET, cell: 'C2', from: '郭克 华', to: '郭克华', rule: 'leader.spacing' }]);
    expect(fixed.applied).toHaveLength(1);
    await expect(host.writeSheets([leaderSheet('郭克华', '推进项目建设')])).resolves.toHaveLength(1);
    const ledger = readLedger(host.workbook);
    expect(ledger.generated).toEqual(['郭克华']);
    expect(ledger.fixes.map((f) => f.cell)).toEqual(['C2']);
  });

  it('a ledger that is not JSON at all gives way to a fresh one', async () => {
    const host = await hostWith((_ws, wb) => {
      wb.addWorksheet(LEDGER_SHEET, { state: 'veryHidden' }).getCell('A1').value = '{"version":1,"marks":[';
    });
    expect(host.ledgerWarning()).toMatch(/无法识别/);
    await host.applyMarks([{ sheet: SHEET, cell: 'D2', style: 'warning', note: '【警告】' }]);
    await host.clearMarks();
    expect(host.workbook.getWorksheet(SHEET)!.getCell('D2').fill).toBeUndefined();
  });
});
