import type { CellValue } from '../snapshot';
import { CHINESE_NUMERAL, chineseNumber } from './numerals';
import { cellText } from './text';

export interface SeqReading {
  /** The number the 序号 stands for, or null when none can be read. */
  seq: number | null;
  /** As written. */
  text: string;
  /** True when written as a plain Arabic integer. */
  standard: boolean;
}

const PLAIN = /^\d{1,6}$/;
/** "1." "1、" "(1)" "（1）" "第1项" "1号" "No.1": a number dressed up, still unambiguous. */
const DRESSED = new RegExp(
  `^(?:第|No\\.?|NO\\.?|#)?[(（【[]?\\s*(\\d{1,6}|${CHINESE_NUMERAL}{1,6})\\s*[)）】\\]]?\\s*(?:[.．、,，:：]|项|号|条)?$`,
);

export function readSeq(value: CellValue): SeqReading {
  if (typeof value === 'number') {
    const ok = Number.isInteger(value) && value > 0 && value < 1e6;
    return { seq: ok ? value : null, text: cellText(value), standard: ok };
  }
  const text = cellText(value);
  const t = text.normalize('NFKC').trim();
  if (PLAIN.test(t)) {
    const n = Number(t);
    return { seq: n > 0 ? n : null, text, standard: n > 0 && t === text };
  }
  const m = DRESSED.exec(t);
  if (m?.[1] !== undefined) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : chineseNumber(m[1]);
    if (n !== null && n > 0) return { seq: n, text, standard: false };
  }
  return { seq: null, text, standard: false };
}
