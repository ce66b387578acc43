/**
 * What a workbook may hold before the tools refuse it at once, with one line saying so, rather than
 * run out of memory part-way. A report of 100,000 tasks inflates to about 43 MB, and marking, fixing
 * or summarizing it holds some 470 MB at the most; within the command line's heap (src/cli/heap.ts,
 * 768 MB) about 110,000 tasks (48 MB) still summarize, and 145,000 no longer do.
 */

/** All parts of the package together, inflated: for checking, and for the copies written by editing the package. */
export const MAX_INFLATED_BYTES = 48 * 1024 * 1024;

/**
 * The same for a workbook read into the spreadsheet model (one the package editor cannot be certain
 * of): that model takes some 40 times the inflated size in memory, so within the same heap about
 * 25,000 tasks is where it stops.
 */
export const MAX_MODEL_BYTES = 12 * 1024 * 1024;

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
