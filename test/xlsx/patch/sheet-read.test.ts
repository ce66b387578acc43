import * as fs from 'fs';
import * as path from 'path';
import { XlsxHost } from '../../../src/xlsx/host';
import { HOSTILE } from '../../hostile/cases';
import { buildPackage } from '../package';
import { exceljsStyles, lookOf, MIXED_STYLES } from './exceljs-styles';
import { hostNow, openSheets, refsOf } from './sheets';

// Whole workbooks read cell by cell through exceljs and through the patch: slow on a busy machine.
jest.setTimeout(60_000);

/** Edge cells of several producers, in one sheet. */
const EDGE_CELLS = [
  '<c r="A1"/>', '<c r="B1" s="0"/>', '<c r="C1" s="2"/>', '<c r="D1"><f>1+1</f><v>0</v></c>', '<c r="E1"><f>1+1</f></c>',
  '<c r="F1" t="str"><f>"a"</f><v>a&amp;amp;b</v></c>', '<c r="G1" t="b"><f>TRUE</f><v>0</v></c>', '<c r="H1" s="1"><f>1</f><v>45000</v></c>',
  '<c r="I1" t="e"><v>#N/A</v></c>', '<c r="J1" t="e"><f>NA()</f><v>#N/A</v></c>', '<c r="K1"><f t="shared" ref="K1:K2" si="0">1</f><v>3</v></c>',
  '<c r="L1"><v>abc</v></c>', '<c r="M1" t="inlineStr"><is><t>_x000D_x</t></is></c>', '<c r="N1" s="1"><v>45000.5</v></c>', '<c r="O1" t="s"><v>0</v></c>',
  '<c r="P1" t="b"><v>1</v></c>', '<c r="Q1"><f></f><v>5</v></c>', '<c r="R1" s="1" t="b"><f>1</f><v>1</v></c>', '<c r="S1"><v></v></c>', '<c r="T1" t="str"><v>x&amp;lt;</v></c>',
  '<c r="U1" t="s"><v>1</v></c>', '<c r="V1" t="s"><v>2</v></c>', '<c r="W1" t="inlineStr"><is><r><rPr><b/><color rgb="FFFF0000"/></rPr><t>郭</t></r><r><t xml:space="preserve"> 克华</t></r></is></c>',
  '<c r="X1" s="3"><v>1.5</v></c>', '<c r="Y1" s="4"><v>45000</v></c>', '<c r="Z1" s="99"><v>45000</v></c>', '<c r="AA1" t="n"><v>-0</v></c>', '<c r="AB1" t="d"><v>2023-09-01</v></c>',
];
const EDGE_STRINGS = ['<si/>', '<si><r><rPr><i/></rPr><t>斜</t></r><r><t>体</t></r></si>', '<si><t>第一行_x000D_\n第二行</t></si>'];

function edgeWorkbook(): Promise<Uint8Array> {
  const rows =
    `<row r="1">${EDGE_CELLS.join('')}</row><row r="2" s="2" customFormat="1"><c r="K2"><f t="shared" si="0"/><v>4</v></c><c r="M2" s="3"><v>2</v></c></row>` +
    '<row r="4"><c r="A4" t="inlineStr"><is><t>合并</t></is></c><c r="B4" t="inlineStr"><is><t>被覆盖</t></is></c><c r="C4" s="1"/></row>' +
    '<row r="5" s="4" customFormat="1"/><row r="6"><c r="B6"><v>6</v></c></row><row r="8" s="5"><c r="A8"/><c r="B8" s="0"/><c r="E8"/><c r="F8" s="3"/></row><row r="9"><c r="A9"/><c r="E9"/><c r="G9"/></row>';
  const body = `<cols><col min="1" max="2" width="9" style="3"/><col min="5" max="5" style="4"/></cols><sheetData>${rows}</sheetData><mergeCells count="2"><mergeCell ref="A4:C5"/><mergeCell ref="E6:F7"/></mergeCells>`;
  return buildPackage({ sheets: [['边角', body]], sharedStrings: EDGE_STRINGS, styles: MIXED_STYLES });
}

async function workbooks(): Promise<[string, Uint8Array][]> {
  const fixtures = ['tongbao-2023-09.xlsx', 'tongbao-2023-09-pasted.xlsx'].map((f): [string, Uint8Array] => [f, new Uint8Array(fs.readFileSync(path.join(__dirname, '../../fixtures', f)))]);
  const hostile: [string, Uint8Array][] = [];
  for (const c of HOSTILE) if (c.expect.read && !/two hundred|inflates/.test(c.name)) hostile.push([c.name, await c.bytes()]);
  return [...fixtures, ['edge cells', await edgeWorkbook()], ...hostile];
}

describe('SheetXml reads every cell as XlsxHost does', () => {
  let all: [string, Uint8Array][];
  beforeAll(async () => {
    all = await workbooks();
  });

  test('now(ref) equals cellNow, style(ref) gives the look exceljs gives', async () => {
    let compared = 0;
    for (const [name, bytes] of all) {
      const host = await XlsxHost.open(bytes);
      const opened = openSheets(bytes);
      const styleOf = await exceljsStyles(opened.stylesXml);
      expect(opened.sheets.length).toBe(host.workbook.worksheets.length);
      for (const [i, ws] of host.workbook.worksheets.entries()) {
        const sheet = opened.sheets[i]?.sheet;
        if (!sheet) throw new Error(`${name}: no sheet ${ws.name}`);
        for (const ref of refsOf(ws)) {
          expect([name, ws.name, ref, sheet.now(ref)]).toEqual([name, ws.name, ref, hostNow(host, ws.name, ref)]);
          expect([name, ws.name, ref, lookOf(styleOf(sheet.style(ref)))]).toEqual([name, ws.name, ref, lookOf(ws.getCell(ref).style)]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(3000);
  });
});

