const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * Reads a Chinese numeral (二十, 一百二十, 三千五百万, 两). Returns null for runs that are not one
 * number, such as 十四五 or 三五, so names and idioms made of numerals are not read as figures.
 */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && !(digit === 0 || d === 0)) return null;
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      if (digit === null) {
        // 十 may open a number (十五); 百 and 千 need a digit before them.
        if (small !== 10 || section !== 0 || i !== 0) return null;
        digit = 1;
      }
      if (digit === 0) return null;
      section += digit * small;
      digit = null;
      lastSmall = small;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      if (big >= lastBig) return null;
      if (digit !== null) section += digit;
      if (section === 0) return null;
      total += section * big;
      section = 0;
      digit = null;
      lastSmall = Infinity;
      lastBig = big;
      continue;
    }
    return null;
  }
  if (digit !== null) {
    // A trailing digit after a unit (三千五) reads as the next place down only in speech; in reports
    // it is rare enough that refusing it is safer than guessing.
    if (lastSmall !== Infinity && lastSmall > 10 && s.length > 2 && DIGITS[s[s.length - 2] as string] === undefined) return null;
    section += digit;
  }
  const value = total + section;
  if (value === 0 && !/^[零〇]$/.test(s)) return null;
  return value;
}

/** Reads an Arabic number with optional thousands separators: 1,060 → 1060; 6358.9 → 6358.9. */
export function parseArabic(s: string): number {
  return Number(s.includes(',') ? s.replace(/,/g, '') : s);
}
