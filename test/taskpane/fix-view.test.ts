import type { Finding } from '../../src/core/findings';
import type { Fix } from '../../src/core/host';
import { changedExcerpt, changedParts, seqOfFix } from '../../src/taskpane/logic/fix-view';

describe('changedExcerpt', () => {
  it('shows short cells whole', () => {
    expect(changedExcerpt('崔 赞', '崔赞')).toEqual({ before: '崔 赞', after: '崔赞' });
  });

  it('shows the changed part of a long cell with context', () => {
    const head = '一二三四五六七八九十'.repeat(5);
    const tail = '甲乙丙丁戊己庚辛壬癸'.repeat(5);
    const { before, after } = changedExcerpt(`${head}区发改 局${tail}`, `${head}区发改局${tail}`);
    expect(before).toContain('区发改 局');
    expect(after).toContain('区发改局');
    expect(before.startsWith('…')).toBe(true);
    expect(before.endsWith('…')).toBe(true);
    expect(before.length).toBeLessThan(40);
  });
});

describe('seqOfFix', () => {
  it('finds the 序号 of the finding that suggested the fix', () => {
    const fix: Fix = { sheet: '9月', cell: 'E5', from: '崔 赞', to: '崔赞', rule: 'leader.spacing' };
    const finding: Finding = {
      rule: 'leader.spacing',
      cell: 'E5',
      seq: 3,
      params: { raw: '崔 赞', name: '崔赞' },
      severity: 'warning',
      kind: 'data',
      sheet: '9月',
      message: '',
      suggestion: { cell: 'E5', from: '崔 赞', to: '崔赞' },
    };
    expect(seqOfFix(fix, [finding])).toBe(3);
    expect(seqOfFix({ ...fix, cell: 'E6' }, [finding])).toBeNull();
  });
});

describe('changedParts', () => {
  it('picks out the changed character of a name, for highlighting', () => {
    expect(changedParts('郭克华 崔燮', '郭克华 崔赞')).toEqual({
      before: { head: '郭克华 崔', changed: '燮', tail: '' },
      after: { head: '郭克华 崔', changed: '赞', tail: '' },
    });
  });

  it('shows a removed space as an empty change in the new text', () => {
    expect(changedParts('崔 赞', '崔赞').after).toEqual({ head: '崔', changed: '', tail: '赞' });
    expect(changedParts('崔 赞', '崔赞').before.changed).toBe(' ');
  });
});
