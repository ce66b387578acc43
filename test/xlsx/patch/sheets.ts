import type ExcelJS from 'exceljs';
import * as zlib from 'zlib';
import type { CellNow } from '../../../src/core/plan/fixes';
import { readDateStyles, readRels, readWorkbook } from '../../../src/xlsx/fast-parts';
import type { XlsxHost } from '../../../src/xlsx/host';
import { SharedStrings } from '../../../src/xlsx/patch/shared-strings';
import { SheetXml } from '../../../src/xlsx/patch/sheet-xml';
import { ZipReader } from '../../../src/xlsx/zip';

/** A workbook's worksheet parts opened with SheetXml, beside the same workbook opened by XlsxHost. */

export interface OpenSheet {
  name: string;
  /** The zip entry, spelled as the package spells it. */
  part: string;
  xml: string;
  sheet: SheetXml;
}

export interface Opened {
  zip: ZipReader;
  strings: SharedStrings;
  dateStyle: boolean[] | undefined;
  sheets: OpenSheet[];
  stylesXml: string | null;
}

const utf8 = new TextDecoder();

export function partText(zip: ZipReader, name: string): string | null {
  const found = zip.find(name);
  return found === null ? null : utf8.decode(zip.read(found)).replace(/^\uFEFF/, '');
}

/** The package's sheets, found through the workbook part and its relationships (names respelled as exceljs needs them are matched ignoring case). */
export function openSheets(bytes: Uint8Array): Opened {
  const zip = new ZipReader(bytes, (d) => zlib.inflateRawSync(d));
  const workbook = (partText(zip, 'xl/workbook.xml') ?? '').replace(/<(\/?)x:/g, '<$1').replace(/xmlns:x=/, 'xmlns=');
  const entries = readWorkbook(workbook);
  const rels = readRels(partText(zip, 'xl/_rels/workbook.xml.rels') ?? '');
  const strings = new SharedStrings(partText(zip, 'xl/sharedStrings.xml'));
  const stylesXml = partText(zip, 'xl/styles.xml');
  const dateStyle = stylesXml === null ? undefined : readDateStyles(stylesXml);
  const sheets: OpenSheet[] = [];
  for (const e of entries) {
    const target = rels.get(e.rId);
    if (!target) continue;
    const part = `xl/${target.replace(/^\/?xl\//, '')}`;
    const found = zip.find(part);
    const xml = partText(zip, part);
    if (xml === null || found === null) continue;
    sheets.push({ name: e.name, part: found, xml, sheet: new SheetXml(xml, strings, dateStyle) });
  }
  return { zip, strings, dateStyle, sheets, stylesXml };
}

/** XlsxHost's reading of one cell, as its fix plans see it. */
export function hostNow(host: XlsxHost, sheet: string, ref: string): CellNow | undefined {
  return (host as unknown as { readCell(s: string, c: string): CellNow | undefined }).readCell(sheet, ref);
}

/** Every reference of a sheet up to its last row and column, plus a margin of missing cells. */
export function refsOf(ws: ExcelJS.Worksheet, margin = 2): string[] {
  const out: string[] = [];
  const rows = Math.min(ws.rowCount + margin, 400);
  const cols = Math.min(ws.columnCount + margin, 40);
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) out.push(ws.getCell(r, c).address);
  return out;
}
