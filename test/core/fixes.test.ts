import { changesPerson, defaultFixes } from '../../src/core/fixes';
import type { Finding } from '../../src/core/findings';

const fix = (rule: Finding['rule'], from: string, to: string) => ({ rule, from, to });

describe('changesPerson', () => {
  it('is true when a name fix changes a character: it may be another person', () => {
    expect(changesPerson(fix('leader.variant', '崔燮', '崔赞'))).toBe(true);
    expect(changesPerson(fix('leader.variant', '郭克华 崔燮', '郭克华 崔赞'))).toBe(true);
  });

  it('is false for spacing, width and traditional script, and for fixes that are not about names', () => {
    expect(changesPerson(fix('leader.spacing', '崔 赞', '崔赞'))).toBe(false);
    expect(changesPerson(fix('leader.variant', '崔贊', '崔赞'))).toBe(false);
    expect(changesPerson(fix('leader.variant', '郭克华　崔贊', '郭克华 崔赞'))).toBe(false);
    expect(changesPerson(fix('unit.split', '区行政审批 服务局', '区行政审批服务局'))).toBe(false);
    expect(changesPerson(fix('status.nonstandard', '已完成', '完成'))).toBe(false);
  });
});

describe('defaultFixes', () => {
  it('leaves out the fixes that would make a name another', () => {
    const finding = (cell: string, from: string, to: string): Finding =>
      ({ rule: 'leader.variant', severity: 'warning', kind: 'data', sheet: '9月', cell, seq: 1, message: '', params: {}, suggestion: { cell, from, to } }) as unknown as Finding;
    const fixes = defaultFixes({ findings: [finding('E3', '崔贊', '崔赞'), finding('E4', '崔燮', '崔赞')] });
    expect(fixes.map((f) => f.cell)).toEqual(['E3']);
  });
});
