/**
 * Texts compared across months are compared as keys: full-width forms folded (NFKC), letters in
 * lower case, and every space, line break and punctuation mark dropped, so 推进“放管服”改革。 and
 * 推进 放管服 改革 are one text.
 */
export function textKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_WORD, '');
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

const CN = '[〇零一二三四五六七八九十]';
/**
 * Dates and periods a text restates each month: 2023年, 9月, 9月28日, 1-9月份, 截至9月底, 三季度, 上旬.
 * Dropping them leaves what a text says beyond the date: 截至8月底累计造林1.35万亩 and
 * 截至9月底累计造林1.35万亩 say the same.
 */
const DATES = new RegExp(
  [
    `(?:\\d{2,4}|${CN}{2,4})\\s*年(?:度)?`,
    `(?:\\d{1,2}|${CN}{1,3})\\s*[-—–~～至到]\\s*(?:\\d{1,2}|${CN}{1,3})\\s*月份?`,
    `(?:\\d{1,2}|${CN}{1,3})\\s*月份?(?:\\s*(?:\\d{1,2}|${CN}{1,3})\\s*[日号])?(?:底|末|初|中旬|上旬|下旬|中)?`,
    `(?:\\d{1,2}|${CN}{1,3})\\s*[日号]`,
    `[一二三四1-4]\\s*季度`,
  ].join('|'),
  'g',
);

/** The key of a text with its dates and periods left out. */
export function datelessKey(text: string): string {
  return textKey(text.normalize('NFKC').replace(DATES, ' '));
}
