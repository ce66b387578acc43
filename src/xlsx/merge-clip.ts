import { columnIndex, toA1 } from '../core/address';
import type { MergeArea } from '../core/snapshot';
import { MAX_MERGED_CELLS, SMALL_MERGE_CELLS } from './limits';

/**
 * Merged areas bounded by the cells that hold data, before anything expands them. One merge such as
 * H1:XFD1048576 in a 3 KB file names seventeen billion cells; a spreadsheet model that makes an
 * object per covered cell runs out of memory on it. Both readers clip the same way, from the same
 * worksheet XML, so they give the same snapshot.
 */

/** The last row and column (0-based) that any <c> element of the worksheet names; -1 when there is none. */
export function sheetExtent(xml: string): { row: number; col: number } {
  let row = -1;
  let col = -1;
  const pattern = /<c[\s/>][^>]*?\br="([A-Z]{1,3})([1-9][0-9]{0,6})"/g;
  for (let m = pattern.exec(xml); m !== null; m = pattern.exec(xml)) {
    const c = columnIndex(m[1] ?? '');
    const r = Number(m[2]) - 1;
    if (r > row) row = r;
    if (c > col) col = c;
  }
  return { row, col };
}

function cells(m: MergeArea): number {
  return (m.bottom - m.top + 1) * (m.right - m.left + 1);
}

/**
 * The area clipped to the extent; null when nothing of it is left to merge (it lies past the data,
 * or only its first cell is left). Small areas stay as written.
 */
export function clipMerge(m: MergeArea, extent: () => { row: number; col: number }): MergeArea | null {
  if (cells(m) <= SMALL_MERGE_CELLS) return m;
  const e = extent();
  const bottom = Math.min(m.bottom, Math.max(m.top, e.row));
  const right = Math.min(m.right, Math.max(m.left, e.col));
  if (bottom === m.top && right === m.left) return null;
  return { top: m.top, left: m.left, bottom, right };
}

/** Raised when the merges, clipped, still cover more cells than a reader should expand. */
export class MergesTooLarge extends Error {
  constructor() {
    super('merges too large');
    this.name = 'MergesTooLarge';
  }
}

/** The worksheet's merges clipped; throws MergesTooLarge past the limit. The extent is worked out only when a large area needs it. */
export function clipMerges(merges: readonly MergeArea[], xml: string): MergeArea[] {
  let extent: { row: number; col: number } | null = null;
  const lazy = () => (extent ??= sheetExtent(xml));
  const out: MergeArea[] = [];
  let total = 0;
  for (const m of merges) {
    const clipped = clipMerge(m, lazy);
    if (!clipped) continue;
    total += cells(clipped);
    if (total > MAX_MERGED_CELLS) throw new MergesTooLarge();
    out.push(clipped);
  }
  return out;
}

function areaRef(m: MergeArea): string {
  return `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`;
}

const REF = /^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$/;

function cellAt(ref: string): [number, number] | null {
  const m = REF.exec(ref);
  if (!m) return null;
  return [Number(m[2]) - 1, columnIndex(m[1] ?? '')];
}

/** "A1:B2" as an area; null for anything else, which is left for the reader to judge. */
export function parseMergeRef(ref: string): MergeArea | null {
  const [a, b, extra] = ref.split(':');
  if (a === undefined || extra !== undefined) return null;
  const first = cellAt(a);
  const last = cellAt(b ?? a);
  if (!first || !last) return null;
  return { top: first[0], left: first[1], bottom: last[0], right: last[1] };
}

const MERGE_CELL = /<mergeCell\b[^>]*?\bref="([^"]*)"[^>]*?\/>/g;

/**
 * The worksheet XML with its large merges clipped (or dropped) in place, the other merges left as
 * written; null when nothing changes. Throws MergesTooLarge past the limit.
 */
export function clipMergesInXml(xml: string): string | null {
  const start = xml.indexOf('<mergeCells');
  if (start === -1) return null;
  let extent: { row: number; col: number } | null = null;
  const lazy = () => (extent ??= sheetExtent(xml));
  let total = 0;
  let kept = 0;
  let changed = false;
  const body = xml.slice(start).replace(MERGE_CELL, (tag, ref: string) => {
    const area = parseMergeRef(ref);
    if (!area || area.bottom < area.top || area.right < area.left) {
      kept++;
      return tag;
    }
    const clipped = clipMerge(area, lazy);
    if (clipped !== area) changed = true;
    if (!clipped) return '';
    total += cells(clipped);
    if (total > MAX_MERGED_CELLS) throw new MergesTooLarge();
    kept++;
    return clipped === area ? tag : tag.replace(ref, areaRef(clipped));
  });
  if (!changed) return null;
  // An empty <mergeCells> is not valid SpreadsheetML; the count follows what is left.
  const tidy = kept
    ? body.replace(/<mergeCells\b[^>]*?\bcount="\d+"/, (open) => open.replace(/count="\d+"/, `count="${kept}"`))
    : body.replace(/<mergeCells\b[^>]*?(\/>|>\s*<\/mergeCells>)/, '');
  return xml.slice(0, start) + tidy;
}
