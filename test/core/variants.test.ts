import { check } from '../../src/core';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { loadFixture } from '../helpers/fixtures';
import { merge } from '../helpers/grid';

/** The real report's sheet, with its title, header and task rows apart. */
async function realSheet(): Promise<{ sheet: SheetSnapshot; title: CellValue; rows: CellValue[][] }> {
  const wb = await loadFixture('tongbao-2023-09.xlsx');
  const sheet = wb.sheets[0] as SheetSnapshot;
  return { sheet, title: sheet.values[0]?.[0] ?? null, rows: sheet.values.slice(2) };
}

const LAYOUT = /^(table|seq|cell)\./;

function summary(wb: WorkbookSnapshot) {
  const r = check(wb);
  return {
    r,
    tasks: r.tasks.map((t) => ({ seq: t.seq, status: t.status, leaders: t.leaders, units: t.units.map((u) => u.name) })),
  };
}

describe('the real report written the way other offices write it', () => {
  it("reads a county's October report: 分管县领导, 本月目标任务, 牵头单位, the month in title and sheet name", async () => {
    const { rows } = await realSheet();
    const base = summary(await loadFixture('tongbao-2023-09.xlsx'));
    const county: SheetSnapshot = {
      name: '10月份',
      values: [
        ['附件'],
        ['某县2023年重点工作10月份进展情况'],
        ['编 号', '年度\n目标', '本月\n目标任务', '推进情况', '分管县领导', '牵头单位'],
        ...rows,
      ],
      merges: [merge(1, 0, 1, 5)],
    };
    const r = check({ sheets: [county] });
    expect([r.sheet, r.month, r.year, r.title]).toEqual(['10月份', 10, 2023, '某县2023年重点工作10月份进展情况']);
    expect(r.tasks.map((t) => ({ seq: t.seq, status: t.status, leaders: t.leaders, units: t.units.map((u) => u.name) }))).toEqual(base.tasks);
    expect(r.findings.filter((f) => LAYOUT.test(f.rule))).toEqual([]);
  });

  it('reads every task written over two rows through merged cells', async () => {
    const { title, rows } = await realSheet();
    const base = summary(await loadFixture('tongbao-2023-09.xlsx'));
    const values: CellValue[][] = [[title], ['序号', '年度目标任务', '9月份目标任务', '完成情况', '分管区领导', '责任单位']];
    const merges = [merge(0, 0, 0, 5)];
    for (const row of rows) {
      const progress = String(row[3] ?? '');
      const cut = progress.indexOf('。') + 1 || progress.length;
      const top = values.length;
      values.push([row[0] ?? null, row[1] ?? null, row[2] ?? null, progress.slice(0, cut), row[4] ?? null, row[5] ?? null]);
      values.push([null, null, null, progress.slice(cut) || null, null, null]);
      for (const col of [0, 1, 2, 4, 5]) merges.push(merge(top, col, top + 1, col));
    }
    const { r, tasks } = summary({ sheets: [{ name: '9月', values, merges }] });
    expect(tasks).toEqual(base.tasks);
    expect(r.statusCounts).toEqual({ 完成: 104, 部分完成: 13, 未完成: 7, 缺失: 0 });
    expect(r.tasks[0]?.lastRow).toBe(3);
    expect(r.findings.filter((f) => LAYOUT.test(f.rule))).toEqual([]);
  });

  it('reads every task whose progress runs on in a sub-row with an empty 序号', async () => {
    const { title, rows } = await realSheet();
    const base = summary(await loadFixture('tongbao-2023-09.xlsx'));
    const values: CellValue[][] = [[title], ['序号', '年度目标任务', '9月份目标任务', '完成情况', '分管区领导', '责任单位']];
    for (const row of rows) {
      const progress = String(row[3] ?? '');
      const cut = progress.indexOf('。') + 1 || progress.length;
      values.push([row[0] ?? null, row[1] ?? null, row[2] ?? null, progress.slice(0, cut), row[4] ?? null, row[5] ?? null]);
      values.push([null, null, null, progress.slice(cut) || null, null, null]);
    }
    const { r, tasks } = summary({ sheets: [{ name: '9月', values, merges: [merge(0, 0, 0, 5)] }] });
    expect(tasks).toEqual(base.tasks);
    expect(r.tasks[6]?.progress.split('\n')[0]).toMatch(/^(完成|部分完成|未完成)。$/);
    expect(r.findings.filter((f) => LAYOUT.test(f.rule))).toEqual([]);
  });

  it('reads the same from a host that gives empty cells as "" and pads every row', async () => {
    const { sheet } = await realSheet();
    const base = summary(await loadFixture('tongbao-2023-09.xlsx'));
    const padded: SheetSnapshot = {
      ...sheet,
      values: sheet.values.map((row) => Array.from({ length: 8 }, (_, c) => row[c] ?? '')),
    };
    const { r, tasks } = summary({ sheets: [padded] });
    expect(tasks).toEqual(base.tasks);
    expect(r.findings.filter((f) => LAYOUT.test(f.rule))).toEqual([]);
  });

  it('takes September over an August copy kept in the same workbook', async () => {
    const wb = await loadFixture('tongbao-2023-09.xlsx');
    const sep = wb.sheets[0] as SheetSnapshot;
    const aug: SheetSnapshot = {
      name: '8月',
      values: [['2023年《政府工作报告》重点工作8月份完成情况通报表'], ['序号', '年度目标任务', '8月份目标任务', '完成情况', '分管区领导', '责任单位'], ...sep.values.slice(2, 40)],
      merges: [merge(0, 0, 0, 5)],
    };
    expect(check({ sheets: [sep, aug] }).sheet).toBe('9月');
    expect(check({ sheets: [aug, sep] }).sheet).toBe('9月');
    expect(check({ sheets: [aug, sep] }, { sheet: '8月' }).tasks).toHaveLength(38);
  });
});
