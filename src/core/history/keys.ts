/**
 * Texts compared across months are compared as keys: full-width forms folded (NFKC), letters in
 * lower case, and every space, line break and punctuation mark dropped, so 推进“放管服”改革。 and
 * 推进 放管服 改革 are one text.
 */
export function textKey(text: string): string {
  const plain = plainKey(text);
  return plain ?? text.normalize('NFKC').toLowerCase().replace(NOT_WORD, '');
}

/**
 * The key of a text made only of ASCII, common Chinese characters, CJK punctuation and full-width
 * forms, in one pass without NFKC (which costs more than the rest of matching); null for any other
 * text, which takes the general way. The two ways give the same key.
 */
function plainKey(text: string): string | null {
  let out = '';
  let start = 0;
  let dropped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let keep: number;
    if (c >= 0x4e00 && c <= 0x9fff) keep = c;
    else if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) keep = c;
    else if (c >= 0x41 && c <= 0x5a) keep = c + 32;
    else if (c >= 0xff10 && c <= 0xff19) keep = c - 0xfee0;
    else if (c >= 0xff21 && c <= 0xff3a) keep = c - 0xfee0 + 32;
    else if (c >= 0xff41 && c <= 0xff5a) keep = c - 0xfee0;
    else if (c < 0x80 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x3003) || (c >= 0x3008 && c <= 0x301f) || (c >= 0xff01 && c <= 0xff5e)) keep = -1;
    else return null;
    if (keep === c) continue;
    // A run of characters kept as they are is copied in one slice.
    out += text.slice(start, i);
    if (keep >= 0) out += String.fromCharCode(keep);
    start = i + 1;
    dropped = true;
  }
  return dropped ? out + text.slice(start) : text;
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
