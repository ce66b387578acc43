import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbook } from '../../../src/xlsx/load';
import { buildPackage } from '../package';

/**
 * styles.xml parts of several kinds (as Excel, WPS and other generators write them), and the means to
 * see a format the way exceljs sees it: a package whose cells wear the formats to look at.
 */

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const FONTS = [
  '<font><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font>',
  '<font><b/><sz val="12"/><color rgb="FFFF0000"/><name val="宋体"/><family val="3"/><charset val="134"/></font>',
  '<font><sz val="10.5"/><color theme="4" tint="-0.249977111117893"/><name val="仿宋_GB2312"/><charset val="134"/></font>',
  '<font><b val="0"/><i/><u val="double"/><sz val="11"/><color indexed="10"/><name val="Arial"/></font>',
  '<font><sz val="11"/><color auto="1"/><name val="宋体"/></font>',
  '<font><b val="1"/><strike/><sz val="9"/><name val="黑体"/><vertAlign val="superscript"/></font>',
  '<font/>',
  '<font><sz val="14"/><color rgb="FF7030A0"/><name val="楷体"/><b/></font>',
];

const FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
  '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill>',
  '<fill><patternFill patternType="solid"><fgColor theme="5" tint="0.79998168889431442"/><bgColor indexed="64"/></patternFill></fill>',
  '<fill><patternFill patternType="lightGrid"><fgColor indexed="22"/><bgColor rgb="FFC0C0C0"/></patternFill></fill>',
  '<fill><gradientFill degree="90"><stop position="0"><color theme="0"/></stop><stop position="1"><color theme="4"/></stop></gradientFill></fill>',
  '<fill><gradientFill type="path" left="0.5" right="0.5" top="0.5" bottom="0.5"><stop position="0"><color rgb="FFFFFFFF"/></stop><stop position="1"><color rgb="FF4472C4"/></stop></gradientFill></fill>',
  '<fill><patternFill/></fill>',
  '<fill><patternFill patternType="solid"><fgColor rgb="80FF0000"/></patternFill></fill>',
  '<fill><patternFill patternType="solid"><fgColor rgb="FFE4D4F4"/></patternFill></fill>',
];

const BORDERS = [
  '<border><left/><right/><top/><bottom/><diagonal/></border>',
  '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="medium"><color auto="1"/></top><bottom style="dashed"><color theme="1"/></bottom><diagonal/></border>',
];

const ALIGNMENTS = ['', '<alignment horizontal="center" vertical="center" wrapText="1"/>', '<alignment vertical="top" indent="1" textRotation="90"/>'];

function richXfs(): string[] {
  const out = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf>'];
  let n = 0;
  FONTS.forEach((_f, font) => {
    FILLS.forEach((_l, fill) => {
      n++;
      const numFmt = [0, 176, 14, 177, 49][n % 5];
      const border = n % 3 === 0 ? 1 : 0;
      const align = ALIGNMENTS[n % ALIGNMENTS.length] ?? '';
      const protection = n % 7 === 0 ? '<protection locked="0" hidden="1"/>' : '';
      const applies = n % 2 ? ' applyFont="1" applyFill="1" applyBorder="1"' : '';
      const body = align + protection;
      const attrs = `numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="${n % 4 === 0 ? 1 : 0}"${applies}${align ? ' applyAlignment="1"' : ''}`;
      out.push(body ? `<xf ${attrs}>${body}</xf>` : `<xf ${attrs}/>`);
    });
  });
  // A format with an id past the lists, as damaged files have.
  out.push('<xf numFmtId="0" fontId="99" fillId="99" borderId="0" xfId="0"/>');
  return out;
}

const TAIL =
  '<cellStyles count="2"><cellStyle name="常规" xfId="0" builtinId="0"/><cellStyle name="好" xfId="1" builtinId="26"/></cellStyles>' +
  '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>' +
  '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '<colors><indexedColors><rgbColor rgb="00000000"/><rgbColor rgb="00FFFFFF"/><rgbColor rgb="00FF0000"/></indexedColors></colors>' +
  '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst>';

/** A styles part as Excel writes one, with theme, indexed, tinted, pattern and gradient looks. */
export function richStyles(): string {
  const xfs = richXfs();
  return (
    `${DECL}<styleSheet xmlns="${NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
    '<numFmts count="2"><numFmt numFmtId="176" formatCode="0.0_ "/><numFmt numFmtId="177" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>' +
    `<fonts count="${FONTS.length}" x14ac:knownFonts="1">${FONTS.join('')}</fonts>` +
    `<fills count="${FILLS.length}">${FILLS.join('')}</fills>` +
    `<borders count="${BORDERS.length}">${BORDERS.join('')}</borders>` +
    '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf><xf numFmtId="0" fontId="1" fillId="2" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>${TAIL}</styleSheet>`
  );
}

/** The same part with every SpreadsheetML element under the prefix x:, as some generators write it. */
export function prefixedStyles(): string {
  const plain = richStyles();
  const body = plain.slice(plain.indexOf('<styleSheet'));
  const prefixed = body.replace(/<(\/?)([A-Za-z]+)(?=[\s/>])/g, '<$1x:$2').replace(`xmlns="${NS}"`, `xmlns:x="${NS}"`);
  return DECL + prefixed;
}

/** Without any count attribute. */
export function uncountedStyles(): string {
  return richStyles().replace(/\scount="\d+"/g, '');
}

/** A bare part: no number formats, no borders, an empty self-closing fill list, formats without fill ids. */
export function bareStyles(): string {
  return (
    `${DECL}<styleSheet xmlns="${NS}"><fonts><font><sz val="12"/><name val="宋体"/><charset val="134"/></font><font><b/><sz val="12"/><name val="宋体"/></font></fonts>` +
    '<fills/><cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1"/><xf fontId="1" numFmtId="49"/></cellXfs></styleSheet>'
  );
}

/** How many formats a styles part lists in <cellXfs>. */
export function xfCount(styles: string): number {
  const list = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles);
  return list ? (list[1]?.match(/<(?:\w+:)?xf[\s/>]/g) ?? []).length : 0;
}

/**
 * A workbook whose sheet "看" has, in row k, a cell of format k-1 in column A. exceljs reads a cell of
 * format 0 as having no style; `full` adds column B with a copy of each format appended to the list,
 * which exceljs reads in full whatever its index.
 */
export async function formatBook(styles: string, formats: readonly number[], full = false): Promise<ExcelJS.Worksheet> {
  let xml = styles;
  let offset = 0;
  if (full) {
    const m = /(<(?:\w+:)?cellXfs\b[^>]*>)([\s\S]*?)(<\/(?:\w+:)?cellXfs>)/.exec(styles);
    if (!m) throw new Error('no cellXfs');
    offset = xfCount(styles);
    xml = styles.replace(m[0], `${(m[1] ?? '').replace(/count="\d+"/, `count="${offset * 2}"`)}${m[2]}${m[2]}${m[3]}`);
  }
  const rows = formats.map((f, k) => `<row r="${k + 1}"><c r="A${k + 1}" s="${f}"><v>1</v></c>${full ? `<c r="B${k + 1}" s="${f + offset}"><v>1</v></c>` : ''}</row>`);
  const bytes = await buildPackage({ sheets: [['看', `<sheetData>${rows.join('')}</sheetData>`]], styles: xml });
  const wb = await loadWorkbook(bytes, 'styles.xlsx');
  const ws = wb.getWorksheet('看');
  if (!ws) throw new Error('no sheet');
  return ws;
}

export interface XmlCell {
  sheet: string;
  ref: string;
  xf: number;
}

/** Every <c> of every worksheet of a package with its format, and the package's styles part. */
export async function cellsOf(bytes: Uint8Array): Promise<{ styles: string; cells: XmlCell[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const styles = await text('xl/styles.xml');
  const workbook = await text('xl/workbook.xml');
  const rels = await text('xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)) targets.set(m[1] ?? '', m[2] ?? '');
  const cells: XmlCell[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const target = (targets.get(m[2] ?? '') ?? '').replace(/^\/?(xl\/)?/, 'xl/');
    const xml = await text(target);
    for (const c of xml.matchAll(/<c\b([^>]*?)\/?>/g)) {
      const ref = /\sr="([A-Z]+\d+)"/.exec(c[1] ?? '')?.[1];
      const s = /\ss="(\d+)"/.exec(c[1] ?? '')?.[1];
      if (ref) cells.push({ sheet: m[1] ?? '', ref, xf: s === undefined ? 0 : Number(s) });
    }
  }
  return { styles, cells };
}
