import { check } from '../../src/core/check';
import { fixesFor } from '../../src/core/fixes';
import type { Fix } from '../../src/core/host';
import { loadFixture } from '../helpers/fixtures';
import { fakeWith, hostOn } from './setup';

function fix(cell: string, from: string, to: string): Fix {
  return { sheet: 'S', cell, from, to, rule: 'status.nonstandard' };
}

describe('OfficeHost fixes', () => {
  it('applies the safe suggestions of the real report and undoes them back to the same values', async () => {
    const fixture = await loadFixture('tongbao-2023-09.xlsx');
    const fixes = fixesFor(check(fixture));
    expect(fixes.length).toBeGreaterThan(0);
    const { excel, host } = fakeWith(fixture);
    const before = excel.values('9月');

    const result = await host.applyFixes(fixes);
    expect(result.applied).toEqual(fixes);
    expect(result.skipped).toEqual([]);
    expect(excel.stats.syncs).toBeLessThanOrEqual(2);
    for (const f of fixes) expect(String(excel.cell(f.sheet, f.cell).value)).toBe(f.to);
    // After the fixes the report has none of those suggestions left.
    const again = fixesFor(check(excel.snapshot()));
    expect(again.filter((f) => fixes.some((g) => g.cell === f.cell && g.rule === f.rule))).toEqual([]);

    expect(await host.undoFixes()).toBe(fixes.length);
    expect(excel.values('9月')).toEqual(before);
  });

  it('writes only where the cell still holds what the fix expects', async () => {
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values: [['已完成。', '基本完成。']], merges: [] }] });
    excel.setValue('S', 'B1', '部分完成。已改');
    const result = await host.applyFixes([fix('A1', '已完成。', '完成。'), fix('B1', '基本完成。', '部分完成。')]);
    expect(result.applied.map((f) => f.cell)).toEqual(['A1']);
    expect(result.skipped.map((f) => f.cell)).toEqual(['B1']);
    expect(excel.values('S')).toEqual([['完成。', '部分完成。已改']]);
  });

  it('keeps text as text and numbers as numbers through fix and undo', async () => {
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values: [['1.', 7]], merges: [] }] });
    await host.applyFixes([fix('A1', '1.', '1'), fix('B1', '7', '七')]);
    expect(excel.cell('S', 'A1').value).toBe('1');
    expect(excel.cell('S', 'B1').value).toBe('七');
    await host.undoFixes();
    expect(excel.cell('S', 'A1').value).toBe('1.');
    expect(excel.cell('S', 'B1').value).toBe(7);
  });

  it('never undoes over a cell the user changed after the fix', async () => {
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values: [['已完成。', '正在推进。']], merges: [] }] });
    await host.applyFixes([fix('A1', '已完成。', '完成。'), fix('B1', '正在推进。', '部分完成。')]);
    excel.setValue('S', 'B1', '部分完成。补充了数字');
    expect(await hostOn(excel).undoFixes()).toBe(1);
    expect(excel.values('S')).toEqual([['已完成。', '部分完成。补充了数字']]);
  });

  it('undoes fixes applied in two goes, newest first', async () => {
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values: [['已完成。']], merges: [] }] });
    await host.applyFixes([fix('A1', '已完成。', '完成。')]);
    await host.applyFixes([fix('A1', '完成。', '完成。核实')]);
    expect(await host.undoFixes()).toBe(2);
    expect(excel.values('S')).toEqual([['已完成。']]);
    expect(await host.undoFixes()).toBe(0);
  });

  it('refuses to fix a protected sheet and leaves it as it was', async () => {
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values: [['已完成。']], merges: [] }] });
    excel.protect('S');
    await expect(host.applyFixes([fix('A1', '已完成。', '完成。')])).rejects.toMatchObject({ code: 'protected', sheet: 'S' });
    expect(excel.values('S')).toEqual([['已完成。']]);
  });
});
