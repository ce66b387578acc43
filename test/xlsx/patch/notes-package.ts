import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { NoteLook } from '../../../src/core/look';
import { loadWorkbook } from '../../../src/xlsx/load';
import { readLook } from '../../../src/xlsx/look';
import { buildPackage } from '../package';

/**
 * A one-sheet workbook around a comments part and a VML drawing, wired as Excel wires them: the
 * sheet's relationships, <legacyDrawing>, and the content types.
 */

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const SHEET = '9月';

function cellXml([ref, text]: [string, string]): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** sheetData for the cells, row by row. */
function sheetData(cells: readonly [string, string][]): string {
  const rows = new Map<number, [string, string][]>();
  for (const cell of cells) {
    const row = Number(/\d+/.exec(cell[0])?.[0]);
    rows.set(row, [...(rows.get(row) ?? []), cell]);
  }
  const sorted = [...rows.entries()].sort((a, b) => a[0] - b[0]);
  return `<sheetData>${sorted.map(([r, cs]) => `<row r="${r}">${cs.map(cellXml).join('')}</row>`).join('')}</sheetData>`;
}

export async function notesPackage(cells: readonly [string, string][], comments: string | null, vml: string | null): Promise<Uint8Array> {
  const legacy = vml === null ? '' : '<legacyDrawing r:id="rId2"/>';
  const built = await buildPackage({ sheets: [[SHEET, `${sheetData(cells)}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${legacy}`]] });
  const zip = await JSZip.loadAsync(built);
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const extra =
    (vml === null ? '' : '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>') +
    (comments === null ? '' : '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>');
  zip.file('[Content_Types].xml', types.replace('</Types>', `${extra}</Types>`));
  const rels =
    (comments === null ? '' : `<Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/>`) +
    (vml === null ? '' : `<Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`);
  if (rels) zip.file('xl/worksheets/_rels/sheet1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`);
  if (comments !== null) zip.file('xl/comments1.xml', comments);
  if (vml !== null) zip.file('xl/drawings/vmlDrawing1.vml', vml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export async function exceljsWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  return loadWorkbook(bytes, 'notes.xlsx');
}

/** Each cell's note as XlsxHost reads it (readLook through exceljs). */
export async function exceljsNotes(bytes: Uint8Array, refs: readonly string[]): Promise<Record<string, NoteLook | null>> {
  const ws = (await exceljsWorkbook(bytes)).getWorksheet(SHEET);
  if (!ws) throw new Error('no sheet');
  const out: Record<string, NoteLook | null> = {};
  for (const ref of refs) out[ref] = readLook(ws.getCell(ref)).note as NoteLook | null;
  return out;
}

/** The comments part and VML drawing of the first sheet of a package exceljs wrote. */
export async function partsOf(bytes: Uint8Array): Promise<{ comments: string | null; vml: string | null }> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    comments: (await zip.file('xl/comments1.xml')?.async('string')) ?? null,
    vml: (await zip.file('xl/drawings/vmlDrawing1.vml')?.async('string')) ?? null,
  };
}

/**
 * Whether the text is well-formed XML with every prefix declared: tags nest and close, attributes
 * are quoted and unique, text holds no bare < or &. Returns the first fault, or null.
 */
export function xmlFault(xml: string): string | null {
  const stack: { name: string; prefixes: Set<string> }[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    const [, closing, name, attrs, empty, text, stray] = m;
    if (stray) return `stray < at ${m.index}`;
    if (text !== undefined) {
      if (/&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) return `bare & at ${m.index}`;
      if (stack.length === 0 && text.trim()) return 'text outside the root';
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) return `</${name}> closes <${open?.name}>`;
      continue;
    }
    const names = [...(attrs ?? '').matchAll(/([\w.:-]+)\s*=/g)].map((a) => a[1] ?? '');
    if (new Set(names).size !== names.length) return `repeated attribute in <${name}>`;
    const prefixes = new Set(stack[stack.length - 1]?.prefixes ?? ['xml']);
    for (const n of names) if (n.startsWith('xmlns:')) prefixes.add(n.slice(6));
    for (const n of [name ?? '', ...names.filter((a) => !a.startsWith('xmlns'))]) {
      const colon = n.indexOf(':');
      if (colon > 0 && !prefixes.has(n.slice(0, colon))) return `undeclared prefix in ${n}`;
    }
    if (!empty) stack.push({ name: name ?? '', prefixes });
  }
  return stack.length ? `<${stack[stack.length - 1]?.name}> not closed` : null;
}
