import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../src/core/rules';
import { withRuleTable } from '../../scripts/rule-table';

const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
const catalogIds = [...readme.matchAll(/^\| `([a-z-]+\.[a-z-]+)` \|/gm)].map((m) => m[1]);

describe('the rule catalog, a public contract', () => {
  it('lists every registered rule in the README, once, and nothing that is not a rule', () => {
    expect([...catalogIds].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('is the table the registry writes: run npm run readme:rules after changing a rule', () => {
    expect(readme).toBe(withRuleTable(readme));
  });

  it('gives every rule a unique id, a default severity and a description', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(['table', 'data', 'progress']).toContain(rule.kind);
      expect(rule.meta.description.zh).toMatch(/\p{Script=Han}{2}/u);
    }
  });

  it('keeps progress rules below error, since late work is not a data error', () => {
    for (const rule of RULES.filter((r) => r.kind === 'progress')) expect(rule.severity).not.toBe('error');
  });
});
