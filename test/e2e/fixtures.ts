import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { loadWorkbook } from '../../src/xlsx/load';
import { snapshotWorkbook } from '../../src/xlsx/read';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const FIXTURE = path.join(ROOT, 'test/fixtures/tongbao-2023-09.xlsx');
export const STUB = path.join(ROOT, '.tmp/e2e/office-stub.js');
export const REAL_OFFICE_JS = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');

/** The sample report as the fake Excel holds it: the same values and merges Excel would show. */
export async function fixtureSnapshot(file = FIXTURE): Promise<WorkbookSnapshot> {
  const wb = await loadWorkbook(new Uint8Array(await readFile(file)), path.basename(file));
  return snapshotWorkbook(wb);
}
