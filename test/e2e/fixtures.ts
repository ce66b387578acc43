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

/**
 * What the simulated Excel serves for office.js: office.js's own Excel script from @microsoft/office-js,
 * then the bundle that points its requests at the in-memory workbook.
 */
export async function simulatedOfficeJs(): Promise<string> {
  const [script, stub] = await Promise.all([readFile(path.join(REAL_OFFICE_JS, 'excel-web-16.00.debug.js'), 'utf8'), readFile(STUB, 'utf8')]);
  return `${script}\n;\n${stub}`;
}

/** The sample report as the fake Excel holds it: the same values and merges Excel would show. */
export async function fixtureSnapshot(file = FIXTURE): Promise<WorkbookSnapshot> {
  const wb = await loadWorkbook(new Uint8Array(await readFile(file)), path.basename(file));
  return snapshotWorkbook(wb);
}
