import { check, exitCode } from '../../src/core';
import { grid, report, workbook } from '../helpers/grid';

describe('exitCode', () => {
  const clean = check(workbook(report({ rows: [{}, {}] })));
  const late = check(workbook(report({ rows: [{ progress: '未完成。资金未到位。' }] })));
  const warned = check(workbook(report({ rows: [{ progress: '基本完成。' }] })));
  const broken = check(workbook(report({ rows: [{ seq: 1 }, { seq: 1 }] })));
  const missing = check(workbook(grid([['姓名']])));

  it('is 0 for a clean report, late work, and warnings', () => {
    expect(clean.findings).toEqual([]);
    expect(exitCode([clean])).toBe(0);
    expect(late.findings.map((f) => f.rule)).toEqual(['overdue.month']);
    expect(exitCode([late])).toBe(0);
    expect(warned.findings.some((f) => f.severity === 'warning')).toBe(true);
    expect(exitCode([warned])).toBe(0);
  });

  it('is 1 when any report has a data error', () => {
    expect(exitCode([broken])).toBe(1);
    expect(exitCode([clean, broken])).toBe(1);
  });

  it('is 2 when any report has no table, whatever else there is', () => {
    expect(exitCode([missing])).toBe(2);
    expect(exitCode([broken, missing])).toBe(2);
  });

  it('is 0 for no reports at all', () => {
    expect(exitCode([])).toBe(0);
  });
});
