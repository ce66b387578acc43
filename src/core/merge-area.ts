import type { MergeArea } from './snapshot';

/**
 * A merged area cut to the sheet's last row and column that hold a value (0-based); null when only
 * its first cell is left. A host reports a merge whole, and one reaching the last row of the sheet
 * (H1:XFD1048576) must not be expanded by anyone.
 */
export function clipToData(area: MergeArea, last: { row: number; col: number }): MergeArea | null {
  const bottom = Math.min(area.bottom, Math.max(area.top, last.row));
  const right = Math.min(area.right, Math.max(area.left, last.col));
  if (bottom === area.top && right === area.left) return null;
  return { top: area.top, left: area.left, bottom, right };
}
