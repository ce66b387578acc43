/**
 * Folds full-width digits, letters and signs to ASCII one character for one, so offsets into the
 * folded text are offsets into the original and quoted spans stay exact.
 */
export function foldWidth(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e && !KEEP_WIDE.has(c)) {
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
    } else if (c === 0x3000) {
      out += ' ';
      changed = true;
    } else {
      out += text[i];
    }
  }
  return changed ? out : text;
}

/** Chinese punctuation that carries clause structure is kept wide: ，；：（）！？ */
const KEEP_WIDE = new Set([0xff0c, 0xff1b, 0xff1a, 0xff08, 0xff09, 0xff01, 0xff1f]);
