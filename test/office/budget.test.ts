import { check } from '../../src/core/check';
import { marksFor } from '../../src/core/marks';
import { buildSummaries } from '../../src/core/summary';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import type { FakeStats } from '../fake-excel';
import { loadFixture } from '../helpers/fixtures';
import { fakeWith, generatedReport } from './setup';

const CAP = 5 * 1024 * 1024;

interface Measured {
  syncs: number;
  maxRequest: number;
  maxResponse: number;
  bytes: number;
}

function measure(stats: FakeStats): Measured {
  return {
    syncs: stats.syncs,
    maxRequest: stats.maxRequestBytes,
    maxResponse: stats.maxResponseBytes,
    bytes: stats.requests.reduce((n, r) => n + Math.max(r.requestBytes, r.responseBytes), 0),
  };
}

/** Validate, mark, clear and summarize on the fake, as the pane does, measuring each step. */
async function run(snapshot: WorkbookSnapshot) {
  const { excel, host } = fakeWith(snapshot);
  const step = async (work: () => Promise<unknown>): Promise<Measured> => {
    excel.resetStats();
    await work();
    expect(excel.stats.requests.every((r) => r.ok)).toBe(true);
    return measure(excel.stats);
  };
  let read: WorkbookSnapshot = { sheets: [] };
  const validate = await step(async () => {
    read = await host.readSnapshot();
  });
  const report = check(read);
  const marks = marksFor(report.findings);
  const mark = await step(() => host.applyMarks(marks));
  const clear = await step(() => host.clearMarks());
  const summary = buildSummaries(report, { by: 'leader' });
  const summarize = await step(() => host.writeSheets(summary.sheets));
  return { validate, mark, clear, summarize, tasks: report.tasks.length, marks: marks.length };
}

/** The budget, plus only the round trips the 5 MB cap forces on the data actually moved. */
function within(m: Measured, budget: number): void {
  expect(m.maxRequest).toBeLessThan(CAP);
  expect(m.maxResponse).toBeLessThan(CAP);
  const forced = Math.max(0, Math.ceil(m.bytes / CAP) - 1);
  expect(m.syncs).toBeLessThanOrEqual(budget + forced);
}

describe('round trips, whatever the size of the report', () => {
  it('stays within budget on the real 124-task report', async () => {
    const r = await run(await loadFixture('tongbao-2023-09.xlsx'));
    expect(r.tasks).toBe(124);
    expect(r.validate.syncs).toBeLessThanOrEqual(2);
    expect(r.mark.syncs).toBeLessThanOrEqual(3);
    // Clearing first reads which marked cells still carry a note, so a note is deleted only where there is one.
    expect(r.clear.syncs).toBeLessThanOrEqual(3);
    expect(r.summarize.syncs).toBeLessThanOrEqual(3);
  });

  it('stays within budget at 2,000 tasks', async () => {
    const r = await run(generatedReport(2000));
    expect(r.tasks).toBe(2000);
    expect(r.marks).toBeGreaterThan(100);
    expect(r.validate.syncs).toBeLessThanOrEqual(2);
    expect(r.mark.syncs).toBeLessThanOrEqual(3);
    // Clearing first reads which marked cells still carry a note, so a note is deleted only where there is one.
    expect(r.clear.syncs).toBeLessThanOrEqual(3);
    expect(r.summarize.syncs).toBeLessThanOrEqual(3);
  });

  it('at 10,000 tasks, stays under 5 MB per request and adds only the round trips the cap forces', async () => {
    const r = await run(generatedReport(10000));
    expect(r.tasks).toBe(10000);
    within(r.validate, 2);
    within(r.mark, 3);
    within(r.clear, 3);
    within(r.summarize, 3);
  }, 60000);
});
