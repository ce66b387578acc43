import type { LeaderVerdict } from '../../../src/core/names/types';
import { buildSummaries, type SummaryBy } from '../../../src/core/summary';
import { nameIndex, report, type TaskSpec } from './helpers';

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['张三', '李四', '王五', 'History', "'引号'", 'a/b', '[组长]', '欧阳'.repeat(20), '张叁', '张三李四'];
const UNITS = ['区发改局', '区财政局', '区工信局', 'x:y', '分管领导汇总', '责任单位汇总'];
const STATUSES = ['完成', '部分完成', '未完成', null] as const;

function randomReport(seed: number): TaskSpec[] {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  return Array.from({ length: 1 + Math.floor(rnd() * 60) }, (_, i) => {
    const leaders = [...new Set(Array.from({ length: Math.floor(rnd() * 4) }, () => pick(NAMES)))];
    const units = [...new Set(Array.from({ length: Math.floor(rnd() * 4) }, () => pick(UNITS)))].map((u, k) => (k === 0 && rnd() < 0.7 ? `${u}*` : u));
    const seq = rnd() < 0.05 ? null : rnd() < 0.1 ? i : i + 1;
    return { seq, seqText: seq === null ? '一' : String(seq), status: pick(STATUSES), leaders, units, progress: '进展'.repeat(Math.floor(rnd() * 200)) };
  });
}

const VERDICTS: Record<string, LeaderVerdict> = {
  张叁: { kind: 'suspect', canonical: '张三' },
  张三李四: { kind: 'merged', parts: ['张三', '李四'] },
};

describe('summaries of arbitrary reports', () => {
  it.each(Array.from({ length: 40 }, (_, i) => [i]))('seed %i: every task on each of its leaders\' sheets, valid names, whole rows', (seed) => {
    const specs = randomReport(seed);
    const by: SummaryBy = (['leader', 'unit', 'both'] as const)[seed % 3] ?? 'both';
    const s = buildSummaries(report(specs, nameIndex(VERDICTS)), { by, order: seed % 2 ? 'seq' : 'status', reserved: ['9月', '张三'] });

    const names = s.sheets.map((m) => m.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) {
      expect(n.length).toBeGreaterThan(0);
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[:\\/?*[\]]|^'|'$/);
      expect(n.toLowerCase()).not.toBe('张三');
    }

    for (const m of s.sheets) {
      const headerRow = (m.freeze?.rows ?? 1) - 1;
      const width = m.rows[headerRow]?.length ?? 0;
      expect(m.columnWidths).toHaveLength(width);
      for (const row of m.rows) expect(row).toHaveLength(width);
      expect(m.rowHeights).toHaveLength(m.rows.length);
      for (const h of m.rowHeights ?? []) if (h !== null) expect(h).toBeLessThanOrEqual(409);
    }

    if (by !== 'unit') {
      // Each task counted once in the total; each leader's figures match their sheet.
      const overview = s.sheets[0];
      expect(overview?.rows.at(-1)?.[1]?.value).toBe(specs.length);
      for (const l of s.leaders) {
        const c = l.counts;
        expect(c.完成 + c.部分完成 + c.未完成 + c.未标明).toBe(c.total);
        expect(l.seqs).toHaveLength(c.total);
        if (l.sheet !== null) expect(s.sheets.find((m) => m.name === l.sheet)?.rows.length).toBe(c.total + 3);
      }
      const onSheets = s.leaders.reduce((n, l) => n + l.counts.total, 0);
      // Names run together are never split by guess: the cell counts under the name as written, to be settled.
      const expected = specs.reduce((n, t) => n + Math.max(1, new Set(t.leaders).size), 0);
      // A name the check flags is a row to settle, never a sheet of its own.
      for (const l of s.leaders) if (l.name in VERDICTS) expect(l).toMatchObject({ unresolved: true, sheet: null });
      expect(names).not.toContain('张叁');
      expect(names).not.toContain('张三李四');
      expect(onSheets).toBe(expected);
    }
    for (const u of s.units) expect(u.lead.total + u.support.total).toBe(u.all.total);
  });
});
