import type { CellPos } from './ranges';
import { rectAddress, rectangles } from './ranges';
import { chunkAddresses } from '../office/areas';
import { bgrFromHex, hexFromBgr } from './colors';
import { ADDRESS_LIMIT } from './geometry';
import type { EtRange, EtWorksheet } from './om';
import { XL } from './om';
import type { Rect } from './ranges';
import { toA1 } from '../core/address';

/** The part of a cell's look a mark changes: fill ("#RRGGBB" or none), font colour and bold. */
export interface CellLook {
  fill: string | null;
  fontColor: string;
  bold: boolean;
}

export function lookKey(look: CellLook): string {
  return `${look.fill ?? ''}|${look.fontColor}|${look.bold ? 1 : 0}`;
}

/** The look of a range when every cell shares it; null when they differ. */
function uniformLook(range: EtRange): CellLook | null {
  const interior = range.Interior;
  const pattern = interior.Pattern;
  if (pattern === null) return null;
  const color = pattern === XL.none ? null : interior.Color;
  if (pattern !== XL.none && color === null) return null;
  const font = range.Font;
  const fontColor = font.Color;
  if (fontColor === null) return null;
  const bold = font.Bold;
  if (bold === null) return null;
  return { fill: color === null ? null : hexFromBgr(color), fontColor: hexFromBgr(fontColor), bold };
}

function cellsOf(rects: readonly Rect[]): string[] {
  const out: string[] = [];
  for (const r of rects) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(toA1(row, col));
  return out;
}

/** Two halves of a list of rectangles; a single rectangle is cut along its longer side. */
function halves(rects: readonly Rect[]): [Rect[], Rect[]] {
  if (rects.length > 1) {
    const mid = Math.ceil(rects.length / 2);
    return [rects.slice(0, mid), rects.slice(mid)];
  }
  const r = rects[0];
  if (!r) return [[], []];
  if (r.bottom > r.top) {
    const mid = Math.floor((r.top + r.bottom) / 2);
    return [[{ ...r, bottom: mid }], [{ ...r, top: mid + 1 }]];
  }
  const mid = Math.floor((r.left + r.right) / 2);
  return [[{ ...r, right: mid }], [{ ...r, left: mid + 1 }]];
}

/**
 * The looks of many cells in few calls: a union range whose cells all look alike answers for all of
 * them at once; only a range whose cells differ is split in two and asked again.
 */
export function readLooks(ws: EtWorksheet, cells: readonly CellPos[]): Map<string, CellLook> {
  const out = new Map<string, CellLook>();
  const probe = (rects: Rect[]): void => {
    if (rects.length === 0) return;
    const addresses = chunkAddresses(rects.map(rectAddress), ADDRESS_LIMIT - 1);
    if (addresses.length > 1) {
      const [a, b] = halves(rects);
      probe(a);
      probe(b);
      return;
    }
    const look = uniformLook(ws.Range(addresses[0] ?? ''));
    const single = rects.length === 1 && rects[0]?.top === rects[0]?.bottom && rects[0]?.left === rects[0]?.right;
    if (look || single) {
      // A single cell always has one look; WPS giving none for it means a property it cannot say, taken as plain.
      const plain = look ?? { fill: null, fontColor: '#000000', bold: false };
      for (const cell of cellsOf(rects)) out.set(cell, plain);
      return;
    }
    const [a, b] = halves(rects);
    probe(a);
    probe(b);
  };
  probe(rectangles(cells));
  return out;
}

/** Paints cells grouped by look: one union range per group (more past 255 characters), three writes each. */
export function paintLooks(ws: EtWorksheet, cells: readonly { pos: CellPos; look: CellLook }[]): void {
  const groups = new Map<string, { look: CellLook; cells: CellPos[] }>();
  for (const { pos, look } of cells) {
    const k = lookKey(look);
    const group = groups.get(k);
    if (group) group.cells.push(pos);
    else groups.set(k, { look, cells: [pos] });
  }
  for (const { look, cells: group } of groups.values()) {
    for (const address of chunkAddresses(rectangles(group).map(rectAddress), ADDRESS_LIMIT - 1)) {
      const range = ws.Range(address);
      if (look.fill) range.Interior.Color = bgrFromHex(look.fill);
      else range.Interior.Pattern = XL.none;
      const font = range.Font;
      font.Color = bgrFromHex(look.fontColor);
      font.Bold = look.bold;
    }
  }
}
