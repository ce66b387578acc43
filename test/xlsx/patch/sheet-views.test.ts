import ExcelJS from 'exceljs';
import { SharedStrings } from '../../../src/xlsx/patch/shared-strings';
import { SheetXml } from '../../../src/xlsx/patch/sheet-xml';
import { buildPackage } from '../package';

/** The sheet's view (active cell, selected tab) and its notes drawing, written where Excel looks for them. */

const DATA = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>';
const TAIL = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="0"/>';

const VIEWS: [string, string][] = [
  ['no sheetViews at all', `<dimension ref="A1"/>${DATA}${TAIL}`],
  ['a self-closing sheetView', `<sheetViews><sheetView workbookViewId="0"/></sheetViews>${DATA}`],
  ['a selection in the top-left pane', `<sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="B2" sqref="B2:C3"/></sheetView></sheetViews>${DATA}`],
  [
    'frozen rows, the selection in the bottom pane',
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A3" activeCellId="0" sqref="A3"/></sheetView></sheetViews>${DATA}`,
  ],
  ['frozen rows without a selection', `<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>${DATA}`],
];

async function readBack(body: string, edit: (s: SheetXml) => void): Promise<{ xml: string; ws: ExcelJS.Worksheet }> {
  const full = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${body}</worksheet>`;
  const sheet = new SheetXml(full, new SharedStrings(null));
  edit(sheet);
  const xml = sheet.toXml();
  const inner = xml.slice(xml.indexOf('>', xml.indexOf('<worksheet')) + 1, xml.lastIndexOf('</worksheet>'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await buildPackage({ sheets: [['S', inner]] })) as unknown as ExcelJS.Buffer);
  return { xml, ws: wb.worksheets[0]! };
}

describe('select and setTabSelected', () => {
  test.each(VIEWS)('%s: exceljs reads the new active cell and tab', async (_name, body) => {
    const { xml, ws } = await readBack(body, (s) => {
      s.select('D7');
      s.setTabSelected(true);
    });
    // exceljs reads the active cell; the selected tab it leaves out of its model, so the XML says it.
    expect(ws.views[0]?.activeCell).toBe('D7');
    expect(xml).toMatch(/<sheetView [^>]*tabSelected="1"/);
    expect(xml.match(/<sheetView\b/g)).toHaveLength(1);
    // sheetViews stands where the schema puts it: after the dimension, before the sheet data.
    expect(xml.indexOf('<sheetViews')).toBeLessThan(xml.indexOf('<sheetData'));
    if (xml.includes('<dimension')) expect(xml.indexOf('<dimension')).toBeLessThan(xml.indexOf('<sheetViews'));
    if (body.includes('pane')) expect(xml).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
  });

  test('a tab unselected loses only its flag', async () => {
    const { xml, ws } = await readBack(VIEWS[2]![1], (s) => s.setTabSelected(false));
    expect(ws.views[0]?.activeCell).toBe('B2');
    expect(xml).toContain('<sheetView workbookViewId="0"><selection activeCell="B2" sqref="B2:C3"/></sheetView>');
  });

  test('unselecting a sheet without views changes nothing', async () => {
    const { xml } = await readBack(VIEWS[0]![1], (s) => s.setTabSelected(false));
    expect(xml).not.toContain('sheetView');
  });
});

test('an empty sheet gets its view and its first rows together', () => {
  const sheet = new SheetXml('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetData/></worksheet>', new SharedStrings(null));
  sheet.select('B2');
  sheet.setContent('B2', { kind: 'number', value: 1 });
  sheet.setContent('A1', { kind: 'boolean', value: false });
  expect(sheet.toXml()).toBe(
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B2"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="B2" sqref="B2"/></sheetView></sheetViews>' +
      '<sheetData><row r="1"><c r="A1" t="b"><v>0</v></c></row><row r="2"><c r="B2"><v>1</v></c></row></sheetData></worksheet>',
  );
});

describe('legacyDrawing', () => {
  test('inserted in schema order, read back, replaced and removed', async () => {
    const body = `${DATA}${TAIL}`;
    const { xml } = await readBack(body, (s) => {
      expect(s.legacyDrawing()).toBeNull();
      s.setLegacyDrawing('rId9');
    });
    expect(xml).toContain('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><legacyDrawing r:id="rId9"/><tableParts count="0"/>');
    const again = new SheetXml(xml, new SharedStrings(null));
    expect(again.legacyDrawing()).toBe('rId9');
    again.setLegacyDrawing('rId2');
    expect(again.toXml()).toContain('<legacyDrawing r:id="rId2"/><tableParts');
    const gone = new SheetXml(xml, new SharedStrings(null));
    gone.setLegacyDrawing(null);
    expect(gone.toXml()).not.toContain('legacyDrawing');
    expect(gone.toXml()).toBe(`${xml.slice(0, xml.indexOf('<legacyDrawing'))}${xml.slice(xml.indexOf('<tableParts'))}`);
  });

  test('the relationships namespace is declared on the root when the sheet has none', () => {
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${DATA}<extLst><ext uri="u"/></extLst></worksheet>`;
    const sheet = new SheetXml(xml, new SharedStrings(null));
    sheet.setLegacyDrawing('rId1');
    expect(sheet.toXml()).toBe(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${DATA}<legacyDrawing r:id="rId1"/><extLst><ext uri="u"/></extLst></worksheet>`,
    );
  });

  test('a prefixed sheet gets a prefixed element, after its drawing', () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheetData/><x:drawing rel:id="rId1"/></x:worksheet>`;
    const sheet = new SheetXml(xml, new SharedStrings(null));
    sheet.setLegacyDrawing('rId2');
    expect(sheet.toXml()).toContain('<x:drawing rel:id="rId1"/><x:legacyDrawing rel:id="rId2"/></x:worksheet>');
  });
});
