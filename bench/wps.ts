import { check } from '../src/core/check';
import { marksFor } from '../src/core/marks';
import type { Mark } from '../src/core/host';
import { buildSummaries } from '../src/core/summary';
import type { WorkbookSnapshot } from '../src/core/snapshot';
import { parseA1 } from '../src/core/address';
import { WpsHost } from '../src/wps';
import { unionAddresses } from '../src/wps/ranges';
import { createFakeWps } from '../test/fake-wps';
import type { FakeWps } from '../test/fake-wps';
import type { BenchContext } from './types';

/** Targets from the WPS host issue: at most 60 object-model calls to read the report. */
export const WPS_READ_TARGET_CALLS = 60;

interface Step {
  calls: number;
  writes: number;
  ranges: number;
  longestAddress: number;
  ms: number;
}

async function step(wps: FakeWps, work: () => Promise<unknown>): Promise<Step> {
  wps.resetStats();
  const start = performance.now();
  await work();
  const ms = Math.round(performance.now() - start);
  const { calls, writes, ranges, longestAddress } = wps.stats;
  return { calls, writes, ranges, longestAddress, ms };
}

/** The union ranges painting takes: one per style group, more where an address would pass 255 characters. */
function paintRanges(marks: readonly Mark[]): { groups: number; ranges: number } {
  const groups = new Map<string, { row: number; col: number }[]>();
  for (const m of marks) {
    const key = `${m.sheet}\u0000${m.style}`;
    const list = groups.get(key) ?? [];
    list.push(parseA1(m.cell));
    groups.set(key, list);
  }
  let ranges = 0;
  for (const cells of groups.values()) ranges += unionAddresses(cells).length;
  return { groups: groups.size, ranges };
}

async function measureOn(snapshot: WorkbookSnapshot) {
  const wps = createFakeWps(snapshot);
  const host = new WpsHost(wps.application, { pause: () => Promise.resolve() });
  let read: WorkbookSnapshot = { sheets: [] };
  const validate = await step(wps, async () => {
    read = await host.readSnapshot();
  });
  const report = check(read);
  const marks = marksFor(report.findings);
  const before = JSON.stringify(wps.dump());
  const mark = await step(wps, () => host.applyMarks(marks));
  const clear = await step(wps, () => host.clearMarks());
  const restored = JSON.stringify((wps.dump() as { name: string }[]).filter((s) => s.name !== '_tongbao')) === before;
  const summary = buildSummaries(report, { by: 'leader' });
  const summarize = await step(wps, () => host.writeSheets(summary.sheets));
  return { tasks: report.tasks.length, marks: marks.length, sheets: summary.sheets.length, paint: paintRanges(marks), validate, mark, clear, summarize, restored };
}

/** Object-model calls of the WPS host on the in-memory WPS 表格, with the real core. */
export async function run(ctx: BenchContext): Promise<Record<string, unknown>> {
  const fixture = await measureOn(ctx.fixture);
  const generated = await measureOn(ctx.generated);
  for (const [label, r] of [['样例', fixture], ['生成', generated]] as const) {
    ctx.log(
      `wps ${label} ${r.tasks} 项：读取 ${r.validate.calls} 次调用（目标 ≤ ${WPS_READ_TARGET_CALLS}），${r.validate.ms} ms；` +
        `标记 ${r.marks} 处：${r.paint.groups} 个样式组涂色用 ${r.paint.ranges} 个合并区域（地址最长 ${r.mark.longestAddress} 字符），全部 ${r.mark.calls} 次调用（含每格批注），${r.mark.ms} ms；` +
        `清除 ${r.clear.calls} 次，${r.clear.ms} ms；汇总 ${r.sheets} 张表 ${r.summarize.calls} 次，${r.summarize.ms} ms；清除后逐格还原：${r.restored ? '是' : '否'}`,
    );
  }
  return {
    tasks: generated.tasks,
    marks: generated.marks,
    validate: generated.validate,
    mark: generated.mark,
    paint: generated.paint,
    clear: generated.clear,
    summarize: generated.summarize,
    restored: generated.restored,
    readWithinTarget: generated.validate.calls <= WPS_READ_TARGET_CALLS,
    fixture: { tasks: fixture.tasks, readCalls: fixture.validate.calls, markCalls: fixture.mark.calls, restored: fixture.restored },
    targetReadCalls: WPS_READ_TARGET_CALLS,
  };
}
