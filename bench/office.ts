import { check } from '../src/core/check';
import { marksFor } from '../src/core/marks';
import { buildSummaries } from '../src/core/summary';
import type { WorkbookSnapshot } from '../src/core/snapshot';
import { OfficeHost } from '../src/office';
import type { ExcelRun } from '../src/office';
import { createFakeExcel } from '../test/fake-excel';
import '../test/fake-excel/node-runtime';
import type { FakeExcel } from '../test/fake-excel';
import type { BenchContext } from './types';

/** Target from the Office.js host issue: validate, mark and summarize 10,000 tasks in 8 round trips, no request over 5 MB. */
export const OFFICE_TARGET_SYNCS = 8;
export const PAYLOAD_CAP = 5 * 1024 * 1024;

interface Step {
  syncs: number;
  ops: number;
  /** Largest request sent, in bytes, as office.js serialized it. */
  maxRequestBytes: number;
  /** Largest response received, in bytes. */
  maxResponseBytes: number;
  /** All request and response bytes of the step. */
  requestBytes: number;
  responseBytes: number;
  /** Requests office.js sends by itself at the end of Excel.run to release kept ranges (not waited for in a page). */
  cleanups: number;
  ms: number;
}

async function step(excel: FakeExcel, work: () => Promise<unknown>): Promise<Step> {
  excel.resetStats();
  const start = performance.now();
  await work();
  const ms = Math.round(performance.now() - start);
  const s = excel.stats;
  const sent = s.requests.filter((r) => !r.cleanup);
  return {
    syncs: s.syncs,
    ops: s.ops,
    maxRequestBytes: s.maxRequestBytes,
    maxResponseBytes: s.maxResponseBytes,
    requestBytes: sent.reduce((n, r) => n + r.requestBytes, 0),
    responseBytes: sent.reduce((n, r) => n + r.responseBytes, 0),
    cleanups: s.cleanups,
    ms,
  };
}

/** What the pane does on a report: read and check it, mark the findings, make the leader sheets. */
async function measureOn(snapshot: WorkbookSnapshot) {
  const excel = createFakeExcel(snapshot);
  const host = new OfficeHost({ run: excel.run as ExcelRun, isSetSupported: excel.isSetSupported });
  // Every cell of the report's sheets, to check that clearing puts each one back exactly.
  const looks = () => JSON.stringify(snapshot.sheets.map((sheet) => excel.cells(sheet.name)));
  const before = looks();
  let read: WorkbookSnapshot = { sheets: [] };
  const validate = await step(excel, async () => {
    read = await host.readSnapshot();
  });
  const report = check(read);
  const marks = marksFor(report.findings);
  const mark = await step(excel, () => host.applyMarks(marks));
  const clear = await step(excel, () => host.clearMarks());
  const restored = looks() === before;
  const summary = buildSummaries(report, { by: 'leader' });
  const summarize = await step(excel, () => host.writeSheets(summary.sheets));
  const steps = [validate, mark, summarize];
  const totalSyncs = steps.reduce((n, s) => n + s.syncs, 0);
  const maxBytes = Math.max(...[...steps, clear].map((s) => Math.max(s.maxRequestBytes, s.maxResponseBytes)));
  return {
    tasks: report.tasks.length,
    marks: marks.length,
    sheets: summary.sheets.length,
    validate,
    mark,
    clear,
    summarize,
    totalSyncs,
    maxBytes,
    restored,
    withinTarget: totalSyncs <= OFFICE_TARGET_SYNCS && maxBytes < PAYLOAD_CAP && restored,
  };
}

/** Round trips and payloads of the Office.js host, measured on the in-memory Excel with the real core. */
export async function run(ctx: BenchContext): Promise<Record<string, unknown>> {
  const fixture = await measureOn(ctx.fixture);
  const generated = await measureOn(ctx.generated);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
  for (const [label, r] of [['样例', fixture], ['生成', generated]] as const) {
    ctx.log(
      `office ${label} ${r.tasks} 项：校验 ${r.validate.syncs} 次往返，标记 ${r.mark.syncs} 次（${r.marks} 处），清除 ${r.clear.syncs} 次，` +
        `汇总 ${r.summarize.syncs} 次（${r.sheets} 张表）；合计 ${r.totalSyncs} 次，目标 ≤ ${OFFICE_TARGET_SYNCS}；` +
        `最大单次请求/响应 ${mb(r.maxBytes)} MB（office.js 序列化实测，上限 5 MB）；` +
        `标记请求共 ${mb(r.mark.requestBytes)} MB、响应 ${mb(r.mark.responseBytes)} MB；清除后逐格还原：${r.restored ? '是' : '否'}：${r.withinTarget ? '达标' : '未达标'}`,
    );
  }
  return {
    validate: generated.validate,
    mark: generated.mark,
    clear: generated.clear,
    summarize: generated.summarize,
    totalSyncs: generated.totalSyncs,
    withinTarget: generated.withinTarget,
    restored: generated.restored,
    fixture: { tasks: fixture.tasks, totalSyncs: fixture.totalSyncs, restored: fixture.restored, withinTarget: fixture.withinTarget },
    targetSyncs: OFFICE_TARGET_SYNCS,
  };
}
