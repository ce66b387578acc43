import type { WorkbookSnapshot } from '../core/snapshot';
import { InputError } from './errors';
import { readSnapshotFast, Unsupported, type InflateRaw } from './fast-read';
import { MAX_INFLATED_BYTES } from './limits';
import { assertWorkbookBytes, loadZipWorkbook } from './load';
import { MergesTooLarge } from './merge-clip';
import { snapshotWorkbook } from './read';
import { Damaged, TooLarge } from './zip';

/** An async face on a synchronous capped inflater, for the exceljs path. */
function asAsync(inflateRaw: InflateRaw) {
  return async (data: Uint8Array, limit: number) => inflateRaw(data, limit);
}

/**
 * The snapshot `check` needs, read the fast way when the file allows and through exceljs otherwise.
 * Unusable files give the same InputError either way: they are sniffed first, and a zip the fast
 * reader declines reaches exceljs through the same bounds, which say whether it is corrupt.
 */
export async function readForCheck(bytes: Uint8Array, inflateRaw: InflateRaw, file: string): Promise<WorkbookSnapshot> {
  assertWorkbookBytes(bytes, file);
  try {
    return readSnapshotFast(bytes, inflateRaw);
  } catch (e) {
    if (e instanceof TooLarge) throw new InputError('too-large', file, MAX_INFLATED_BYTES);
    if (e instanceof MergesTooLarge) throw new InputError('merges-too-large', file);
    if (e instanceof Damaged) throw new InputError('corrupt', file);
    if (!(e instanceof Unsupported)) throw e;
  }
  return snapshotWorkbook(await loadZipWorkbook(bytes, file, asAsync(inflateRaw)));
}
