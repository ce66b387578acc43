import { generateRows } from '../../../bench/generate';
import { check, type Finding, type SheetSnapshot } from '../../../src/core';

/**
 * The benchmark's generated report writes each status to agree with its own figures: 完成 rows meet
 * their month targets, 部分完成 and 未完成 rows fall short. That makes it a large labelled set, in
 * wording other than the September report's.
 */
const rows = generateRows(1500, { seed: 7 });
const sheet = (values: typeof rows): SheetSnapshot => ({ name: '9月', values, merges: [{ top: 0, left: 0, bottom: 0, right: 5 }] });

function relabel(from: RegExp, to: string): typeof rows {
  return rows.map((row, i) => (i < 2 ? row : row.map((v, j) => (j === 3 && typeof v === 'string' ? v.replace(from, to) : v))));
}

function seqs(findings: Finding[], rule: string, severity?: string): Set<number | null> {
  return new Set(findings.filter((f) => f.rule === rule && (severity === undefined || f.severity === severity)).map((f) => f.seq));
}

describe('the generated report, labelled by construction', () => {
  const original = check({ sheets: [sheet(rows)] });

  it('gives no status.mismatch and no status.understated as written', () => {
    expect(seqs(original.findings, 'status.mismatch').size).toBe(0);
    expect(seqs(original.findings, 'status.understated').size).toBe(0);
  });

  it('catches every unfinished row relabelled 完成 as an error', () => {
    const unfinished = original.tasks.filter((t) => t.status === '部分完成' || t.status === '未完成').map((t) => t.seq);
    expect(unfinished.length).toBeGreaterThan(100);
    const flipped = check({ sheets: [sheet(relabel(/^(部分完成|未完成|基本完成|正在推进|尚未完成)/, '完成'))] });
    const caught = seqs(flipped.findings, 'status.mismatch', 'error');
    expect(unfinished.filter((s) => !caught.has(s))).toEqual([]);
  });

  it('calls a finished row relabelled 未完成 understated only when every point of its target has a figure', () => {
    const finished = original.tasks.filter((t) => t.status === '完成');
    const flipped = check({ sheets: [sheet(relabel(/^(完成|已完成|全部完成)/, '未完成'))] });
    const caught = seqs(flipped.findings, 'status.understated');
    const allFigures = finished.filter((t) => !t.monthTarget.includes('同步开展设备招标'));
    expect(allFigures.filter((t) => !caught.has(t.seq)).map((t) => t.seq)).toEqual([]);
    const withPlainPoint = finished.filter((t) => t.monthTarget.includes('同步开展设备招标'));
    expect(withPlainPoint.filter((t) => caught.has(t.seq))).toEqual([]);
  });
});
