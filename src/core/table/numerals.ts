const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

export const CHINESE_NUMERAL = '[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]';

/** Value of a Chinese numeral such as 一, 十二, 二十三, 一百零五; null when it is not one. */
export function chineseNumber(text: string): number | null {
  if (!text) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null;
      digit = d;
      continue;
    }
    const u = UNITS[ch];
    if (u === undefined) return null;
    total += (digit ?? 1) * u;
    digit = null;
  }
  total += digit ?? 0;
  return total;
}

/** A month number from digits or a Chinese numeral; null unless 1–12. */
export function monthNumber(text: string): number | null {
  const n = /^\d+$/.test(text) ? Number(text) : chineseNumber(text);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}
