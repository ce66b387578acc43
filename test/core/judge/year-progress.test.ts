import { report } from '../../helpers/grid';
import { findingsOf } from '../../helpers/findings';

function lights(month: number, progress: string, annual = '完成年度建设任务') {
  return findingsOf('overdue.schedule', report({ month, rows: [{ annual, month: '加快项目建设', progress }] }));
}

describe('progress stated as a share of the task', () => {
  it.each([
    [9, '完成。二号泵站已完成工程进度58%。', 58, 'yellow'],
    [6, '部分完成。项目形象进度达到30%。', 30, 'yellow'],
    [10, '完成。完成年度任务的41%，剩余路段正在施工。', 41, 'red'],
    [11, '完成。年度计划完成率为70%。', 70, 'yellow'],
    [8, '完成。完成投资计划的50%。', 50, 'yellow'],
  ])('lights month %i on %j', (month, progress, actual, light) => {
    const [f, ...rest] = lights(month, progress);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ light, params: { actual } });
  });

  it.each([
    [9, '完成。二号泵站已完成工程进度80%。'],
    [3, '完成。项目形象进度达到20%。'],
    [6, '完成。完成年度任务的52%。'],
    // A growth rate and a bare rate after an amount are not shares of the year's task.
    [9, '完成。工业投资同比增长12%。'],
    [9, '完成。完成投资5.2亿元，完成率58%。'],
  ])('is silent in month %i on %j', (month, progress) => {
    expect(lights(month, progress)).toEqual([]);
  });
});

describe('no figure this month, a figure for the year', () => {
  const annual = '全年新增城镇就业6000人';
  const row = (progress: string) => ({ annual, month: '做好年度就业统计工作', progress });

  it('judges a December total against the annual target', () => {
    const [f, ...rest] = findingsOf('status.mismatch', report({ month: 12, rows: [row('完成。全年累计新增城镇就业5200人。')] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ cell: 'D3', severity: 'error', params: { target: '6000人', actual: '5200人' } });
  });

  it('is silent in December when the year is met, and in other months', () => {
    expect(findingsOf('status.mismatch', report({ month: 12, rows: [row('完成。全年累计新增城镇就业6300人。')] }))).toEqual([]);
    expect(findingsOf('status.mismatch', report({ month: 9, rows: [row('完成。1-9月累计新增城镇就业3000人。')] }))).toEqual([]);
    // The month's own figure is no total for the year.
    expect(findingsOf('status.mismatch', report({ month: 12, rows: [row('完成。12月新增城镇就业520人。')] }))).toEqual([]);
  });

  it('uses the running total for 序时进度 in any month', () => {
    const [f] = findingsOf('overdue.schedule', report({ month: 9, rows: [row('完成。1-9月累计新增城镇就业3000人。')] }));
    expect(f).toMatchObject({ light: 'yellow', params: { actual: 50, expected: 75 } });
  });
});
