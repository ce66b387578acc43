import { report } from '../../helpers/grid';
import { findingsOf } from '../../helpers/findings';
import { check, exitCode } from '../../../src/core';

describe('overdue.month', () => {
  it('lights 未完成 red and 部分完成 yellow, as progress findings', () => {
    const sheet = report({ rows: [{ progress: '未完成。资金未到位。' }, { progress: '部分完成。已开工。' }, { progress: '基本完成。' }] });
    const found = findingsOf('overdue.month', sheet);
    expect(found.map((f) => [f.cell, f.light, f.severity, f.kind, f.params.status])).toEqual([
      ['D3', 'red', 'warning', 'progress', '未完成'],
      ['D4', 'yellow', 'info', 'progress', '部分完成'],
      ['D5', 'yellow', 'info', 'progress', '部分完成'],
    ]);
  });

  it('never makes the check fail', () => {
    const r = check({ sheets: [report({ rows: [{ progress: '未完成。资金未到位。' }] })] });
    expect(r.findings.some((f) => f.rule === 'overdue.month')).toBe(true);
    expect(exitCode([r])).toBe(0);
  });

  it.each(['完成。好', '已完成。', '', '截至9月底，无进展。'])('is silent on %j', (progress) => {
    expect(findingsOf('overdue.month', report({ rows: [{ progress }] }))).toEqual([]);
  });
});
