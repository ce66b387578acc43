import * as fs from 'fs';
import { check } from '../../src/core/check';
import { buildSummaries } from '../../src/core/summary';
import { rosterSheetModel } from '../../src/core/roster-sheet';
import { reportSheetNames } from '../../src/core/table/sheet';
import { XlsxHost } from '../../src/xlsx/host';
import { fixturePath } from '../helpers/fixtures';

// Reads and writes the whole sample workbook: slow on a busy machine, never a wall-clock assertion.
jest.setTimeout(60_000);

describe('reportSheetNames', () => {
  it('offers only the sheets that could be the report: never the ledger, the roster or the sheets made from it', async () => {
    const host = await XlsxHost.open(new Uint8Array(fs.readFileSync(fixturePath('tongbao-2023-09.xlsx'))), 'x.xlsx');
    const report = check(await host.readSnapshot(), {});
    await host.writeSheets(buildSummaries(report, { by: 'both', order: 'status' }).sheets);
    await host.writeSheets([rosterSheetModel(report)]);
    const host2 = await XlsxHost.open(new Uint8Array(await host.save()), 'x.xlsx');
    const snapshot = await host2.readSnapshot();
    expect(snapshot.sheets.length).toBeGreaterThan(60);
    expect(snapshot.sheets.map((s) => s.name)).toContain('_tongbao');
    expect(reportSheetNames(snapshot)).toEqual(['9月']);
  });
});
