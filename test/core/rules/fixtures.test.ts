import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, RULES } from '../../../src/core';
import { parseA1 } from '../../../src/core/address';
import type { Finding } from '../../../src/core/findings';
import { parseRuleFixture, type Expected, type FixtureCase } from '../../helpers/rule-fixture';

/**
 * One shared test over test/fixtures/rules/<rule id>.txt: each marked row gives exactly its findings
 * of that rule, and every other row gives none. See test/helpers/rule-fixture.ts for the format.
 */
const DIR = path.join(__dirname, '..', '..', 'fixtures', 'rules');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

function columnLetter(cell: string): string {
  return /^[A-Z]+/.exec(cell)?.[0] ?? '';
}

function fits(e: Expected, f: Finding): boolean {
  return (e.column === undefined || columnLetter(f.cell) === e.column) && (e.severity === undefined || f.severity === e.severity);
}

/** What differs between the marks and the findings, as lines naming the fixture's lines. */
function differences(file: string, c: FixtureCase, findings: Finding[]): string[] {
  const left = [...findings];
  const out: string[] = [];
  // Marks that name a column or a level are matched first, so a bare mark does not take their finding.
  const marks = [...c.expected].sort((a, b) => Number(b.column !== undefined) + Number(b.severity !== undefined) - Number(a.column !== undefined) - Number(a.severity !== undefined));
  for (const e of marks) {
    const i = left.findIndex((f) => f.sheet === e.sheet && parseA1(f.cell).row + 1 === e.row && fits(e, f));
    if (i >= 0) left.splice(i, 1);
    else out.push(`${file}:${e.line} expected ${e.rule}${e.column ? ` on column ${e.column}` : ''}${e.severity ? ` (${e.severity})` : ''}, got none`);
  }
  for (const f of left) {
    const row = c.rows.find((r) => r.sheet === f.sheet && r.row === parseA1(f.cell).row + 1);
    out.push(`${row ? `${file}:${row.line}` : `${file} (${f.sheet}!${f.cell})`} unexpected ${f.rule} ${f.cell} ${f.severity}: ${f.message}`);
  }
  return out;
}

describe('per-rule fixtures', () => {
  it('has a fixture for every rule', () => {
    expect(files.map((f) => f.replace(/\.txt$/, ''))).toEqual(RULES.map((r) => r.id).sort());
  });

  describe.each(files)('%s', (file) => {
    const rule = file.replace(/\.txt$/, '');
    const cases = parseRuleFixture(fs.readFileSync(path.join(DIR, file), 'utf8'));

    it('marks rows that must fire and leaves rows that must not', () => {
      const marked = new Set(cases.flatMap((c) => c.expected.map((e) => `${c.name}|${e.sheet}|${e.row}`)));
      const tasks = cases.flatMap((c) => c.rows.filter((r) => typeof r.cells[0] === 'number' && !marked.has(`${c.name}|${r.sheet}|${r.row}`)));
      expect(marked.size).toBeGreaterThan(0);
      expect(tasks.length + cases.filter((c) => c.expected.length === 0).length).toBeGreaterThan(0);
      for (const c of cases) for (const e of c.expected) expect(`${file}:${e.line} ${e.rule}`).toBe(`${file}:${e.line} ${rule}`);
    });

    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const findings = check(c.workbook, c.options).findings.filter((f) => f.rule === rule);
      expect(differences(file, c, findings)).toEqual([]);
    });
  });
});
