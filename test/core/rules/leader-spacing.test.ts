import { findingsOf } from '../../helpers/findings';
import { report } from '../../helpers/grid';

describe('leader.spacing', () => {
  it('fires on a name a space split, with the joined cell as a safe fix', () => {
    const [f, ...rest] = findingsOf('leader.spacing', report({ rows: [{ leaders: '崔 赞' }] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ cell: 'E3', seq: 1, severity: 'warning', params: { raw: '崔 赞', name: '崔赞' } });
    expect(f?.suggestion).toEqual({ cell: 'E3', from: '崔 赞', to: '崔赞' });
    expect(f?.message).toContain('“崔 赞”应为“崔赞”');
  });

  it('lists every split name of a cell in one finding and fixes only those spaces', () => {
    const found = findingsOf('leader.spacing', report({ rows: [{ leaders: '崔\u3000赞 高晋 郭 克华 ' }] }));
    expect(found).toHaveLength(1);
    expect(found[0]?.params).toEqual({ raw: '崔\u3000赞', name: '崔赞', more: [{ raw: '郭 克华', name: '郭克华' }] });
    expect(found[0]?.suggestion?.to).toBe('崔赞 高晋 郭克华 ');
  });

  it('keeps the script as written when joining', () => {
    expect(findingsOf('leader.spacing', report({ rows: [{ leaders: '孙胜利 崔 贊' }] }))[0]?.suggestion?.to).toBe('孙胜利 崔贊');
  });

  it('offers no rewrite when the names were joined from several cells', () => {
    const sheet = report({
      rows: [
        { seq: 1, leaders: '郭克华' },
        { seq: null, annual: null, month: null, progress: null, leaders: '崔 赞', units: null },
      ],
    });
    const found = findingsOf('leader.spacing', sheet);
    expect(found.map((f) => [f.cell, f.params.raw])).toEqual([['E3', '崔 赞']]);
    expect(found[0]?.suggestion).toBeUndefined();
  });

  it('is only a note where the whole report spaces its two-character names out', () => {
    const styled = findingsOf('leader.spacing', report({ rows: [{ leaders: '崔　赞' }, { leaders: '郭克华 高　晋' }, { leaders: '于海南 崔　赞' }] }));
    expect(styled.map((f) => f.severity)).toEqual(['info', 'info', 'info']);
    const mixed = findingsOf('leader.spacing', report({ rows: [{ leaders: '崔　赞' }, { leaders: '高晋' }, { leaders: '于海南 崔　赞' }, { leaders: '高　晋' }] }));
    expect(mixed.map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
  });

  it.each(['郭克华 高晋', '郭克华、高晋', '崔赞', '王伟 李强', '郭克华\u3000\u3000于海南', '崔贊晋'])('is silent on %j', (leaders) => {
    expect(findingsOf('leader.spacing', report({ rows: [{ leaders }] }))).toEqual([]);
  });
});
