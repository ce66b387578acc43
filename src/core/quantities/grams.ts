/**
 * Character bigrams as numbers (two UTF-16 units packed), sorted and unique, so two phrases
 * compare in one linear merge with no allocation beyond the arrays themselves.
 */
export function bigrams(text: string): Uint32Array {
  const buf = scratch.length >= text.length ? scratch : (scratch = new Uint32Array(text.length * 2));
  let n = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      prev = -1;
      continue;
    }
    if (prev >= 0) buf[n++] = prev * 65536 + c;
    prev = c;
  }
  if (n === 0) {
    // A one-character phrase (人, 亩) still needs something to compare.
    for (let i = 0; i < text.length; i++) if (isWordChar(text.charCodeAt(i))) buf[n++] = text.charCodeAt(i);
    return buf.slice(0, n);
  }
  // Sorted and deduplicated in the scratch buffer, so only the result is allocated. Most phrases
  // are short, and insertion sort beats a typed array's sort on a few dozen entries.
  if (n > INSERTION_MAX) buf.subarray(0, n).sort();
  else insertionSort(buf, n);
  let w = 1;
  for (let r = 1; r < n; r++) if (buf[r] !== buf[w - 1]) buf[w++] = buf[r] as number;
  return buf.slice(0, w);
}

let scratch = new Uint32Array(256);
const INSERTION_MAX = 48;

function insertionSort(buf: Uint32Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const v = buf[i] as number;
    let j = i - 1;
    while (j >= 0 && (buf[j] as number) > v) {
      buf[j + 1] = buf[j] as number;
      j--;
    }
    buf[j + 1] = v;
  }
}

/** Dice coefficient of two sorted unique bigram arrays: 1 for the same phrase, 0 for nothing shared. */
export function dice(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

function isWordChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Bigrams of words that say nothing of what is measured: 新增, 完成, 累计… */
const GENERIC = new Set(['新增', '完成', '累计', '实现', '年度', '全年', '开展', '推进', '建设', '项目', '工作', '任务'].map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)));

/** Whether two sorted bigram arrays share a bigram that names something (外资), not only a generic verb (新增). */
export function shareContent(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      if (!GENERIC.has(x)) return true;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return false;
}
