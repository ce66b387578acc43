import { columnName } from '../core/address';
import { clipToData } from '../core/merge-area';
import type { Ledger } from '../core/ledger';
import { generatedRole, isGenerated, isLedgerSheet } from '../core/plan/sheets';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import type { SheetEntry } from './book';
import { activeWorkbook, listSheets } from './book';
import { parseUsed } from './geometry';
import { readLedger } from './ledger-io';
import { candidateRows, MergeFinder } from './merges';
import type { EtApplication } from './om';
import { snapshotValue, valueGrid } from './values';

/** Rows read per Value2 call: small enough that WPS's window stays responsive between blocks. */
export const BLOCK_ROWS = 2000;

export interface ReadOptions {
  blockRows?: number;
  /** Lets the web view paint between blocks; a test may pass its own. */
  pause?: () => Promise<void>;
}

export function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The sheets the core should see: not the ledger, not Tongbao's own output (a generated 名单 is
 * input). Whether a sheet the ledger lists is still the one generated is the core's call, on its content.
 */
function wanted(snapshot: SheetSnapshot, ledger: Ledger): boolean {
  if (isLedgerSheet(snapshot.name)) return false;
  if (!isGenerated(ledger, snapshot)) return true;
  return generatedRole(ledger, snapshot) === 'roster';
}

/**
 * One sheet: its used range from A1 in blocks of rows (one Range and one Value2 call each), then its
 * merged areas, asked only where the values leave room for them.
 */
async function readSheet(entry: SheetEntry, options: Required<ReadOptions>): Promise<SheetSnapshot> {
  const used = entry.ws.UsedRange;
  const rect = parseUsed(used.Address());
  const values: CellValue[][] = [];
  const right = columnName(rect.right);
  for (let top = 0; top <= rect.bottom; top += options.blockRows) {
    if (top > 0) await options.pause();
    const bottom = Math.min(rect.bottom, top + options.blockRows - 1);
    const grid = valueGrid(entry.ws.Range(`A${top + 1}:${right}${bottom + 1}`).Value2);
    grid.forEach((row, i) => {
      values[top + i] = row.map(snapshotValue);
    });
  }
  // An empty sheet's used range is A1, holding nothing.
  const empty = rect.bottom === 0 && rect.right === 0 && values[0]?.[0] === null;
  if (empty) return { name: entry.name, values: [], merges: [] };
  trimTrailing(values);
  if (used.MergeCells === false) return { name: entry.name, values, merges: [] };
  const finder = new MergeFinder(entry.ws, rect.left, rect.right);
  finder.rows(candidateRows(values, rect));
  const last = { row: values.length - 1, col: values.reduce((n, row) => Math.max(n, row.length), 0) - 1 };
  const merges = finder.areas().flatMap((area) => clipToData(area, last) ?? []);
  return { name: entry.name, values, merges };
}

/** Empty rows at the end come from formatted cells; the other hosts leave them out. */
function trimTrailing(values: CellValue[][]): void {
  while (values.length > 0 && (values[values.length - 1] ?? []).every((v) => v === null)) values.pop();
}

/**
 * Reads the workbook for the core, in a few dozen calls whatever its size: the sheet list, the
 * ledger, then each wanted sheet in blocks of rows, yielding to the window between blocks.
 */
export async function readWorkbook(app: EtApplication, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const opts: Required<ReadOptions> = { blockRows: options.blockRows ?? BLOCK_ROWS, pause: options.pause ?? nextTick };
  const entries = listSheets(activeWorkbook(app));
  const { ledger } = readLedger(entries);
  const sheets: SheetSnapshot[] = [];
  for (const entry of entries) {
    if (isLedgerSheet(entry.name)) continue;
    const sheet = await readSheet(entry, opts);
    if (wanted(sheet, ledger)) sheets.push(sheet);
  }
  return { sheets };
}
