import { monthIn, yearIn } from '../../../src/core/table/month';
import { chineseNumber } from '../../../src/core/table/numerals';
import { readSeq } from '../../../src/core/table/seq';

describe('monthIn', () => {
  it.each([
    ['2023年《政府工作报告》重点工作9月份完成情况通报表', 9],
    ['2024年重点工作十月份完成情况通报', 10],
    ['某县2024年11月重点工作推进情况', 11],
    ['重点工作1-9月完成情况', 9],
    ['重点工作1至8月份完成情况', 8],
    ['9月', 9],
    ['9月份通报', 9],
    ['十二月份', 12],
    ['2023.09', 9],
    ['2024-3', 3],
    ['２０２３年９月', 9],
    ['2023年9月份重点工作完成情况（截至10月8日）', 9],
  ])('reads the month in %j', (text, month) => {
    expect(monthIn(text)).toBe(month);
  });

  it.each(['Sheet1', '名单', '2023年重点工作完成情况通报表', '13月', '', null, '重点工作推进情况（截至10月8日）'])('finds no month in %j', (text) => {
    expect(monthIn(text)).toBeNull();
  });

  it('reads the year', () => {
    expect(yearIn('2023年《政府工作报告》重点工作9月份完成情况通报表')).toBe(2023);
    expect(yearIn('重点工作9月份完成情况')).toBeNull();
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十三', 23],
    ['一百零五', 105],
  ])('%s is %d', (text, n) => {
    expect(chineseNumber(text)).toBe(n);
  });

  it('rejects text that is no numeral', () => {
    expect(chineseNumber('一二')).toBeNull();
    expect(chineseNumber('经济')).toBeNull();
  });
});

describe('readSeq', () => {
  it.each([
    [1, 1, true],
    ['12', 12, true],
    ['1.', 1, false],
    ['1、', 1, false],
    ['（1）', 1, false],
    ['(3)', 3, false],
    ['一', 1, false],
    ['十二', 12, false],
    ['第5项', 5, false],
    ['１', 1, false],
    [' 7 ', 7, false],
  ])('reads %j as %d', (value, seq, standard) => {
    const r = readSeq(value);
    expect(r.seq).toBe(seq);
    expect(r.standard).toBe(standard);
  });

  it.each([['#N/A'], ['一、经济发展'], ['备注'], [1.5], [0], [-2], [null], ['']])('reads no number from %j', (value) => {
    expect(readSeq(value).seq).toBeNull();
  });
});
