import type { WorkbookSnapshot } from '../core/snapshot';
import { readSnapshotFast, Unsupported, type InflateRaw } from './fast-read';
import { assertWorkbookBytes, loadWorkbook } from './load';
import { snapshotWorkbook } from './read';

/**
 * The snapshot `check` needs, read the fast way when the file allows and through exceljs otherwise.
 * Unusable files give the same InputError either way: they are sniffed first, and a zip the fast
 * reader declines reaches exceljs, which says whether it is corrupt.
 */
export async function readForCheck(bytes: Uint8Array, inflateRaw: InflateRaw, file: string): Promise<WorkbookSnapshot> {
  assertWorkbookBytes(bytes, file);
  try {
    return readSnapshotFast(bytes, inflateRaw);
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
  }
  return snapshotWorkbook(await loadWorkbook(bytes, file));
}
