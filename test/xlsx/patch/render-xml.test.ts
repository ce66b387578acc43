import * as fs from 'fs';
import * as zlib from 'zlib';
import ExcelJS from 'exceljs';
import type { SheetModel } from '../../../src/core/sheet-model';
import { readSnapshotFast } from '../../../src/xlsx/fast-read';
import { loadWorkbook } from '../../../src/xlsx/load';
import { copy } from '../../../src/xlsx/look';
import { snapshotWorkbook } from '../../../src/xlsx/read';
import { renderSheet } from '../../../src/xlsx/render';
import { escapeForPackage } from '../../../src/xlsx/exact-text';
import { ledgerSheetXml, renderSheetXml } from '../../../src/xlsx/patch/render-xml';
import { Styles } from '../../../src/xlsx/patch/styles';
import { buildPackage, STYLES } from '../package';
import { ZipReader } from '../../../src/xlsx/zip';
import { fixturePath } from '../../helpers/fixtures';
import { sampleModels } from './models';

// Renders about 140 sheets both ways and reads them back: slow on a busy machine, never a wall-clock assertion.
jest.setTimeout(120_000);

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const inflateRaw = (data: Uint8Array) => new Uint8Array(zlib.inflateRawSync(data));

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A shared-string table as a package keeps one: each text once, escaped as Excel escapes it. */
class SharedTable {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  readonly add = (text: string): number => {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.items.length;
      this.index.set(text, i);
      this.items.push(`<si><t xml:space="preserve">${escapeXml(escapeForPackage(text))}</t></si>`);
    }
    return i;
  };
}

function sampleStyles(): string {
  const zip = new ZipReader(new Uint8Array(fs.readFileSync(fixturePath('tongbao-2023-09.xlsx'))), inflateRaw);
  return new TextDecoder().decode(zip.read('xl/styles.xml'));
}

/** The models rendered by render.ts through exceljs, written and read back. */
async function viaExceljs(models: readonly SheetModel[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  models.forEach((m, i) => renderSheet(wb.addWorksheet(`S${i}`), { ...m, name: `S${i}` }));
  return loadWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'exceljs.xlsx');
}

/** The models rendered as worksheet parts, in a package with the styles they added and their print titles. */
async function viaXml(models: readonly SheetModel[], baseStyles: string): Promise<{ bytes: Uint8Array; parts: string[] }> {
  const styles = new Styles(baseStyles);
  const shared = new SharedTable();
  const parts: string[] = [];
  const titles: string[] = [];
  models.forEach((m, i) => {
    const { xml, printTitles } = renderSheetXml({ ...m, name: `S${i}` }, (key, link) => styles.forModel(key === undefined ? undefined : m.styles[key], link), shared.add);
    parts.push(xml);
    if (printTitles) titles.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(printTitles)}</definedName>`);
  });
  const sheets = models.map((_m, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets>${sheets}</sheets>${titles.length ? `<definedNames>${titles.join('')}</definedNames>` : ''}</workbook>`;
  const files: Record<string, string> = { 'xl/workbook.xml': workbook, 'xl/styles.xml': styles.toXml() ?? baseStyles };
  parts.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = xml));
  const bytes = await buildPackage({ sheets: models.map((_m, i) => [`S${i}`, '']), sharedStrings: shared.items, parts: files });
  return { bytes, parts };
}

/** A format as exceljs reads it, with what means "none" spelled one way: no fill, no border, the default font's colour. */
function shownStyle(cell: ExcelJS.Cell, defaultColor: unknown): unknown {
  const s = copy(cell.style) ?? {};
  const fill = s.fill?.type === 'pattern' && s.fill.pattern === 'none' ? undefined : s.fill;
  const border = s.border && Object.keys(s.border).length ? s.border : undefined;
  const f = s.font ?? {};
  const color = f.color && JSON.stringify(f.color) !== JSON.stringify(defaultColor) ? f.color : undefined;
  const font = { bold: f.bold, size: f.size ?? 11, color, underline: f.underline };
  return { font, fill, border, alignment: s.alignment, numFmt: s.numFmt };
}

function sheetLayout(ws: ExcelJS.Worksheet, print: boolean): unknown {
  const widths: (number | undefined)[] = [];
  for (let c = 1; c <= ws.columnCount; c++) widths.push(ws.getColumn(c).width);
  const heights: (number | undefined)[] = [];
  for (let r = 1; r <= ws.rowCount; r++) heights.push(ws.getRow(r).height);
  const p = ws.pageSetup;
  return {
    widths,
    heights,
    merges: Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort(),
    views: (ws.views ?? []).map((v) => ({ ...v })),
    // Without a print setup exceljs writes Excel's defaults (portrait, one page by one), which is what none means.
    page: print ? [p.paperSize, p.orientation, p.fitToPage, p.fitToWidth, p.fitToHeight, p.horizontalCentered, p.margins, p.printTitlesRow] : [p.margins],
    footer: [ws.headerFooter?.oddFooter, ws.headerFooter?.evenFooter],
    // exceljs adds an empty x14 extension reference to each rule it writes; there is nothing it refers to.
    bars: JSON.parse(JSON.stringify((ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings, (k, v: unknown) => (k === 'x14Id' ? undefined : v))),
  };
}

/** Models the sample does not give: widths of 9, empty strings, links to numbers and to nothing, long link text, odd merges, other panes and print setups. */
const EDGE_MODELS: SheetModel[] = [
  {
    name: '边角',
    role: 'report',
    rows: [
      [{ value: '标题', style: 't' }, null, null],
      [{ value: '', style: 'b' }, { value: 0, style: 'n' }, { value: null, style: 'b' }, { value: -1.5e-7 }],
      [{ value: null, link: { sheet: '汇总', cell: 'B2' } }, { value: 3.5, link: { sheet: "a'b", cell: 'C3' } }, { value: '长'.repeat(300), link: { sheet: '汇总', cell: 'A1' }, style: 'b' }],
      [],
      [null, { value: 'x' }],
    ],
    styles: {
      t: { bold: true, size: 14, horizontal: 'center', vertical: 'middle' },
      b: { border: true, wrap: true, vertical: 'top' },
      n: { numberFormat: '0.00', fill: 'FFFFE699', fontColor: 'FF9C0006' },
    },
    merges: [
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 4, left: 0, bottom: 5, right: 1 },
      { top: 2, left: 3, bottom: 2, right: 3 },
    ],
    columnWidths: [9, 30, 15, 9, 9],
    rowHeights: [null, 25, null, null, null, null, 40],
    freeze: { rows: 0, columns: 2 },
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: false },
    dataBars: [{ range: 'B2:B3', color: 'FF638EC6' }],
  },
  { name: '空', role: 'report', rows: [], styles: {}, merges: [], columnWidths: [] },
  {
    name: '冻结',
    role: 'unit',
    rows: [[{ value: 1 }, { value: 2 }], [{ value: 'a' }, { value: 'b', style: 'w' }]],
    styles: { w: { wrap: true, horizontal: 'right' } },
    merges: [],
    columnWidths: [12],
    freeze: { rows: 2, columns: 1 },
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, titleRows: [2, 2], footer: '&L左 &R右' },
  },
];

describe('renderSheetXml draws what renderSheet draws', () => {
  let models: SheetModel[];
  beforeAll(async () => {
    models = [...(await sampleModels()), ...EDGE_MODELS];
  });

  it.each([
    ['a bare styles part', () => STYLES],
    ['the sample\'s styles part', sampleStyles],
  ])('for every sheet the core makes of the sample, on %s: values, formats, merges, sizes, views, print setup, data bars', async (_name, base) => {
    expect(models.map((m) => m.role)).toEqual(expect.arrayContaining(['overview', 'leader', 'unit-overview', 'unit', 'report', 'roster', 'bulletin']));
    const theirs = await viaExceljs(models);
    const { bytes } = await viaXml(models, base());
    const mine = await loadWorkbook(bytes, 'xml.xlsx');
    let cells = 0;
    models.forEach((m, i) => {
      const a = theirs.getWorksheet(`S${i}`) as ExcelJS.Worksheet;
      const b = mine.getWorksheet(`S${i}`) as ExcelJS.Worksheet;
      expect([i, sheetLayout(b, Boolean(m.print))]).toEqual([i, sheetLayout(a, Boolean(m.print))]);
      const box = (ws: ExcelJS.Worksheet) => [ws.dimensions.top, ws.dimensions.left, ws.dimensions.bottom, ws.dimensions.right];
      expect([i, box(b)]).toEqual([i, box(a)]);
      const rows = Math.max(a.rowCount, b.rowCount);
      const cols = Math.max(a.columnCount, b.columnCount);
      for (let r = 1; r <= rows; r++) {
        for (let c = 1; c <= cols; c++) {
          const x = a.getCell(r, c);
          const y = b.getCell(r, c);
          expect([i, x.address, y.value, y.type]).toEqual([i, x.address, x.value, x.type]);
          // exceljs's default font, and the sample's, has the theme's text colour: the same as none.
          expect([i, x.address, shownStyle(y, { theme: 1 })]).toEqual([i, x.address, shownStyle(x, { theme: 1 })]);
          cells++;
        }
      }
    });
    expect(cells).toBeGreaterThan(5000);
  });

  it('reads the same through the fast reader as the exceljs-rendered sheets through exceljs', async () => {
    const theirs = snapshotWorkbook(await viaExceljs(models));
    const { bytes } = await viaXml(models, STYLES);
    const fast = readSnapshotFast(bytes, inflateRaw);
    expect(fast.sheets.map((s) => s.name)).toEqual(theirs.sheets.map((s) => s.name));
    fast.sheets.forEach((s, i) => expect(s).toEqual(theirs.sheets[i]));
  });

  it('writes elements in schema order, and text every reader reads back exactly', async () => {
    const model: SheetModel = {
      name: "O'Brien 表",
      role: 'report',
      rows: [
        [{ value: 'a & b < c\r\n"d"\u0001', style: 'x' }, { value: '  lead', style: 'x' }, { value: 7, link: { sheet: "O'Brien 表", cell: 'A1' } }],
        [{ value: '第一行\r\n第二行 _x0041_', style: 'x' }, { value: '回车\r\n换行' }, { value: '' }],
      ],
      styles: { x: { wrap: true } },
      merges: [{ top: 2, left: 0, bottom: 3, right: 1 }],
      columnWidths: [9, 9, 20],
      rowHeights: [null, 30],
      freeze: { rows: 1, columns: 0 },
      print: { paper: 'A4', orientation: 'portrait', fitToWidth: false, titleRows: [1, 1], footer: '&C第 &P 页' },
      dataBars: [{ range: 'C1:C3', color: 'FF63BE7B' }],
    };
    const shared = new SharedTable();
    const { xml, printTitles } = renderSheetXml(model, (key) => (key ? 1 : 0), shared.add);
    expect(printTitles).toBe("'O''Brien 表'!$1:$1");
    const order = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'mergeCells', 'conditionalFormatting', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter'];
    const at = order.map((name) => xml.indexOf(`<${name}`)).filter((i) => i !== -1);
    expect(at).toEqual([...at].sort((p, q) => p - q));
    expect(at.length).toBe(order.length - 1);
    expect(xml).not.toContain('<sheetPr');
    // Plain text stays inline, a carriage return as a character reference; what an inline string cannot carry is shared.
    expect(xml).toContain('<t xml:space="preserve">  lead</t>');
    expect(xml).toContain('<c r="B2" t="inlineStr"><is><t xml:space="preserve">回车&#13;\n换行</t></is></c>');
    expect(shared.items.length).toBe(3);
    const bytes = await buildPackage({ sheets: [['O', '']], sharedStrings: shared.items, parts: { 'xl/worksheets/sheet1.xml': xml } });
    const ws = (await loadWorkbook(bytes, 'x.xlsx')).getWorksheet('O') as ExcelJS.Worksheet;
    const texts = ['A1', 'B1', 'A2', 'B2', 'C2'].map((ref) => ws.getCell(ref).value);
    expect(texts).toEqual(['a & b < c\r\n"d"\u0001', '  lead', '第一行\r\n第二行 _x0041_', '回车\r\n换行', '']);
    expect(readSnapshotFast(bytes, inflateRaw).sheets[0]?.values.slice(0, 2)).toEqual([
      ['a & b < c\r\n"d"\u0001', '  lead', 7],
      ['第一行\r\n第二行 _x0041_', '回车\r\n换行', ''],
    ]);
    expect(ws.getCell('C1').value).toEqual({ formula: 'HYPERLINK("#\'O\'\'Brien 表\'!A1",7)', result: 7 });
    expect(ws.getColumn(1).width).toBe(9.01);
    expect(ws.getRow(2).height).toBe(30);
    expect(ws.getCell('B4').isMerged).toBe(true);
  });

  it('without shared strings, writes what an inline string cannot carry as Excel reads it', () => {
    const { xml } = renderSheetXml({ name: 'a', role: 'report', rows: [[{ value: 'x\u0001_x0041_' }]], styles: {}, merges: [], columnWidths: [] }, () => 0);
    expect(xml).toContain('<t>x_x0001__x005F_x0041_</t>');
  });
});

describe('ledgerSheetXml', () => {
  it('keeps one chunk a row in column A, read back exactly by both readers', async () => {
    const chunks = ['{"v":2,"marks":[]}', 'a\r\nb & <c> _x0041_', ' spaced ', '{"old":"回车\r\n"}'];
    const shared = new SharedTable();
    const xml = ledgerSheetXml(chunks, shared.add);
    expect(shared.items.length).toBe(1);
    const bytes = await buildPackage({ sheets: [['_tongbao', '']], sharedStrings: shared.items, parts: { 'xl/worksheets/sheet1.xml': xml } });
    const ws = (await loadWorkbook(bytes, 'x.xlsx')).getWorksheet('_tongbao') as ExcelJS.Worksheet;
    expect([1, 2, 3, 4].map((r) => ws.getCell(r, 1).value)).toEqual(chunks);
    const fast = readSnapshotFast(bytes, inflateRaw);
    expect(fast.sheets[0]?.values.map((row) => row[0])).toEqual(chunks);
    expect(ledgerSheetXml([])).toContain('<sheetData/>');
  });
});

describe('renderSheetXml at 100,000 rows', () => {
  it('renders every row once, in order', () => {
    const rows = Array.from({ length: 100_000 }, (_v, r) => [{ value: r + 1, style: 'n' }, { value: `任务 ${r + 1}`, style: 't' }, null, { value: 'x', link: { sheet: '9月', cell: `A${r + 3}` } }]);
    const model: SheetModel = { name: '大表', role: 'report', rows, styles: { n: { border: true }, t: { wrap: true } }, merges: [], columnWidths: [8, 40] };
    const { xml } = renderSheetXml(model, (key) => (key === 'n' ? 1 : key === 't' ? 2 : 0));
    expect(xml.match(/<row /g)?.length).toBe(100_000);
    expect(xml).toContain('<dimension ref="A1:D100000"/>');
    expect(xml.indexOf('<row r="99999"')).toBeLessThan(xml.indexOf('<row r="100000"'));
  });
});
