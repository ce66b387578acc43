import { findingsOf } from '../../helpers/findings';
import { report } from '../../helpers/grid';

const rows = (...cells: [string, number][]) => cells.flatMap(([leaders, times]) => Array.from({ length: times }, () => ({ leaders })));

describe('leader.merged', () => {
  it('fires on a known name run into the end of another, naming the likely pair, with no fix', () => {
    const found = findingsOf('leader.merged', report({ rows: rows(['崔赞', 4], ['高晋', 4], ['崔贊晋', 1]) }));
    expect(found.map((f) => [f.cell, f.seq, f.severity])).toEqual([['E11', 9, 'warning']]);
    expect(found[0]?.params).toEqual({ raw: '崔贊晋', parts: ['崔赞', '晋'], likely: ['崔赞', '高晋'] });
    expect(found[0]?.suggestion).toBeUndefined();
    expect(found[0]?.message).toContain('可能是“崔赞”和“高晋”');
  });

  it('fires on roster names run together', () => {
    const roster = { leaders: ['郭克华', '高晋'], units: [], source: '名单' };
    const found = findingsOf('leader.merged', report({ rows: [{ leaders: '于海南 郭克华高晋' }] }), { roster });
    expect(found.map((f) => f.params)).toEqual([{ raw: '郭克华高晋', parts: ['郭克华', '高晋'], likely: ['郭克华', '高晋'] }]);
  });

  it.each([
    ['ordinary names', rows(['郭克华 高晋', 3], ['于海南', 2])],
    ['a name seen once next to names seen once', rows(['崔赞', 1], ['高晋', 1], ['崔赞高晋', 1])],
    ['a frequent three-character name that starts like another', rows(['王伟', 20], ['李东', 5], ['王伟东', 10])],
  ])('is silent on %s', (_label, r) => {
    expect(findingsOf('leader.merged', report({ rows: r }))).toEqual([]);
  });
});
