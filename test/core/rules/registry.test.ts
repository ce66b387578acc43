import { RULES, ruleById, ruleOrder } from '../../../src/core';
import { zh } from '../../../src/core/messages/zh';
import type { RuleId } from '../../../src/core/rules/ids';

describe('the rule registry', () => {
  const ids = RULES.map((r) => r.id);

  it('lists every rule id that has a message, once', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual((Object.keys(zh) as RuleId[]).sort());
  });

  it('gives each rule a severity, a kind and a Chinese description', () => {
    for (const rule of RULES) {
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(['table', 'data', 'progress']).toContain(rule.kind);
      expect(rule.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('looks rules up by id and orders findings by the list', () => {
    expect(ruleById('seq.gap')?.id).toBe('seq.gap');
    expect(ruleOrder('table.not-found')).toBe(0);
    expect(ruleOrder('seq.invalid')).toBeLessThan(ruleOrder('overdue.month'));
  });

  it('never lets a progress rule be an error, so late work never fails a check', () => {
    for (const rule of RULES.filter((r) => r.kind === 'progress')) expect(rule.severity).not.toBe('error');
  });
});
