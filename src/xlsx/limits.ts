/**
 * What a workbook may hold before the tools refuse it at once, with one line saying so, rather than
 * run out of memory part-way. A report of 100,000 tasks inflates to about 45 MB; these leave room
 * for several times that.
 */

/** All parts of the package together, inflated, for checking (the fast reader keeps values only). */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/**
 * The same for everything read into the spreadsheet model (mark, fix, summarize, the standalone
 * page, and check when the fast reader declines a file): that model takes some 40 times the
 * inflated size in memory, so about 100,000 tasks is where it stops.
 */
export const MAX_MODEL_BYTES = 48 * 1024 * 1024;

/**
 * Cells covered by merged areas in one workbook, after each area is clipped to the cells that hold
 * data: the spreadsheet model keeps an object for every covered cell.
 */
export const MAX_MERGED_CELLS = 1_000_000;

/** A merged area of at most this many cells is kept as written, even past the last cell with data (a whole-row title). */
export const SMALL_MERGE_CELLS = 16_384;

export function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}
