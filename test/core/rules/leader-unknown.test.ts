import { findingsOf } from '../../helpers/findings';
import { grid, report } from '../../helpers/grid';
import { check } from '../../../src/core';

const roster = { leaders: ['郭克华', '高晋', '崔赞'], units: [], source: 'roster.csv' };

describe('leader.unknown', () => {
  it('fires on names not on the roster, all of a cell in one finding', () => {
    const found = findingsOf('leader.unknown', report({ rows: [{ leaders: '郭克华 张三 李四' }] }), { roster });
    expect(found.map((f) => [f.cell, f.severity, f.params])).toEqual([
      ['E3', 'warning', { name: '张三', roster: 'roster.csv', more: ['李四'] }],
    ]);
    expect(found[0]?.message).toContain('roster.csv');
  });

  it('uses a 名单 sheet in the workbook', () => {
    const names = grid([['分管领导'], ['郭克华']], { name: '名单' });
    const r = check({ sheets: [report({ rows: [{ leaders: '郭克华 王五' }] }), names] });
    expect(r.findings.filter((f) => f.rule === 'leader.unknown').map((f) => f.params)).toEqual([{ name: '王五', roster: '名单' }]);
  });

  it('is silent without a roster', () => {
    expect(findingsOf('leader.unknown', report({ rows: [{ leaders: '张三' }] }))).toEqual([]);
  });

  it('is silent on names on the roster, mapped to it or run together from it', () => {
    const sheet = report({ rows: [{ leaders: '郭克华 高晋' }, { leaders: '崔赟' }, { leaders: '郭克华高晋' }, { leaders: '崔 赞' }] });
    expect(findingsOf('leader.unknown', sheet, { roster })).toEqual([]);
  });
});
