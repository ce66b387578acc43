import { parseA1 } from '../core/address';
import type { CellPos, Rect } from '../office/areas';
import { chunkAddresses, rectAddress, rectangles } from '../office/areas';
import { ADDRESS_LIMIT } from './geometry';
import type { EtRange, EtWorksheet } from './om';

export type { CellPos, Rect };

/**
 * Cells as union ranges: rectangles joined by commas into addresses WPS accepts (under 255
 * characters), so one Range() call covers many cells.
 */
export function unionAddresses(cells: readonly CellPos[]): string[] {
  return chunkAddresses(rectangles(cells).map(rectAddress), ADDRESS_LIMIT - 1);
}

export function unionRanges(ws: EtWorksheet, cells: readonly CellPos[]): EtRange[] {
  return unionAddresses(cells).map((address) => ws.Range(address));
}

export function posOf(cell: string): CellPos {
  return parseA1(cell);
}

export { rectAddress, rectangles };
