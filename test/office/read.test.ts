import { check } from '../../src/core/check';
import { loadFixture } from '../helpers/fixtures';
import { fakeWith, generatedReport } from './setup';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';

/** Rows trimmed of trailing empty cells and trailing empty rows, for comparing two readers. */
function trimmed(snapshot: WorkbookSnapshot) {
  return snapshot.sheets.map((s) => {
    const rows = s.values.map((row) => {
      const out = [...row];
      while (out.length && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
      return out;
    });
    while (rows.length && rows[rows.length - 1]?.length === 0) rows.pop();
    return { name: s.name, rows, merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left) };
  });
}

describe('OfficeHost.readSnapshot', () => {
  it('reads the real report as the exceljs reader does, in two round trips', async () => {
    const fixture = await loadFixture('tongbao-2023-09.xlsx');
    const { excel, host } = fakeWith(fixture);
    const snapshot = await host.readSnapshot();
    expect(trimmed(snapshot)).toEqual(trimmed(fixture));
    expect(excel.stats.syncs).toBeLessThanOrEqual(2);
  });

  it('reads the pasted layout with its repeated headers and blank rows', async () => {
    const fixture = await loadFixture('tongbao-2023-09-pasted.xlsx');
    const { host } = fakeWith(fixture);
    expect(trimmed(await host.readSnapshot())).toEqual(trimmed(fixture));
  });

  it('reads without merged areas where Excel predates ExcelApi 1.13', async () => {
    const fixture = await loadFixture('tongbao-2023-09.xlsx');
    const { excel, host } = fakeWith(fixture, { apiVersion: '1.9' });
    const snapshot = await host.readSnapshot();
    expect(trimmed(snapshot).map((s) => s.rows)).toEqual(trimmed(fixture).map((s) => s.rows));
    expect(snapshot.sheets.every((s) => s.merges.length === 0)).toBe(true);
    expect(excel.stats.syncs).toBeLessThanOrEqual(2);
  });

  it('clips a merge reaching the end of the sheet to the cells holding values, and drops what lies past them', async () => {
    const values = [['通报表'], ['序号', '完成情况'], [1, '完成。']];
    const merges = [
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 0, left: 7, bottom: 1048575, right: 16383 },
      { top: 1, left: 0, bottom: 1048575, right: 0 },
      { top: 10, left: 0, bottom: 1048575, right: 3 },
    ];
    const { host } = fakeWith({ sheets: [{ name: 'S', values, merges }] });
    const [sheet] = (await host.readSnapshot()).sheets;
    expect(sheet?.merges).toEqual(expect.arrayContaining([{ top: 0, left: 0, bottom: 0, right: 1 }, { top: 1, left: 0, bottom: 2, right: 0 }]));
    expect(sheet?.merges).toHaveLength(2);
  });

  it('keeps values from A1 when the table starts lower and further right', async () => {
    const { host } = fakeWith({
      sheets: [{ name: 'S', values: [[], [], [null, null, '序号', '完成情况'], [null, null, 1, '完成。']], merges: [] }],
    });
    const [sheet] = (await host.readSnapshot()).sheets;
    expect(sheet?.values[2]).toEqual([null, null, '序号', '完成情况']);
    expect(sheet?.values[3]).toEqual([null, null, 1, '完成。']);
  });

  it('reads every sheet in tab order, hidden ones included, but not its own ledger', async () => {
    const { excel, host } = fakeWith({
      sheets: [
        { name: '名单', values: [['分管领导'], ['郭克华']], merges: [] },
        { name: '9月', values: [['序号']], merges: [] },
        { name: '空表', values: [], merges: [] },
      ],
    });
    excel.setVisibility('名单', 'Hidden');
    await host.saveSettings({ month: 9 });
    expect((await host.readSnapshot()).sheets.map((s) => s.name)).toEqual(['名单', '9月', '空表']);
  });

  it('splits a large report into requests under 5 MB without a refused request', async () => {
    const { excel, host } = fakeWith(generatedReport(12000));
    const snapshot = await host.readSnapshot();
    expect(snapshot.sheets[0]?.values.length).toBe(12002);
    expect(snapshot.sheets[0]?.values[12001]?.[0]).toBe(12000);
    expect(excel.stats.requests.every((r) => r.ok)).toBe(true);
    expect(excel.stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    const totalBytes = excel.stats.requests.reduce((n, r) => n + r.responseBytes, 0);
    // One round trip for the sizes, then only as many as the 5 MB cap makes necessary, plus one.
    expect(excel.stats.syncs).toBeLessThanOrEqual(2 + Math.ceil(totalBytes / (5 * 1024 * 1024)));
  });

  it('recovers when cells are far denser than a report, without losing a row', async () => {
    const long = '推进情况说明'.repeat(60);
    const values = [['序号', '完成情况', '备注'], ...Array.from({ length: 12000 }, (_, i) => [i + 1, `完成。${long}`, long])];
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values, merges: [] }] });
    const snapshot = await host.readSnapshot();
    expect(snapshot.sheets[0]?.values.length).toBe(12001);
    expect(snapshot.sheets[0]?.values.map((r) => r[0]).slice(1)).toEqual(Array.from({ length: 12000 }, (_, i) => i + 1));
    const accepted = excel.stats.requests.filter((r) => r.ok);
    expect(Math.max(...accepted.map((r) => r.responseBytes))).toBeLessThan(5 * 1024 * 1024);
  });

  it('reads a workbook of many sheets, each asked for by name only once the list has shown it', async () => {
    const sheets: SheetSnapshot[] = Array.from({ length: 70 }, (_, i) => ({ name: `表${i + 1}`, values: [[`第${i + 1}张`, i + 1]], merges: [] }));
    sheets[69] = { name: '表70', values: [[null], ['序号', '完成情况'], [1, '完成。']], merges: [] };
    const { excel, host } = fakeWith({ sheets });
    const snapshot = await host.readSnapshot();
    expect(snapshot.sheets).toHaveLength(70);
    expect(snapshot.sheets[65]?.values).toEqual([['第66张', 66]]);
    expect(snapshot.sheets[69]?.values.slice(1)).toEqual([['序号', '完成情况'], [1, '完成。']]);
    // The sheet list and the first sheet, then every other sheet's size, then what the sizes call for.
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
  });

  it.each(['1.18', '1.9'])('gives the core the same report as the file itself (ExcelApi %s)', async (apiVersion) => {
    for (const name of ['tongbao-2023-09.xlsx', 'tongbao-2023-09-pasted.xlsx']) {
      const fixture = await loadFixture(name);
      const { host } = fakeWith(fixture, { apiVersion });
      const report = check(await host.readSnapshot());
      expect(report.tasks).toHaveLength(124);
      expect(report.statusCounts).toMatchObject({ 完成: 104, 部分完成: 13, 未完成: 7 });
      expect(report.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(check(fixture).findings.map((f) => `${f.rule}@${f.cell}`));
    }
  });

  it('reads a workbook whose ledger holds many marks without going over 5 MB', async () => {
    const rows = 20000;
    const values = [['序号', '完成情况'], ...Array.from({ length: rows }, (_, i) => [i + 1, `完成。第${i + 1}项`])];
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values, merges: [] }] });
    await host.applyMarks(Array.from({ length: rows }, (_, i) => ({ sheet: 'S', cell: `B${i + 2}`, style: 'warning' as const, note: '状态写法不规范' })));
    excel.resetStats();
    const snapshot = await host.readSnapshot();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['S']);
    expect(snapshot.sheets[0]?.values).toHaveLength(rows + 1);
    expect(excel.stats.requests.every((r) => r.ok)).toBe(true);
    expect(excel.stats.syncs).toBeLessThanOrEqual(2);
  }, 60000);
});
