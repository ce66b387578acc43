import { parseArabic, parseChineseNumeral } from '../../../src/core/quantities';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百二十', 120],
    ['一百零五', 105],
    ['三千五百', 3500],
    ['三千五百万', 35_000_000],
    ['一万二千', 12_000],
    ['十万', 100_000],
    ['零', 0],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['十四五', '三五', '二〇二三', '百', '千', '万', '亿', '一二三', '十十'])('refuses %s, which is a name or not one number', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});

describe('Arabic numbers', () => {
  it('drops thousands separators and keeps decimals', () => {
    expect(parseArabic('1,060')).toBe(1060);
    expect(parseArabic('6358.9')).toBe(6358.9);
    expect(parseArabic('1,234,567.5')).toBe(1234567.5);
  });
});
