import { report } from '../../helpers/grid';
import { findingsOf } from '../../helpers/findings';
import { check, exitCode } from '../../../src/core';

describe('overdue.schedule', () => {
  it('lights yellow more than 10 points behind 序时进度 and names both figures', () => {
    const sheet = report({ rows: [{ annual: '新增绿化造林2000亩。', progress: '部分完成。截至9月底，已完成新增绿化造林1200亩。' }] });
    const found = findingsOf('overdue.schedule', sheet);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect([f?.light, f?.kind, f?.params.actual, f?.params.expected]).toEqual(['yellow', 'progress', 60, 75]);
    expect(f?.message).toContain('1200亩');
    expect(f?.message).toContain('2000亩');
    expect(f?.evidence?.target).toEqual(expect.objectContaining({ value: 2000, unit: '亩' }));
    expect(exitCode([check({ sheets: [sheet] })])).toBe(0);
  });

  it('lights red more than 30 points behind', () => {
    const found = findingsOf('overdue.schedule', report({ rows: [{ annual: '力争新增“四上”企业100家。', progress: '完成。1-9月份，全区共新增四上单位25家。' }] }));
    expect(found.map((f) => [f.light, f.params.actual])).toEqual([['red', 25]]);
  });

  it('reads a stated share of the annual task', () => {
    const found = findingsOf('overdue.schedule', report({ rows: [{ progress: '完成。生态工业园区创建已完成年度任务50%。' }] }));
    expect(found.map((f) => [f.light, f.params.actual])).toEqual([['yellow', 50]]);
  });

  it('is silent within 10 points, ahead of schedule, and on growth rates', () => {
    const rows = [
      { annual: '新增市场主体1万户以上。', progress: '完成。截至9月底，新增市场主体7601户。' },
      { annual: '新引进大学生4500人。', progress: '完成。累计引进大学生3695人。' },
      { annual: '营业收入增长10%以上。', progress: '未完成。1-8月份营业收入同比增速1.2%。' },
      { progress: '完成。完成年度创建任务的72%。' },
      { annual: '改建8处村卫生室。', progress: '完成。8处中心村卫生室已完成建设。' },
    ];
    expect(findingsOf('overdue.schedule', report({ rows }))).toEqual([]);
  });

  it('follows the locality\'s thresholds', () => {
    const sheet = report({ rows: [{ annual: '新增市场主体1万户以上。', progress: '完成。截至9月底，新增市场主体7000户。' }] });
    expect(findingsOf('overdue.schedule', sheet)).toEqual([]);
    const strict = findingsOf('overdue.schedule', sheet, { schedule: { yellowBelow: 3, redBelow: 4 } });
    expect(strict.map((f) => f.light)).toEqual(['red']);
    const yellow = findingsOf('overdue.schedule', sheet, { schedule: { yellowBelow: 3 } });
    expect(yellow.map((f) => f.light)).toEqual(['yellow']);
  });

  it('uses the report month', () => {
    const rows = [{ annual: '新增绿化造林2000亩。', progress: '完成。累计完成新增绿化造林1200亩。' }];
    expect(findingsOf('overdue.schedule', report({ month: 6, rows }))).toEqual([]);
    expect(findingsOf('overdue.schedule', report({ month: 12, rows })).map((f) => f.light)).toEqual(['red']);
  });
});
