import { check } from '../../src/core/check';
import { generatedReport } from '../office/setup';
import { loadFixture } from '../helpers/fixtures';
import { createFakeWps } from '../fake-wps';
import { WpsHost } from '../../src/wps';
import { trimmed, wpsWith } from './setup';

describe('WpsHost.readSnapshot', () => {
  it('reads the real report as the exceljs reader does, merged areas included', async () => {
    const fixture = await loadFixture('tongbao-2023-09.xlsx');
    const { host } = wpsWith(fixture);
    const snapshot = await host.readSnapshot();
    expect(trimmed(snapshot)).toEqual(trimmed(fixture));
    expect(check(snapshot).findings).toEqual(check(fixture).findings);
  });

  it('reads the pasted layout with its repeated headers and blank rows', async () => {
    const fixture = await loadFixture('tongbao-2023-09-pasted.xlsx');
    const { host } = wpsWith(fixture);
    expect(trimmed(await host.readSnapshot())).toEqual(trimmed(fixture));
  });

  it('reads a large report in blocks of rows, yielding between them, in a few dozen calls', async () => {
    const report = generatedReport(5000);
    const wps = createFakeWps(report);
    let pauses = 0;
    const host = new WpsHost(wps.application, {
      pause: async () => {
        pauses++;
      },
    });
    const snapshot = await host.readSnapshot();
    expect(trimmed(snapshot)).toEqual(trimmed(report));
    // 5,002 rows: three blocks of at most 2,000 rows, with a pause between each.
    expect(pauses).toBe(2);
    expect(wps.stats.calls).toBeLessThanOrEqual(60);
    expect(wps.stats.writes).toBe(0);
  });

  it('turns the error numbers WPS gives for #N/A and #DIV/0! into their text, as the other hosts read them', async () => {
    const { wps, host } = wpsWith({ sheets: [{ name: '9月', values: [['序号', '完成情况'], [1, null], [2, null]], merges: [] }] });
    wps.setError('9月', 'B2', '#N/A');
    wps.setError('9月', 'B3', '#DIV/0!');
    const snapshot = await host.readSnapshot();
    expect(snapshot.sheets[0]?.values[1]?.[1]).toBe('#N/A');
    expect(snapshot.sheets[0]?.values[2]?.[1]).toBe('#DIV/0!');
  });

  it('reads a one-cell sheet, whose Value2 is a scalar, and an empty sheet, whose used range is A1', async () => {
    const { host } = wpsWith({
      sheets: [
        { name: '说明', values: [['只有一格']], merges: [] },
        { name: '空表', values: [], merges: [] },
      ],
    });
    const snapshot = await host.readSnapshot();
    expect(snapshot.sheets.map((s) => [s.name, s.values])).toEqual([
      ['说明', [['只有一格']]],
      ['空表', []],
    ]);
  });

  it('finds merged areas going down and across, and a sheet with no merged cells costs one question', async () => {
    const values = [
      ['通报表', null, null, null],
      ['序号', '任务', '完成情况', '分管领导'],
      [1, '任务一', '完成', '张三'],
      [null, '任务一续', '完成', null],
      [2, '任务二', '完成', '李四'],
    ];
    const merges = [
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 3, bottom: 3, right: 3 },
    ];
    const { host } = wpsWith({ sheets: [{ name: '表', values, merges }] });
    expect((await host.readSnapshot()).sheets[0]?.merges).toEqual(merges);

    const plain = createFakeWps({ sheets: [{ name: '表', values: [['a', 'b'], ['c', 'd']], merges: [] }] });
    const before = plain.stats.calls;
    await new WpsHost(plain.application, { pause: () => Promise.resolve() }).readSnapshot();
    expect(plain.stats.calls - before).toBeLessThanOrEqual(12);
  });

  it('leaves out the ledger sheet and says plainly when no workbook is open', async () => {
    const { wps, host } = wpsWith({ sheets: [{ name: '9月', values: [['a']], merges: [] }] });
    wps.addSheet('_tongbao', [['{"version":1,"marks":[],"fixes":[],"generated":[],"settings":{}}']]);
    wps.setVisibility('_tongbao', 2);
    expect((await host.readSnapshot()).sheets.map((s) => s.name)).toEqual(['9月']);
    wps.closeWorkbook();
    await expect(host.readSnapshot()).rejects.toThrow('没有打开的工作簿');
  });
});
