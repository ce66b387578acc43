import * as path from 'path';
import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { snapshotWorkbook } from '../../src/xlsx/read';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export function fixturePath(name: string): string {
  return path.join(FIXTURES, name);
}

const cache = new Map<string, Promise<WorkbookSnapshot>>();

/**
 * A workbook under test/fixtures as the core sees it, read by the same code the command line uses:
 * hidden sheets included, values flattened, merges listed. Each call gets its own copy.
 */
export async function loadFixture(name: string): Promise<WorkbookSnapshot> {
  let hit = cache.get(name);
  if (!hit) {
    hit = (async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(fixturePath(name));
      return snapshotWorkbook(wb);
    })();
    cache.set(name, hit);
  }
  return structuredClone(await hit);
}
