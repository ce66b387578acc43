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

const LINE_END = /[。；;！？!?：:，,]\s*$/;

/**
 * A task written over several rows comes joined by line breaks, often in mid-sentence
 * (累计争取上级资金\n26.97亿元). A break that does not follow an ending mark is read as a space;
 * one character for one, so offsets hold.
 */
export function joinWrappedLines(text: string): string {
  if (!text.includes('\n')) return text;
  let out = '';
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    const before = text.slice(Math.max(0, at - 3), at);
    out += text.slice(from, at) + (LINE_END.test(before) || startsPoint(text, at + 1) ? '\n' : ' ');
    from = at + 1;
  }
  return out + text.slice(from);
}

/** 1. 2、 （3） 一、 at pos: a new point begins, so a line break before it is a real break. */
function startsPoint(text: string, pos: number): boolean {
  return /^\s*(?:\d{1,2}[.、](?!\d)|[（(][\d一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)/.test(text.slice(pos, pos + 6));
}
