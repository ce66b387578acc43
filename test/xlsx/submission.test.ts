import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { check } from '../../src/core/check';
import { fixesFor } from '../../src/core/fixes';
import { marksFor } from '../../src/core/marks';
import { buildSummaries } from '../../src/core/summary';
import { XlsxHost } from '../../src/xlsx/host';
import { submissionCopy } from '../../src/xlsx/submission';
import { fixturePath } from '../helpers/fixtures';

// Reads and writes the whole sample workbook: slow on a busy machine, never a wall-clock assertion.
jest.setTimeout(60_000);

describe('submissionCopy', () => {
  it('keeps the fixes and takes off everything else of ours: marks, notes, generated sheets, the hidden ledger', async () => {
    const original = new Uint8Array(fs.readFileSync(fixturePath('tongbao-2023-09.xlsx')));
    const host = await XlsxHost.open(original, 'x.xlsx');
    const report = check(await host.readSnapshot(), {});
    const fixes = fixesFor(report);
    expect(fixes.length).toBeGreaterThan(10);
    const { applied } = await host.applyFixes(fixes);
    await host.applyMarks(marksFor(check(await host.readSnapshot(), {}).findings));
    await host.writeSheets(buildSummaries(report, { by: 'leader', order: 'status' }).sheets);
    const worked = await host.save();

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await submissionCopy(worked, 'x.xlsx')) as unknown as ExcelJS.Buffer);
    const before = new ExcelJS.Workbook();
    await before.xlsx.load(Buffer.from(original) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(before.worksheets.map((ws) => ws.name));
    const sheet = wb.getWorksheet('9月')!;
    const plain = before.getWorksheet('9月')!;
    for (const fix of applied) expect(String(sheet.getCell(fix.cell).value)).toBe(fix.to);
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const was = plain.getCell(r, c);
        expect(cell.note).toEqual(was.note);
        expect(cell.fill).toEqual(was.fill);
      }),
    );
    // The session's own workbook is untouched: it can still be cleared and undone.
    expect(host.workbook.getWorksheet('_tongbao')).toBeDefined();
  });
});
