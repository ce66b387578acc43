import { parseA1 } from '../core/address';
import type { MergeArea } from '../core/snapshot';

/** VBA's Range() takes addresses of at most 255 characters. */
export const ADDRESS_LIMIT = 255;

/** "$A$1:$F$20" (or one cell) → 0-based rectangle. */
export function parseUsed(address: string): MergeArea {
  const first = address.split(',')[0] ?? address;
  const [a, b] = first.split(':');
  const start = parseA1(a ?? 'A1');
  const end = b ? parseA1(b) : start;
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}
