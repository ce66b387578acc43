import ExcelJS from 'exceljs';
import { InputError } from './errors';
import { streamInflateRaw, type InflateRawAsync } from './inflate';
import { boundedPackage } from './package';
import { sniff } from './sniff';

/** Throws the InputError that says what the bytes really are, unless they look like a zip. */
export function assertWorkbookBytes(bytes: Uint8Array, file: string): void {
  switch (sniff(bytes)) {
    case 'empty':
      throw new InputError('empty-file', file);
    case 'xls':
      throw new InputError('xls', file);
    case 'encrypted':
      throw new InputError('encrypted', file);
    case 'text':
      throw new InputError('csv', file);
    case 'markup':
      throw new InputError('markup', file);
    case 'unknown':
      throw new InputError('not-xlsx', file);
    case 'truncated-zip':
      throw new InputError('truncated', file);
    case 'zip':
      break;
  }
}

/**
 * exceljs prints an English warning to the console when it shortens a sheet name past 31 characters;
 * the user hears from us alone, so it is silenced while a file is parsed.
 */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return await work();
  } finally {
    console.warn = warn;
  }
}

/** Opens bytes already known to be a zip: bounded and respelled first (package.ts), then parsed by exceljs. */
export async function loadZipWorkbook(bytes: Uint8Array, file: string, inflate: InflateRawAsync = streamInflateRaw): Promise<ExcelJS.Workbook> {
  const bounded = await boundedPackage(bytes, file, inflate);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's typings ask for a Node Buffer; JSZip underneath takes any Uint8Array, which the browser has.
    await quietly(() => wb.xlsx.load(bounded as unknown as ExcelJS.Buffer));
  } catch {
    throw new InputError('corrupt', file);
  }
  return wb;
}

/**
 * Opens .xlsx bytes as an exceljs workbook, in Node or in the browser. Files that are not usable
 * workbooks are told apart by their bytes first, so the user hears what the file really is
 * rather than a parser's complaint.
 */
export async function loadWorkbook(bytes: Uint8Array, file: string, inflate: InflateRawAsync = streamInflateRaw): Promise<ExcelJS.Workbook> {
  assertWorkbookBytes(bytes, file);
  return loadZipWorkbook(bytes, file, inflate);
}
