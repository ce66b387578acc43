import ExcelJS from 'exceljs';
import { toA1 } from '../../src/core/address';
import { check } from '../../src/core/check';
import { marksFor } from '../../src/core/marks';
import { buildSummaries } from '../../src/core/summary';
import { XlsxHost } from '../../src/xlsx/host';
import { snapshotWorkbook } from '../../src/xlsx/read';
import { loadWorkbook } from '../../src/xlsx/load';
import { createFakeWps } from '../fake-wps';
import type { FakeWps } from '../fake-wps';
import { fixturePath, loadFixture } from '../helpers/fixtures';
import { fakeWith } from '../office/setup';
import { wpsHostOn, wpsWith } from './setup';
import { readFile } from 'node:fs/promises';

/** A workbook the xlsx host wrote, opened in the in-memory WPS: values, merges, solid fills, font colours, bold, notes, hidden sheets. */
function openInWps(wb: ExcelJS.Workbook): FakeWps {
  const wps = createFakeWps(snapshotWorkbook(wb));
  for (const ws of wb.worksheets) {
    if (ws.state === 'veryHidden') wps.setVisibility(ws.name, 2);
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const fill = cell.style.fill;
        if (fill?.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb) wps.setFill(ws.name, cell.address, `#${fill.fgColor.argb.slice(-6)}`);
        const color = cell.style.font?.color?.argb;
        if (color || cell.style.font?.bold) wps.setFont(ws.name, cell.address, { ...(color ? { color: `#${color.slice(-6)}` } : {}), bold: Boolean(cell.style.font?.bold) });
        const note = cell.note;
        if (note) wps.setNote(ws.name, cell.address, typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join(''));
      }),
    );
  }
  return wps;
}

/** The in-memory WPS saved as a workbook the xlsx host opens: values, merges, solid fills, font colours, bold, notes, hidden sheets. */
function saveFromWps(wps: FakeWps): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of wps.dump() as { name: string; visible: number; merges: string[]; cells: [string, ReturnType<FakeWps['cell']>][] }[]) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.visible === 2 ? 'veryHidden' : 'visible' });
    for (const [key, c] of sheet.cells) {
      const [r, col] = key.split(',').map(Number) as [number, number];
      const cell = ws.getCell(r + 1, col + 1);
      if (c.value !== null) cell.value = c.value;
      if (c.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${c.fill.slice(1)}` } };
      if (!c.fontAuto || c.bold) cell.font = { ...(c.fontAuto ? {} : { color: { argb: `FF${c.fontColor.slice(1)}` } }), ...(c.bold ? { bold: true } : {}) };
      if (c.note !== null) cell.note = c.note;
    }
    for (const m of sheet.merges) if (m.includes(':')) ws.mergeCells(m);
  }
  return wb;
}

/** What a mark changes on each cell of a sheet, as the xlsx host sees it. */
function looks(wb: ExcelJS.Workbook, sheet: string) {
  const out: Record<string, unknown> = {};
  wb.getWorksheet(sheet)?.eachRow((row) =>
    row.eachCell((cell) => {
      const fill = cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? (cell.fill.fgColor?.argb ?? null) : null;
      const note = cell.note === undefined ? null : typeof cell.note === 'string' ? cell.note : (cell.note.texts ?? []).map((t) => t.text).join('');
      out[cell.address] = { fill, font: cell.font?.color?.argb ?? null, bold: Boolean(cell.font?.bold), note };
    }),
  );
  return out;
}

describe('WPS beside the other hosts', () => {
  it('marks a workbook the xlsx host then clears exactly', async () => {
    const fixture = await loadFixture('tongbao-2023-09.xlsx');
    const { wps, host } = wpsWith(fixture);
    const report = check(await host.readSnapshot());
    const sheet = report.sheet ?? '';
    wps.setNote(sheet, marksFor(report.findings)[0]?.cell ?? 'A1', '用户的批注');
    const before = looks(saveFromWps(wps), sheet);
    await host.applyMarks(marksFor(report.findings));
    const marked = saveFromWps(wps);
    expect(JSON.stringify(looks(marked, sheet))).toContain('通报表助手');
    await new XlsxHost(marked).clearMarks();
    expect(looks(marked, sheet)).toEqual(before);
  });

  it('reads, marks and writes summary sheets as the Excel add-in does on the same workbook', async () => {
    const fixture = await loadFixture('tongbao-2023-09.xlsx');
    const { excel, host: office } = fakeWith(fixture);
    const { wps, host } = wpsWith(fixture);
    const inExcel = check(await office.readSnapshot());
    const inWps = check(await host.readSnapshot());
    expect(inWps.findings).toEqual(inExcel.findings);

    const marks = marksFor(inWps.findings);
    await office.applyMarks(marks);
    await host.applyMarks(marks);
    for (const m of marks) {
      const a = excel.cell(m.sheet, m.cell);
      const b = wps.cell(m.sheet, m.cell);
      expect({ fill: b.fill, bold: b.bold, note: b.note }).toEqual({ fill: a.fill, bold: a.bold, note: a.note });
      // Text Excel recoloured is recoloured alike; a colour Office.js reads as black may be automatic, which it leaves alone.
      if (a.fontColor !== '#000000') expect(b.fontColor).toBe(a.fontColor);
      if (b.fontAuto) expect(a.fontColor).toBe('#000000');
    }

    const summary = buildSummaries(inWps, { by: 'leader' });
    const a = await office.writeSheets(summary.sheets);
    const b = await host.writeSheets(summary.sheets);
    expect(b).toEqual(a);
    for (const model of summary.sheets) {
      expect(wps.sheet(model.name).merges).toEqual([...excel.sheet(model.name).merges].map((m) => m.replace(/\$/g, '')).sort());
      model.rows.forEach((row, r) =>
        row.forEach((_cell, c) => {
          const address = toA1(r, c);
          expect(String(wps.cell(model.name, address).value ?? '')).toBe(String(excel.cell(model.name, address).value ?? ''));
        }),
      );
    }
  });

  it('clears exactly a workbook the xlsx host (command line, standalone page) marked', async () => {
    const bytes = new Uint8Array(await readFile(fixturePath('tongbao-2023-09.xlsx')));
    const original = openInWps(await loadWorkbook(bytes, 'sample'));
    const xlsx = await XlsxHost.open(bytes, 'sample');
    const report = check(await xlsx.readSnapshot());
    await xlsx.applyMarks(marksFor(report.findings));
    const marked = openInWps(await loadWorkbook(await xlsx.save(), 'marked'));
    expect(JSON.stringify(marked.dump())).toContain('通报表助手');
    await wpsHostOn(marked).clearMarks();
    const sheet = report.sheet ?? '';
    const cells = (w: FakeWps) => (w.dump() as { name: string; cells: unknown }[]).find((s) => s.name === sheet)?.cells;
    expect(cells(original)).toEqual(expect.arrayContaining([expect.anything()]));
    expect(cells(marked)).toEqual(cells(original));
  });
});
