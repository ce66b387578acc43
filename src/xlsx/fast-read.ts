import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { readDateStyles, readRels, readSharedStrings, readWorkbook } from './fast-parts';
import { readSheet } from './fast-sheet';
import { MAX_INFLATED_BYTES } from './limits';
import { readText, Unsupported, ZipReader, type InflateRaw } from './zip';

export { Unsupported, type InflateRaw };

/** The worksheet parts exceljs reads: any name under xl/worksheets/ of the form sheetN.xml. */
const WORKSHEET_LOOSE = /xl\/worksheets\/sheet(\d+)[.]xml/;
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * exceljs refuses some sheet names outright and shortens long ones (with a console warning); such
 * files are rare, and handing them to exceljs keeps its behaviour exactly.
 */
function ordinaryName(name: string, taken: Set<string>): boolean {
  if (name === '' || name === 'History' || name.length > 31) return false;
  if (/[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name)) return false;
  const key = name.toLowerCase();
  if (taken.has(key)) return false;
  taken.add(key);
  return true;
}

/**
 * A workbook's values and merges read straight from its zip, for checking only: no styles, no
 * object model, several times faster than exceljs. It gives exactly the snapshot read.ts takes of
 * exceljs's workbook, and throws Unsupported on anything it cannot be certain of.
 */
export function readSnapshotFast(bytes: Uint8Array, inflateRaw: InflateRaw): WorkbookSnapshot {
  const zip = new ZipReader(bytes, inflateRaw, MAX_INFLATED_BYTES);
  if (zip.irregular) throw new Unsupported('central directory size');
  const entries = readWorkbook(readText(zip, 'xl/workbook.xml'));
  const rels = readRels(readText(zip, 'xl/_rels/workbook.xml.rels'));
  if (!zip.has('xl/styles.xml')) throw new Unsupported('no styles part');
  const dateStyle = readDateStyles(readText(zip, 'xl/styles.xml'));
  const shared = zip.has('xl/sharedStrings.xml') ? readSharedStrings(readText(zip, 'xl/sharedStrings.xml')) : null;
  const sheets: SheetSnapshot[] = [];
  const used = new Set<string>();
  const names = new Set<string>();
  for (const entry of entries) {
    const target = rels.get(entry.rId);
    // exceljs skips a sheet whose relationship is missing or whose part it did not read (chartsheets).
    if (target === undefined) continue;
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    // A part named in another case than its target is the same part (OPC names ignore case); exceljs needs it respelled.
    if (!zip.has(part) && zip.find(part) !== null) throw new Unsupported('part name in another case');
    if (!zip.has(part) || !WORKSHEET_LOOSE.test(part)) continue;
    if (!WORKSHEET.test(part) || used.has(part)) throw new Unsupported(`worksheet part ${part}`);
    used.add(part);
    if (!ordinaryName(entry.name, names)) throw new Unsupported('sheet name exceljs would change or refuse');
    const xml = readText(zip, part);
    sheets.push(readSheet(entry.name, xml, { shared, dateStyle }));
  }
  return { sheets };
}
