import type ExcelJS from 'exceljs';

/**
 * Up to three merged areas at random places in the top left of a sheet, none overlapping another
 * (a draw that would overlap is dropped), so random workbooks carry merges as real reports do.
 */
export function addRandomMerges(ws: ExcelJS.Worksheet, rnd: () => number): void {
  const taken = new Set<string>();
  for (let m = 0; m < 3; m++) {
    const top = 1 + Math.floor(rnd() * 12);
    const left = 1 + Math.floor(rnd() * 6);
    const bottom = top + Math.floor(rnd() * 3);
    const right = left + Math.floor(rnd() * 3);
    let free = true;
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (taken.has(`${r},${c}`)) free = false;
    if (!free) continue;
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) taken.add(`${r},${c}`);
    ws.mergeCells(top, left, bottom, right);
  }
}
