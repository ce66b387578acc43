import type { WorkbookSnapshot } from '../core/snapshot';
import { readDateStyles, readRels, readSharedStrings, readWorkbook } from './fast-parts';
import { readSheet, type SheetContext } from './fast-sheet';
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
  return readSnapshotFrom({ has: (name) => zip.has(name), find: (name) => zip.find(name), text: (name) => readText(zip, name) });
}

/** The parts of a package as text, wherever they are kept: a zip, or a package being edited. */
export interface PartTexts {
  has(name: string): boolean;
  /** The part's name as spelled in the package, found without regard to case; null when there is none. */
  find(name: string): string | null;
  text(name: string): string;
}

/** A worksheet of the package: its name in the workbook and its part. */
export interface SheetPart {
  name: string;
  part: string;
}

/** The worksheets the fast reader reads, in tab order; throws Unsupported where it cannot be certain. */
export function sheetParts(zip: PartTexts): SheetPart[] {
  const entries = readWorkbook(zip.text('xl/workbook.xml'));
  const rels = readRels(zip.text('xl/_rels/workbook.xml.rels'));
  const out: SheetPart[] = [];
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
    out.push({ name: entry.name, part });
  }
  return out;
}

/** The date flag of each cell style, and the shared strings, as the sheets are read with them. */
export function sheetContext(zip: PartTexts): SheetContext {
  if (!zip.has('xl/styles.xml')) throw new Unsupported('no styles part');
  const dateStyle = readDateStyles(zip.text('xl/styles.xml'));
  const shared = zip.has('xl/sharedStrings.xml') ? readSharedStrings(zip.text('xl/sharedStrings.xml')) : null;
  return { shared, dateStyle };
}

/** The snapshot of a package's parts, as readSnapshotFast reads it from a zip. */
export function readSnapshotFrom(zip: PartTexts): WorkbookSnapshot {
  const parts = sheetParts(zip);
  const ctx = sheetContext(zip);
  return { sheets: parts.map((p) => readSheet(p.name, zip.text(p.part), ctx)) };
}
