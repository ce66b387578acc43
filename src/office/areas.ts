import { parseA1, toA1, type CellPos } from '../core/address';
import type { MergeArea } from '../core/snapshot';

export type { CellPos };

/** getRange / getRanges take addresses of at most 8,192 characters; stay a little under. */
export const ADDRESS_BUDGET = 8000;

/** A block of cells, 0-based and inclusive: the core's merge area shape. */
export type Rect = MergeArea;

export function rectAddress(r: Rect): string {
  const a = toA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${toA1(r.bottom, r.right)}`;
}

export function cellPos(address: string): CellPos {
  return parseA1(address);
}

/** Sorted, distinct integers as inclusive runs: 1,2,3,7 → [1,3],[7,7]. */
export function runs(values: readonly number[]): [number, number][] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v === last[1] + 1) last[1] = v;
    else out.push([v, v]);
  }
  return out;
}

/**
 * Few rectangles covering exactly these cells: runs along each row, stacked where consecutive rows
 * have the same run. A table's cells of one style collapse to a handful of areas.
 */
export function rectangles(cells: readonly CellPos[]): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const list = byRow.get(row);
    if (list) list.push(col);
    else byRow.set(row, [col]);
  }
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, Rect>();
    for (const [left, right] of runs(byRow.get(row) ?? [])) {
      const key = `${left}:${right}`;
      const rect = open.get(key);
      if (rect && rect.bottom === row - 1) {
        rect.bottom = row;
        next.set(key, rect);
        open.delete(key);
      } else next.set(key, { top: row, bottom: row, left, right });
    }
    done.push(...open.values());
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Addresses joined with commas into strings that each stay under the address limit. */
export function chunkAddresses(addresses: readonly string[], budget = ADDRESS_BUDGET): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > budget) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) chunks.push(current);
  return chunks;
}
