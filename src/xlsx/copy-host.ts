import type { Workbook } from 'exceljs';
import type { WorkbookHost, WrittenSheet } from '../core/host';
import type { SheetModel, SheetRole } from '../core/sheet-model';
import { InputError } from './errors';
import { XlsxHost, type WriteOptions } from './host';
import type { InflateRawAsync } from './inflate';
import { MAX_INFLATED_BYTES } from './limits';
import { assertWorkbookBytes, loadZipWorkbook } from './load';
import { MergesTooLarge } from './merge-clip';
import { PackageHost } from './patch/host';
import type { DeflateRawAsync } from './patch/zip-out';
import { unkeptParts } from './sniff';
import { Damaged, TooLarge, Unsupported } from './zip';

/** A host whose workbook is saved as a copy: the command line's, and the standalone page's. */
export interface CopyHost extends WorkbookHost {
  save(): Promise<Uint8Array>;
  writeSheets(models: SheetModel[], options?: WriteOptions): Promise<WrittenSheet[]>;
  ledgerWarning(): string | null;
  userSheetNames(): Promise<string[]>;
  generatedRoles(): Record<string, SheetRole>;
  hasSheet(name: string): boolean;
  /** Marks off, generated sheets and the record taken out: the copy to send upward. */
  removeOurs(): Promise<void>;
}

export interface CopyOptions {
  /** The copy is a macro-enabled workbook (.xlsm): the macros stay. */
  macros?: boolean;
}

export interface OpenCopy {
  host: CopyHost;
  /** What the copy will not keep (图表, 宏…): when the package itself is edited, only macros, as a copy is an .xlsx. */
  unkept: string[];
}

/**
 * Opens a workbook to be changed and saved as a copy. The package is edited in place when the fast
 * reader reads it, so the copy keeps every part it does not change byte for byte, at a memory cost
 * that grows with the file; only what it cannot be certain of goes through the spreadsheet model.
 */
export async function openCopy(bytes: Uint8Array, file: string, inflate: InflateRawAsync, deflate: DeflateRawAsync, options: CopyOptions = {}): Promise<OpenCopy> {
  assertWorkbookBytes(bytes, file);
  try {
    const host = await PackageHost.open(bytes, inflate, deflate, file, options.macros);
    return { host, unkept: [...host.unkept] };
  } catch (e) {
    if (e instanceof TooLarge) throw new InputError('too-large', file, MAX_INFLATED_BYTES);
    if (e instanceof MergesTooLarge) throw new InputError('merges-too-large', file);
    if (e instanceof Damaged) throw new InputError('corrupt', file);
    if (!(e instanceof Unsupported)) throw e;
  }
  // The spreadsheet model writes no macro project and no macro-enabled type: Excel would refuse its .xlsm.
  if (options.macros) throw new InputError('xlsm-model', file);
  const workbook = await loadZipWorkbook(bytes, file, inflate);
  withTheme(workbook);
  return { host: new XlsxHost(workbook), unkept: unkeptParts(bytes) };
}

/**
 * exceljs relates a theme part in every copy it writes, but writes the part only when the original
 * had one: a workbook without a theme gets exceljs's own, so that no relationship leads nowhere.
 */
function withTheme(workbook: Workbook): void {
  // `_themes` holds the theme parts exceljs read; it has no public API. Empty: the original had none.
  const read = workbook as unknown as { _themes?: Record<string, string> };
  if (read._themes && Object.keys(read._themes).length === 0) read._themes = undefined;
}
