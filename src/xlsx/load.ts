import ExcelJS from 'exceljs';
import { InputError } from './errors';
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
 * Opens .xlsx bytes as an exceljs workbook, in Node or in the browser. Files that are not usable
 * workbooks are told apart by their bytes first, so the user hears what the file really is
 * rather than a parser's complaint.
 */
export async function loadWorkbook(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  assertWorkbookBytes(bytes, file);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's typings ask for a Node Buffer; JSZip underneath takes any Uint8Array, which the browser has.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new InputError('corrupt', file);
  }
  return wb;
}
