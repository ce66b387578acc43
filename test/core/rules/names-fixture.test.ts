import * as fs from 'fs';
import { check } from '../../../src/core';
import type { Finding } from '../../../src/core/findings';
import { parseRosterFile } from '../../../src/core/names';
import type { RuleId } from '../../../src/core/rules/ids';
import { fixturePath, loadFixture } from '../../helpers/fixtures';

const roster = parseRosterFile(fs.readFileSync(fixturePath('roster-2023-09.csv'), 'utf8'), 'roster-2023-09.csv');
const NAME_RULES: RuleId[] = ['leader.spacing', 'leader.variant', 'leader.merged', 'leader.unknown', 'unit.split', 'unit.unknown', 'unit.lead-marker'];

const seqs = (findings: Finding[], rule: RuleId) => findings.filter((f) => f.rule === rule).map((f) => f.seq);

// Read by hand from the seed: where "崔 赞"/"崔 燮" are spaced, where 崔贊 is traditional, where 崔赟 and
// 崔燮 appear, the one 崔贊晋, the units broken by spaces and the half-width "(牵头)" markers.
const SPACED = [27, 28, 99, 100, 101, 103, 104, 105, 106, 107, 108, 114, 115, 116];
const TRADITIONAL = [24, 61, 81, 94, 96, 97, 98, 109, 110, 111, 112, 113];
const VARIANTS = [16, 27, 28, 117];
const BROKEN_UNITS = [9, 11, 20, 21, 22, 24];
const HALF_WIDTH_MARKER = [11, 12, 16, 21, 24, 61, 63, 65, 69, 73, 74, 81, 85, 88, 91, 94, 112];
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe.each(['tongbao-2023-09.xlsx', 'tongbao-2023-09-pasted.xlsx'])('the names in %s', (file) => {
  it('without a roster: spacing, script, suspected variants, one run-together name, broken units, markers', async () => {
    const { findings } = check(await loadFixture(file));
    expect(seqs(findings, 'leader.spacing')).toEqual(SPACED);
    expect(seqs(findings, 'leader.variant')).toEqual(sorted([...TRADITIONAL, ...VARIANTS]));
    // Without a roster only the traditional forms are rewritten (崔贊 → 崔赞); a suspected variant never is.
    const fixed = findings.filter((f): f is Finding<'leader.variant'> => f.rule === 'leader.variant' && f.suggestion !== undefined);
    expect(fixed.map((f) => f.seq)).toEqual(TRADITIONAL);
    for (const f of fixed) expect(f.suggestion?.to).not.toMatch(/贊|華|晉/);
    expect(seqs(findings, 'leader.merged')).toEqual([88]);
    expect(seqs(findings, 'leader.unknown')).toEqual([]);
    expect(seqs(findings, 'unit.split')).toEqual(BROKEN_UNITS);
    expect(seqs(findings, 'unit.unknown')).toEqual([]);
    expect(seqs(findings, 'unit.lead-marker')).toEqual(HALF_WIDTH_MARKER);
    const suspects = findings
      .filter((f): f is Finding<'leader.variant'> => f.rule === 'leader.variant')
      .filter((f) => f.params.reason === 'suspect');
    expect(suspects.map((f) => [f.seq, f.params.name, f.params.canonical, f.suggestion])).toEqual([
      [16, '崔赟', '崔赞', undefined],
      [27, '崔燮', '崔赞', undefined],
      [28, '崔燮', '崔赞', undefined],
      [117, '崔赟', '崔赞', undefined],
    ]);
  });

  it('with the roster: 崔赟 and 崔燮 are fixed to 崔赞, nobody and no unit is unknown', async () => {
    const { findings } = check(await loadFixture(file), { roster });
    const variants = findings.filter((f): f is Finding<'leader.variant'> => f.rule === 'leader.variant');
    expect(variants.map((f) => f.seq)).toEqual(sorted([...TRADITIONAL, ...VARIANTS]));
    expect(variants.every((f) => f.suggestion !== undefined)).toBe(true);
    expect(variants.filter((f) => f.params.reason === 'roster').map((f) => [f.seq, f.suggestion?.from, f.suggestion?.to])).toEqual([
      [16, '郭克华 贾继元 房美男 崔赟 高晋 于海南', '郭克华 贾继元 房美男 崔赞 高晋 于海南'],
      [27, '郭克华 贾继元 房美男 崔 燮', '郭克华 贾继元 房美男 崔赞'],
      [28, '崔 燮', '崔赞'],
      [117, '郭克华 崔赟', '郭克华 崔赞'],
    ]);
    expect(seqs(findings, 'leader.unknown')).toEqual([]);
    expect(seqs(findings, 'unit.unknown')).toEqual([]);
    expect(seqs(findings, 'leader.merged')).toEqual([88]);
  });

  it('points every names finding at the leaders or units cell of its task', async () => {
    const report = check(await loadFixture(file));
    const byCell = new Map(report.tasks.map((t) => [t.seq, t.cells]));
    for (const f of report.findings.filter((x) => NAME_RULES.includes(x.rule))) {
      const cells = byCell.get(f.seq);
      expect([cells?.leaders, cells?.units]).toContain(f.cell);
      if (f.suggestion) expect(f.suggestion.cell).toBe(f.cell);
    }
  });
});
