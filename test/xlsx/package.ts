import JSZip from 'jszip';

/** Minimal .xlsx packages written part by part, for XML that exceljs itself never writes. */

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const STYLES =
  `${DECL}<styleSheet xmlns="${NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>` +
  `<numFmt numFmtId="165" formatCode="0.00&quot;d&quot;"/></numFmts>` +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';

export interface PackageParts {
  /** Sheet name → the content of <worksheet> (sheetData, mergeCells…). */
  sheets: [string, string][];
  sharedStrings?: string[];
  workbookPr?: string;
  styles?: string;
  store?: boolean;
  /** Extra or replacement parts, by path. */
  parts?: Record<string, string>;
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export async function buildPackage(p: PackageParts): Promise<Uint8Array> {
  const zip = new JSZip();
  const sheetTypes = p.sheets
    .map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('');
  zip.file(
    '[Content_Types].xml',
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      `${sheetTypes}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheets = p.sheets.map(([name], i) => `<sheet name="${escapeAttr(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  zip.file('xl/workbook.xml', `${DECL}<workbook xmlns="${NS}" xmlns:r="${REL_NS}">${p.workbookPr ?? ''}<sheets>${sheets}</sheets></workbook>`);
  const rels = p.sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const n = p.sheets.length;
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}` +
      `<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file('xl/styles.xml', p.styles ?? STYLES);
  const si = p.sharedStrings ?? [];
  zip.file('xl/sharedStrings.xml', `${DECL}<sst xmlns="${NS}" count="${si.length}" uniqueCount="${si.length}">${si.join('')}</sst>`);
  p.sheets.forEach(([, body], i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, `${DECL}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">${body}</worksheet>`));
  for (const [name, text] of Object.entries(p.parts ?? {})) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: p.store ? 'STORE' : 'DEFLATE' });
}
