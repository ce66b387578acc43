import * as fs from 'fs';
import { buildBulletin } from '../../../src/core/bulletin';
import { check } from '../../../src/core/check';
import { reportSheet } from '../../../src/core/report-sheet';
import { rosterSheetModel } from '../../../src/core/roster-sheet';
import { bulletinSheetModel } from '../../../src/core/bulletin/sheet';
import type { SheetModel } from '../../../src/core/sheet-model';
import { buildSummaries } from '../../../src/core/summary';
import { XlsxHost } from '../../../src/xlsx/host';
import { fixturePath } from '../../helpers/fixtures';

/** Every kind of sheet the core makes for the sample: summaries both ways, the check report, the roster, the bulletin. */
export async function sampleModels(): Promise<SheetModel[]> {
  const host = await XlsxHost.open(new Uint8Array(fs.readFileSync(fixturePath('tongbao-2023-09.xlsx'))), 'x.xlsx');
  const report = check(await host.readSnapshot(), {});
  const models: SheetModel[] = [];
  for (const order of ['status', 'seq'] as const) models.push(...buildSummaries(report, { by: 'both', order }).sheets);
  models.push(reportSheet({ sheet: report.sheet, title: report.title, month: report.month, tasks: report.tasks.length, findings: report.findings }));
  models.push(rosterSheetModel(report));
  for (const [groupBy, leaderLayout] of [['leader', 'table'], ['unit', 'paragraph']] as const) {
    models.push(bulletinSheetModel(buildBulletin(report, { groupBy, leaderLayout, date: { year: 2023, month: 10, day: 8 } })));
  }
  return models;
}
