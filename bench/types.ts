import type { WorkbookSnapshot } from '../src/core/snapshot';

/** What every benchmark section gets: the two workbooks, as bytes and as snapshots. */
export interface BenchContext {
  /** Tasks in the generated workbook. */
  rows: number;
  fixtureBytes: Uint8Array;
  fixture: WorkbookSnapshot;
  generatedBytes: Uint8Array;
  generated: WorkbookSnapshot;
  /** Prints a line of the human-readable report (kept off stdout with --json). */
  log(line: string): void;
}

/**
 * A section of the benchmark, one file under bench/ (core.ts, xlsx.ts, summary.ts, office.ts, pane.ts…)
 * exporting `run`. What it returns becomes its key in the --json object.
 */
export type BenchSection = (ctx: BenchContext) => Promise<Record<string, unknown>>;
