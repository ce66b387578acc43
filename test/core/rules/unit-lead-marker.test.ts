import { findingsOf } from '../../helpers/findings';
import { report } from '../../helpers/grid';

describe('unit.lead-marker', () => {
  it.each([
    ['区统计局 (牵头) 区发改局', '(牵头)', '区统计局（牵头） 区发改局'],
    ['区统计局[牵头] 区发改局', '[牵头]', '区统计局（牵头） 区发改局'],
    ['区统计局【牵头】 区发改局', '【牵头】', '区统计局（牵头） 区发改局'],
    ['区统计局 牵头 区发改局', '牵头', '区统计局（牵头） 区发改局'],
    ['区统计局牵头', '牵头', '区统计局（牵头）'],
  ])('fires on %j and rewrites it to the standard （牵头）', (units, marker, to) => {
    const found = findingsOf('unit.lead-marker', report({ rows: [{ units }] }));
    expect(found.map((f) => [f.cell, f.severity, f.params])).toEqual([['F3', 'info', { marker }]]);
    expect(found[0]?.suggestion).toEqual({ cell: 'F3', from: units, to });
  });

  it('lists different markers of one cell once each', () => {
    const found = findingsOf('unit.lead-marker', report({ rows: [{ units: '区发改局(牵头) 区财政局[牵头] 区统计局(牵头)' }] }));
    expect(found.map((f) => f.params)).toEqual([{ marker: '(牵头)', more: ['[牵头]'] }]);
    expect(found[0]?.suggestion?.to).toBe('区发改局（牵头） 区财政局（牵头） 区统计局（牵头）');
  });

  it.each(['区发改局（牵头） 区财政局', '区发改局 区财政局', '牵头单位：区发改局 配合单位：区财政局'])('is silent on %j', (units) => {
    expect(findingsOf('unit.lead-marker', report({ rows: [{ units }] }))).toEqual([]);
  });
});
