import { findDeadlines, formatDate, hasPassed } from '../../../src/core/judge';

function first(text: string) {
  const d = findDeadlines(text)[0];
  if (d === undefined) throw new Error(`no deadline in ${text}`);
  return d;
}

describe('deadlines in targets', () => {
  it.each([
    ['9月28日前上报审查', '9月28日前', 9, 28],
    ['6月底前建成投用', '6月底前', 6, 30],
    ['2月底前完成', '2月底前', 2, 28],
    ['8月中旬完成招标', '8月中旬', 8, 20],
    ['7月上旬前开工', '7月上旬前', 7, 10],
    ['年底前全部完成', '年底前', 12, 31],
    ['三季度末建成', '三季度末', 9, 30],
    ['二季度末前完成验收', '二季度末前', 6, 30],
    ['上半年开工建设', '上半年', 6, 30],
    ['十月底前完成', '十月底前', 10, 31],
    ['10月前完成主体', '10月前', 10, 31],
  ])('%s → %s (%d月%d日)', (text, written, month, day) => {
    const d = first(text);
    expect(d.text).toBe(written);
    expect([d.month, d.day]).toEqual([month, day]);
  });

  it('takes 2月底 as the 29th when the report falls in a leap year', () => {
    const d = first('2月底前完成供暖管网改造');
    expect(formatDate(d, 2024)).toBe('2024年2月29日');
    expect(formatDate(d, 2023)).toBe('2023年2月28日');
    // February's own report: 2月底 is this month's target, not a deadline already passed.
    expect(hasPassed(d, 2024, 2)).toBe(false);
    expect(hasPassed(d, 2024, 3)).toBe(true);
  });

  it('reads an explicit year', () => {
    const d = first('2024年6月底前建成');
    expect(d.year).toBe(2024);
    expect(formatDate(d, 2023)).toBe('2024年6月30日');
  });

  it.each([
    ['截至9月底，新增市场主体7601户', 'a point of reference'],
    ['1-8月份营业收入增长1.2%', 'a period'],
    ['拟定9月12日至16日举办齐文化节', 'the dates of an event'],
    ['调度三季度对外投资金额', 'a quarter without 末'],
    ['9月份完成招标', 'the month itself'],
    ['调度上半年经济运行数据', 'a period'],
  ])('finds none in %s (%s)', (text) => {
    expect(findDeadlines(text)).toEqual([]);
  });

  it('has passed only when due before the end of the report month', () => {
    expect(hasPassed(first('9月28日前上报'), 2023, 9)).toBe(true);
    expect(hasPassed(first('8月中旬完成'), 2023, 9)).toBe(true);
    expect(hasPassed(first('6月底前建成'), 2023, 9)).toBe(true);
    expect(hasPassed(first('9月底前完成'), 2023, 9)).toBe(false);
    expect(hasPassed(first('10月15日前完成'), 2023, 9)).toBe(false);
    expect(hasPassed(first('三季度末建成'), 2023, 9)).toBe(false);
    expect(hasPassed(first('年底前完成'), 2023, 12)).toBe(false);
    expect(hasPassed(first('上半年开工'), 2023, 7)).toBe(true);
    expect(hasPassed(first('2024年6月底前建成'), 2023, 9)).toBe(false);
    expect(hasPassed(first('2022年底前建成'), 2023, 3)).toBe(true);
  });

  it('compares within the year when the report year is unknown', () => {
    expect(hasPassed(first('6月底前建成'), null, 9)).toBe(true);
    expect(hasPassed(first('2024年6月底前建成'), null, 9)).toBe(false);
  });
});
