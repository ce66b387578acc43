import type { Checked } from '../../src/taskpane/logic/engine';
import { checkWorkbook } from '../../src/taskpane/logic/engine';
import { isSingleName, renameFixes, replaceName } from '../../src/taskpane/logic/name-choice';
import type { WorkbookHost } from '../../src/core/host';
import { fixtureSnapshot } from '../e2e/fixtures';

describe('replaceName', () => {
  it('replaces a whole name between separators only', () => {
    expect(replaceName('郭克华 崔赟', '崔赟', '崔赞')).toBe('郭克华 崔赞');
    expect(replaceName('崔赟、高晋', '崔赟', '崔赞')).toBe('崔赞、高晋');
    expect(replaceName('崔赟华 崔赟', '崔赟', '崔赞')).toBe('崔赟华 崔赞');
    expect(replaceName('高晋', '崔赟', '崔赞')).toBe('高晋');
  });
});

describe('isSingleName', () => {
  it('accepts one name and refuses several run together', () => {
    expect(isSingleName({ name: '崔赟', canonical: '崔赞' })).toBe(true);
    expect(isSingleName({ name: '崔赞高晋', canonical: '崔赞、高晋' })).toBe(false);
    expect(isSingleName({ name: '崔赞高晋', canonical: '崔赞 高晋' })).toBe(false);
  });
});

describe('renameFixes', () => {
  let checked: Checked;
  beforeAll(async () => {
    const snapshot = await fixtureSnapshot();
    checked = await checkWorkbook({ readSnapshot: async () => snapshot } as unknown as WorkbookHost, {}, 'zh');
  });

  it('rewrites the name in every 分管领导 cell that holds it, from the exact cell text', () => {
    const holder = checked.report.tasks.find((t) => t.leaders.length > 0 && t.cells.leaders);
    if (!holder?.cells.leaders) throw new Error('fixture has no leaders');
    const name = holder.leaders[0] ?? '';
    const fixes = renameFixes(checked, { name, canonical: '某某' });
    const expected = checked.report.tasks.filter((t) => t.leaders.includes(name)).length;
    expect(fixes.length).toBeGreaterThan(0);
    expect(fixes.length).toBeLessThanOrEqual(expected);
    for (const fix of fixes) {
      expect(fix.to).toContain('某某');
      expect(fix.to).not.toBe(fix.from);
      expect(fix.rule).toBe('leader.variant');
      expect(fix.sheet).toBe('9月');
    }
  });

  it('offers nothing for names run together or absent', () => {
    expect(renameFixes(checked, { name: '郭克华高晋', canonical: '郭克华、高晋' })).toEqual([]);
    expect(renameFixes(checked, { name: '不存在', canonical: '某某' })).toEqual([]);
  });
});
