import { check } from '../../src/core/check';
import type { Mark } from '../../src/core/host';
import { MARK_STYLES, marksFor } from '../../src/core/marks';
import { HostError } from '../../src/office';
import { loadFixture } from '../helpers/fixtures';
import { fakeWith, hostOn } from './setup';

async function fixtureMarks() {
  const fixture = await loadFixture('tongbao-2023-09.xlsx');
  const marks = marksFor(check(fixture).findings);
  return { fixture, marks };
}

function hex(argb: string): string {
  return `#${argb.slice(2)}`;
}

describe('OfficeHost marks', () => {
  it('marks every finding with its style and message, then clears back to the exact original look (notes, ExcelApi 1.18)', async () => {
    const { fixture, marks } = await fixtureMarks();
    expect(marks.length).toBeGreaterThan(10);
    const { excel, host } = fakeWith(fixture);
    const [first, second, third] = marks;
    if (!first || !second || !third) throw new Error('the fixture should give marks');
    // The user's own look on cells that will be marked: a fill, a coloured bold font, a note.
    excel.setFill(first.sheet, first.cell, '#00B050');
    excel.setFont(second.sheet, second.cell, { color: '#C00000', bold: true });
    excel.setNote(third.sheet, third.cell, '请办公室核实');
    const before = excel.cells('9月');

    await host.applyMarks(marks);
    for (const mark of marks) {
      const cell = excel.cell(mark.sheet, mark.cell);
      expect(cell.fill).toBe(hex(MARK_STYLES[mark.style].fill));
      expect(cell.note).toContain(mark.note);
    }
    expect(excel.cell(third.sheet, third.cell).note?.startsWith('请办公室核实')).toBe(true);

    await host.clearMarks();
    expect(excel.cells('9月')).toEqual(before);
  });

  it('puts the message in the cell prompt where notes are not available (ExcelApi 1.9) and restores a prompt the user had', async () => {
    const { fixture, marks } = await fixtureMarks();
    const { excel, host } = fakeWith(fixture, { apiVersion: '1.9' });
    const first = marks[0];
    if (!first) throw new Error('the fixture should give marks');
    excel.setPrompt(first.sheet, first.cell, { showPrompt: true, title: '填写说明', message: '请写明完成情况' });
    const before = excel.cells('9月');

    await host.applyMarks(marks);
    const marked = excel.cell(first.sheet, first.cell);
    expect(marked.prompt?.title).toBe('通报表助手');
    expect(marked.prompt?.message.length).toBeLessThanOrEqual(255);
    expect(marked.note).toBeNull();

    await host.clearMarks();
    expect(excel.cells('9月')).toEqual(before);
  });

  it('keeps the first original when marking again, so a second marking never loses the user look', async () => {
    const { fixture, marks } = await fixtureMarks();
    const { excel, host } = fakeWith(fixture);
    const target = marks[0];
    if (!target) throw new Error('the fixture should give marks');
    excel.setFill(target.sheet, target.cell, '#FFC000');
    const before = excel.cells('9月');

    await host.applyMarks(marks);
    await host.applyMarks(marks.slice(0, 3));
    // Cells no longer in the set are back to their own look straight away.
    const dropped = marks[5];
    if (!dropped) throw new Error('the fixture should give at least six marks');
    expect(before[dropped.cell]).toBeDefined();
    expect(excel.cell(dropped.sheet, dropped.cell)).toEqual(before[dropped.cell]);
    await host.clearMarks();
    expect(excel.cells('9月')).toEqual(before);
  });

  it('clears marks from a host started later, as after saving and reopening the workbook', async () => {
    const { fixture, marks } = await fixtureMarks();
    const { excel, host } = fakeWith(fixture);
    const before = excel.cells('9月');
    await host.applyMarks(marks);
    expect(excel.sheetNames()).toEqual(['9月']);
    expect(excel.sheet('_tongbao').visibility).toBe('VeryHidden');

    await hostOn(excel).clearMarks();
    expect(excel.cells('9月')).toEqual(before);
  });

  it('marks in at most three round trips and clears in at most three', async () => {
    const { fixture, marks } = await fixtureMarks();
    const { excel, host } = fakeWith(fixture);
    await host.applyMarks(marks);
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
    excel.resetStats();
    await host.clearMarks();
    // The ledger, then which cells still carry a note (a note is deleted only where there is one), then the writes.
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
  });

  it('makes progress lights look different from data-issue marks', async () => {
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values: [['a', 'b', 'c']], merges: [] }] });
    const marks: Mark[] = [
      { sheet: 'S', cell: 'A1', style: 'error', note: '序号重复' },
      { sheet: 'S', cell: 'B1', style: 'light-red', note: '未完成' },
      { sheet: 'S', cell: '$c$1', style: 'light-yellow', note: '部分完成' },
    ];
    await host.applyMarks(marks);
    const fills = ['A1', 'B1', 'C1'].map((a) => excel.cell('S', a).fill);
    expect(new Set(fills).size).toBe(3);
    expect(excel.cell('S', 'A1').bold).toBe(true);
    expect(excel.cell('S', 'B1').bold).toBe(false);
  });

  it('leaves an automatic font colour alone, which Office.js could not set back, and recolours and restores a set one', async () => {
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values: [['任务', null, '已完成']], merges: [] }] });
    excel.setFont('S', 'C1', { color: '#C00000' });
    const before = excel.cells('S');
    const marks: Mark[] = [
      { sheet: 'S', cell: 'A1', style: 'error', note: '序号缺失' },
      { sheet: 'S', cell: 'B1', style: 'error', note: '责任人为空' },
      { sheet: 'S', cell: 'C1', style: 'warning', note: '请核实' },
    ];
    await host.applyMarks(marks);
    expect(excel.cell('S', 'C1').fontColor).toBe(hex(MARK_STYLES.warning.fontColor ?? ''));
    expect(excel.cell('S', 'B1').fill).toBe(hex(MARK_STYLES.error.fill));
    await host.clearMarks();
    // The empty cell B1 comes back with no format at all, so it is not listed; C1 is red again.
    expect(excel.cells('S')).toEqual(before);
    expect(Object.keys(excel.cells('S'))).toEqual(['A1', 'C1']);
  });

  it('marks a patterned cell with a plain fill and puts the pattern and its colours back', async () => {
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values: [['任务', '进行中']], merges: [] }] });
    excel.setFill('S', 'A1', '#FFFF00', { pattern: 'Gray50', color: '#0070C0' });
    excel.setFill('S', 'B1', '#E2EFDA', { pattern: 'LightUp' });
    const before = excel.cells('S');
    await host.applyMarks([
      { sheet: 'S', cell: 'A1', style: 'error', note: '序号缺失' },
      { sheet: 'S', cell: 'B1', style: 'light-red', note: '未完成' },
    ]);
    expect(excel.cell('S', 'A1')).toMatchObject({ fill: hex(MARK_STYLES.error.fill), fillPattern: null });
    await host.clearMarks();
    expect(excel.cells('S')).toEqual(before);
    expect(excel.cell('S', 'A1').fillPattern).toBe('Gray50 #0070C0');
  });

  it('refuses to mark a protected sheet with a clear message, and changes nothing', async () => {
    const { fixture, marks } = await fixtureMarks();
    const { excel, host } = fakeWith(fixture);
    excel.protect('9月');
    const before = excel.dump();
    const error = await host.applyMarks(marks).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'protected', sheet: '9月' });
    expect((error as HostError).message).toContain('撤消工作表保护');
    expect(excel.dump()).toEqual(before);
  });

  it('reports cell-edit mode where Excel cannot wait for the user', async () => {
    const { fixture, marks } = await fixtureMarks();
    const { excel, host } = fakeWith(fixture, { delayForCellEditSupported: false });
    excel.setCellEditMode(true);
    const error = await host.applyMarks(marks).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'cell-edit' });
    expect((error as HostError).message).toContain('按 Enter 或 Esc');
  });

  it('waits for the user to leave the cell where Excel can, then marks', async () => {
    const { fixture, marks } = await fixtureMarks();
    const { excel, host } = fakeWith(fixture);
    excel.setCellEditMode(true);
    const done = host.applyMarks(marks);
    await new Promise((r) => setTimeout(r, 5));
    const first = marks[0];
    if (!first) throw new Error('the fixture should give marks');
    expect(excel.cell(first.sheet, first.cell).fill).toBeNull();
    excel.setCellEditMode(false);
    await done;
    expect(excel.cell(first.sheet, first.cell).fill).toBe(hex(MARK_STYLES[first.style].fill));
  });

  it('marks on several sheets and still clears when one of them was deleted meanwhile', async () => {
    const { excel, host } = fakeWith({
      sheets: [
        { name: '9月', values: [['已完成', '崔 赞']], merges: [] },
        { name: '8月', values: [['基本完成']], merges: [] },
      ],
    });
    excel.setFill('9月', 'B1', '#FFFF00');
    const before = excel.cells('9月');
    await host.applyMarks([
      { sheet: '9月', cell: 'A1', style: 'warning', note: '状态写法不规范' },
      { sheet: '9月', cell: 'B1', style: 'info', note: '姓名中间有空格' },
      { sheet: '8月', cell: 'A1', style: 'warning', note: '状态写法不规范' },
    ]);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('8月').delete();
      await ctx.sync();
    });
    await host.clearMarks();
    expect(excel.cells('9月')).toEqual(before);
    // The ledger no longer remembers marks: clearing again changes nothing and costs one round trip.
    excel.resetStats();
    await host.clearMarks();
    expect(excel.stats.syncs).toBe(1);
  });

  it('marks and clears under the bundled office.js of an intranet build, whose script predates notes though Excel reports ExcelApi 1.18', async () => {
    const { fixture, marks } = await fixtureMarks();
    const { excel, host } = fakeWith(fixture, { apiVersion: '1.18', officeJs: 'package' });
    const [first] = marks;
    if (!first) throw new Error('the fixture should give marks');
    excel.setFill(first.sheet, first.cell, '#00B050');
    const before = excel.cells('9月');
    await host.applyMarks(marks);
    for (const mark of marks) {
      const cell = excel.cell(mark.sheet, mark.cell);
      expect(cell.fill).toBe(hex(MARK_STYLES[mark.style].fill));
      expect(cell.note).toBeNull();
      expect(cell.prompt?.message).toBe(mark.note.length <= 255 ? mark.note : `${mark.note.slice(0, 254)}…`);
    }
    await host.clearMarks();
    expect(excel.cells('9月')).toEqual(before);
  });

  it('spreads a very large set of marks over requests under 5 MB, and clears it exactly', async () => {
    const rows = 20000;
    const values = Array.from({ length: rows }, (_, i) => [i + 1, `完成。第${i + 1}项`]);
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values, merges: [] }] });
    excel.setFill('S', 'B7', '#00B0F0');
    const before = excel.cells('S');
    const note = '完成情况与目标不符：'.repeat(30);
    const marks: Mark[] = Array.from({ length: rows }, (_, i) => ({ sheet: 'S', cell: `B${i + 1}`, style: i % 2 ? 'warning' : 'light-red', note }));
    await host.applyMarks(marks);
    expect(excel.stats.requests.every((r) => r.ok && r.requestBytes < 5 * 1024 * 1024)).toBe(true);
    expect(excel.stats.syncs).toBeGreaterThan(2);
    expect(excel.cell('S', 'B20000').note).toContain(note);
    excel.resetStats();
    await host.clearMarks();
    expect(excel.stats.requests.every((r) => r.ok && r.requestBytes < 5 * 1024 * 1024)).toBe(true);
    expect(excel.cells('S')).toEqual(before);
  }, 60000);

  it('leaves every mark removable when a long marking is cut short', async () => {
    const rows = 20000;
    const values = Array.from({ length: rows }, (_, i) => [i + 1, `完成。第${i + 1}项`]);
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values, merges: [] }] });
    excel.setFill('S', 'B9', '#00B0F0');
    const before = excel.cells('S');
    const note = '完成情况与目标不符：'.repeat(30);
    const marks: Mark[] = Array.from({ length: rows }, (_, i) => ({ sheet: 'S', cell: `B${i + 1}`, style: 'error', note }));
    // The same marking on a copy tells how many requests it takes: the last one, still painting, fails.
    const trial = fakeWith({ sheets: [{ name: 'S', values, merges: [] }] });
    await trial.host.applyMarks(marks);
    expect(trial.excel.stats.syncs).toBeGreaterThan(3);
    excel.failNextSync('InactiveWorkbook', 'The workbook lost focus.', trial.excel.stats.syncs - 1);
    await expect(host.applyMarks(marks)).rejects.toMatchObject({ code: 'workbook-changed' });
    expect(excel.cell('S', 'B1').fill).not.toBeNull();
    await host.clearMarks();
    expect(excel.cells('S')).toEqual(before);
  }, 60000);

  it('puts the message in the prompt of a cell that has a threaded comment, and keeps the comment', async () => {
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values: [['已完成', '未完成']], merges: [] }] });
    excel.setComment('S', 'A1', '请核实数据来源');
    const before = excel.cells('S');
    await host.applyMarks([
      { sheet: 'S', cell: 'A1', style: 'warning', note: '状态写法不规范' },
      { sheet: 'S', cell: 'B1', style: 'light-red', note: '未完成' },
    ]);
    expect(excel.cell('S', 'A1')).toMatchObject({ comment: '请核实数据来源', note: null, prompt: { message: '状态写法不规范' } });
    expect(excel.cell('S', 'B1').note).toContain('未完成');
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
    await host.clearMarks();
    expect(excel.cells('S')).toEqual(before);
  });
});
