import { generateRows, generateXlsx } from '../../bench/generate';
import { check } from '../../src/core/check';
import { loadWorkbook } from '../../src/xlsx/load';
import { snapshotWorkbook } from '../../src/xlsx/read';

// Generating and checking 1,500 tasks takes a few seconds on a busy machine.
jest.setTimeout(60_000);

describe('the benchmark generator', () => {
  it('gives a report the core reads as N tasks, with the real report’s mix of statuses', async () => {
    const bytes = await generateXlsx(1500, { seed: 7 });
    const report = check(snapshotWorkbook(await loadWorkbook(bytes, 'generated.xlsx')), {});
    expect(report.sheet).toBe('9月');
    expect(report.month).toBe(9);
    expect(report.tasks).toHaveLength(1500);
    const { 完成: done, 部分完成: part, 未完成: not } = report.statusCounts;
    expect(done / 1500).toBeGreaterThan(0.75);
    expect(part / 1500).toBeGreaterThan(0.05);
    expect(not / 1500).toBeGreaterThan(0.02);
    expect(report.tasks.filter((t) => t.leaders.length > 1).length).toBeGreaterThan(300);
    expect(report.tasks.filter((t) => t.units.some((u) => u.lead && !u.leadInferred)).length).toBeGreaterThan(500);
    // Numbers agree with the status written, as in a carefully kept report: few contradictions.
    expect(report.findings.filter((f) => f.rule === 'status.mismatch').length).toBeLessThan(1500 * 0.02);
  });

  it('is the same for the same seed, and repeats headers when asked, as a pasted report does', () => {
    expect(generateRows(50, { seed: 3 })).toEqual(generateRows(50, { seed: 3 }));
    expect(generateRows(50, { seed: 3 })).not.toEqual(generateRows(50, { seed: 4 }));
    const paged = generateRows(100, { pageEvery: 40 });
    expect(paged.filter((r) => r[0] === '序号')).toHaveLength(3);
    expect(paged.filter((r) => typeof r[0] === 'number')).toHaveLength(100);
  });
});
