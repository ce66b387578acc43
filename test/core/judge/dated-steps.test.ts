import { report } from '../../helpers/grid';
import { findingsOf } from '../../helpers/findings';

function overdue(month: number, row: { annual?: string; month: string; progress: string }) {
  return findingsOf('overdue.deadline', report({ month, rows: [{ annual: row.annual ?? '推进重点项目建设', month: row.month, progress: row.progress }] }));
}

describe('deadlines in the month target', () => {
  it('counts a deadline in the month-target column that has passed', () => {
    const [f, ...rest] = overdue(9, { month: '8月底前完成征地拆迁', progress: '部分完成。征地拆迁完成80%。' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ cell: 'C3', light: 'red', params: { deadline: '8月底前' } });
  });

  it('leaves the month-end deadline of the report month to overdue.month', () => {
    expect(overdue(9, { month: '9月底前完成征地拆迁', progress: '部分完成。征地拆迁完成80%。' })).toEqual([]);
  });
});

describe('a dated step reported done in other words', () => {
  it.each([
    [7, '5月底前完成可研批复', '部分完成。5月20日取得可研批复，正在开展初步设计。'],
    [9, '7月15日前开工3个项目', '部分完成。3个项目均已开工，正在进行基础施工。'],
    [11, '二季度末完成土地征收', '部分完成。土地征收已全部完成，厂房基础施工中。'],
    [10, '8月中旬完成设备招标', '未完成。8月12日完成设备招标。设备尚未到货。'],
  ])('in month %i, %j is met', (month, target, progress) => {
    expect(overdue(month, { month: target, progress })).toEqual([]);
  });

  it.each([
    [9, '7月15日前开工3个项目', '部分完成。已开工2个项目，另1个正在办理施工许可。'],
    [8, '6月底前完成可研批复', '部分完成。可研报告计划10月取得批复。'],
    [12, '10月底前完成管网改造', '部分完成。管网改造完成70%。'],
  ])('in month %i, %j is still owed', (month, target, progress) => {
    expect(overdue(month, { month: target, progress })).toHaveLength(1);
  });
});
