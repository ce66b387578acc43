import ExcelJS from 'exceljs';
import * as zlib from 'zlib';
import { escapeForPackage } from '../../../src/xlsx/exact-text';
import { readSnapshotFast } from '../../../src/xlsx/fast-read';
import { XlsxHost } from '../../../src/xlsx/host';
import { excelRuns } from '../../../src/xlsx/look';
import type { CellContent } from '../../../src/xlsx/patch/sheet-xml';
import { Unsupported } from '../../../src/xlsx/zip';
import { storeZip } from '../../../src/xlsx/zip-write';
import { exceljsStyles, lookOf } from './exceljs-styles';
import { hostNow, openSheets, partText, refsOf, type Opened } from './sheets';

/**
 * Edits made through SheetXml, against the same edits made through exceljs (XlsxHost's path): both
 * copies read back by exceljs, and the patched one by the fast reader, must agree cell by cell.
 */

export type Edit = { ref: string; style?: number; content?: CellContent };

const SST_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
const SST_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';

/**
 * The patched package: the edited sheets' parts and the shared strings replaced, everything else as
 * it was. A workbook that had no shared strings and now needs them gets the part, its relationship
 * and its content type.
 */
function patched(opened: Opened): Uint8Array {
  const changed = new Map<string, string>();
  for (const s of opened.sheets) if (s.sheet.changed) changed.set(s.part, s.sheet.toXml());
  const sst = opened.strings.toXml();
  const names = opened.zip.names().filter((n) => !n.endsWith('/'));
  if (sst !== null) {
    const existing = opened.zip.find('xl/sharedStrings.xml');
    changed.set(existing ?? 'xl/sharedStrings.xml', sst);
    if (existing === null) {
      names.push('xl/sharedStrings.xml');
      const rels = opened.zip.find('xl/_rels/workbook.xml.rels')!;
      const types = opened.zip.find('[Content_Types].xml')!;
      changed.set(rels, partText(opened.zip, rels)!.replace('</Relationships>', `<Relationship Id="rIdSst" Type="${SST_REL}" Target="sharedStrings.xml"/></Relationships>`));
      changed.set(types, partText(opened.zip, types)!.replace('</Types>', `<Override PartName="/xl/sharedStrings.xml" ContentType="${SST_TYPE}"/></Types>`));
    }
  }
  return storeZip(names.map((name): [string, Uint8Array] => {
    const text = changed.get(name);
    return [name, text === undefined ? opened.zip.read(name) : new TextEncoder().encode(text)];
  }));
}

function excelValue(content: CellContent): ExcelJS.CellValue {
  switch (content.kind) {
    case 'text':
      return content.text;
    case 'number':
    case 'boolean':
      return content.value;
    case 'rich':
      return { richText: excelRuns(content.runs) };
  }
}

export interface Case {
  name: string;
  bytes: () => Promise<Uint8Array>;
  sheet?: number;
  edits: Edit[];
  /** The fast reader refuses this spelling (a prefix, cells without r): exceljs alone reads it back. */
  exceljsOnly?: boolean;
}

/** Whether the fast reader takes the original (it declines some spellings that exceljs reads once respelled). */
function fastReads(bytes: Uint8Array): boolean {
  try {
    readSnapshotFast(bytes, (d) => zlib.inflateRawSync(d));
    return true;
  } catch (e) {
    if (e instanceof Unsupported) return false;
    throw e;
  }
}

/**
 * The workbook as XlsxHost saves it (exact-text.ts writeExact: text escaped as Excel escapes it),
 * each cell escaped once: writeExact also visits the covered cells of a merge, whose value is
 * their top-left cell's, and escapes that text again for each of them.
 */
async function saveExact(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const undo: (() => void)[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const value = cell.value;
        if (typeof value === 'string') cell.value = escapeForPackage(value);
        else if (value && typeof value === 'object' && 'richText' in value) cell.value = { ...value, richText: value.richText.map((r) => ({ ...r, text: escapeForPackage(r.text) })) };
        else return;
        undo.push(() => (cell.value = value));
      }),
    );
  }
  try {
    return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  } finally {
    for (const u of undo.reverse()) u();
  }
}

export async function compare(c: Case): Promise<void> {
  const bytes = await c.bytes();
  const opened = openSheets(bytes);
  const target = opened.sheets[c.sheet ?? 0]!;
  const viaExcel = await XlsxHost.open(bytes);
  const styles = await exceljsStyles(opened.stylesXml);
  const ws = viaExcel.workbook.worksheets[c.sheet ?? 0]!;
  for (const e of c.edits) {
    if (e.style !== undefined) {
      target.sheet.setStyle(e.ref, e.style);
      ws.getCell(e.ref).style = JSON.parse(JSON.stringify(styles(e.style))) as ExcelJS.Style;
    }
    if (e.content) {
      target.sheet.setContent(e.ref, e.content);
      ws.getCell(e.ref).value = excelValue(e.content);
    }
  }
  // What SheetXml says before writing is what exceljs says of its own edits.
  for (const e of c.edits) expect([e.ref, target.sheet.now(e.ref)]).toEqual([e.ref, hostNow(viaExcel, ws.name, e.ref)]);
  const mine = patched(opened);
  const theirs = await saveExact(viaExcel.workbook);
  const [a, b] = [await XlsxHost.open(mine), await XlsxHost.open(theirs)];
  const expected = await b.readSnapshot();
  expect(await a.readSnapshot()).toEqual(expected);
  if (!c.exceljsOnly && fastReads(bytes)) expect(readSnapshotFast(mine, (d) => zlib.inflateRawSync(d))).toEqual(expected);
  for (const [i, wsA] of a.workbook.worksheets.entries()) {
    const wsB = b.workbook.worksheets[i]!;
    for (const ref of refsOf(wsB)) {
      expect([wsA.name, ref, hostNow(a, wsA.name, ref)]).toEqual([wsB.name, ref, hostNow(b, wsB.name, ref)]);
      expect([wsA.name, ref, lookOf(wsA.getCell(ref).style)]).toEqual([wsB.name, ref, lookOf(wsB.getCell(ref).style)]);
    }
  }
  // Every part but the edited ones is untouched.
  const after = openSheets(mine);
  for (const [i, s] of after.sheets.entries()) if (i !== (c.sheet ?? 0)) expect(s.xml).toBe(opened.sheets[i]!.xml);
}

