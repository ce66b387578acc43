import { columnName, toA1 } from '../core/address';
import type { CellValue, MergeArea } from '../core/snapshot';
import { parseUsed } from './geometry';
import type { EtWorksheet } from './om';

function rectAddress(top: number, left: number, bottom: number, right: number): string {
  return `${columnName(left)}${top + 1}:${columnName(right)}${bottom + 1}`;
}

function isEmpty(v: CellValue | undefined): boolean {
  return v === null || v === undefined;
}

/**
 * Rows that can hold part of a merged area. Every area of two or more cells has empty covered cells,
 * so it touches a row with an empty cell; an area going down starts on the row above such a row.
 * Rows full to the edge hold no merged cell and are never asked about.
 */
export function candidateRows(values: readonly (readonly CellValue[] | undefined)[], used: MergeArea): number[] {
  const rows = new Set<number>();
  for (let r = used.top; r <= used.bottom; r++) {
    const row = values[r];
    let empty = false;
    for (let c = used.left; c <= used.right && !empty; c++) empty = isEmpty(row?.[c]);
    if (!empty) continue;
    if (r > used.top) rows.add(r - 1);
    rows.add(r);
  }
  return [...rows].sort((a, b) => a - b);
}

/**
 * The merged areas of a sheet, asked of WPS as MergeCells on ranges: false ends the search, a range
 * reporting mixed is split in two (candidate rows first, then the columns of one row), and a range all
 * merged is walked area by area through MergeArea.
 */
export class MergeFinder {
  private readonly found = new Map<string, MergeArea>();

  constructor(
    private readonly ws: EtWorksheet,
    private readonly left: number,
    private readonly right: number,
  ) {}

  areas(): MergeArea[] {
    return [...this.found.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  }

  /** Searches the given candidate rows (sorted). */
  rows(rows: readonly number[], known?: boolean | null): void {
    const top = rows[0];
    const bottom = rows[rows.length - 1];
    if (top === undefined || bottom === undefined) return;
    const state = known !== undefined ? known : this.ws.Range(rectAddress(top, this.left, bottom, this.right)).MergeCells;
    if (state === false) return;
    if (rows.length === 1) {
      this.row(top, this.left, this.right, state);
      return;
    }
    const mid = Math.ceil(rows.length / 2);
    this.rows(rows.slice(0, mid));
    this.rows(rows.slice(mid));
  }

  private row(row: number, left: number, right: number, state: boolean | null): void {
    if (state === true) {
      this.walk(row, left, right);
      return;
    }
    if (state === false || left === right) return;
    const mid = Math.floor((left + right) / 2);
    this.row(row, left, mid, this.ws.Range(rectAddress(row, left, row, mid)).MergeCells);
    this.row(row, mid + 1, right, this.ws.Range(rectAddress(row, mid + 1, row, right)).MergeCells);
  }

  /** Every cell from left to right is merged: take each area in turn. */
  private walk(row: number, left: number, right: number): void {
    let col = left;
    while (col <= right) {
      const area = parseUsed(this.ws.Range(toA1(row, col)).MergeArea.Address());
      this.found.set(`${area.top},${area.left},${area.bottom},${area.right}`, area);
      col = Math.max(col, area.right) + 1;
    }
  }
}
