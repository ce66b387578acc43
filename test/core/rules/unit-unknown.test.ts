import { findingsOf } from '../../helpers/findings';
import { report } from '../../helpers/grid';

const roster = { leaders: ['郭克华'], units: ['区发改局', '区财政局', '区行政审批服务局'], source: '名单' };

describe('unit.unknown', () => {
  it('fires on units not on the roster, all of a cell in one finding', () => {
    const found = findingsOf('unit.unknown', report({ rows: [{ units: '区发改局（牵头） 区商务局 区统计局' }] }), { roster });
    expect(found.map((f) => [f.cell, f.severity, f.params])).toEqual([['F3', 'warning', { name: '区商务局', roster: '名单', more: ['区统计局'] }]]);
  });

  it('knows units however they are written: spaces, markers, script', () => {
    const sheet = report({ rows: [{ units: '区行政审批 服务局 (牵头) 區財政局' }] });
    expect(findingsOf('unit.unknown', sheet, { roster })).toEqual([]);
  });

  it('is silent without a roster, and with a roster that lists no units', () => {
    expect(findingsOf('unit.unknown', report({ rows: [{ units: '区商务局' }] }))).toEqual([]);
    expect(findingsOf('unit.unknown', report({ rows: [{ units: '区商务局' }] }), { roster: { ...roster, units: [] } })).toEqual([]);
  });
});
