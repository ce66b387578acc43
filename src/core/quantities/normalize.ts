/**
 * Folds full-width digits, letters and signs to ASCII one character for one, so offsets into the
 * folded text are offsets into the original and quoted spans stay exact.
 */
export function foldWidth(text: string): string {
  if (!WIDE.test(text)) return text;
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

// Full-width forms to fold, leaving out the kept punctuation so most texts skip the copy.
const WIDE = /[\uff02-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e\u3000]/;

/** Chinese punctuation that carries clause structure is kept wide: ，；：（）！？ */
const KEEP_WIDE = new Set([0xff0c, 0xff1b, 0xff1a, 0xff08, 0xff09, 0xff01, 0xff1f]);
