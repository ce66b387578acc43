import { RULES, ruleById, ruleOrder } from '../../../src/core';

describe('the rule registry', () => {
  const ids = RULES.map((r) => r.id);

  it('lists every rule once, each with its messages, title and description in Chinese and English', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      for (const locale of ['zh', 'en'] as const) {
        expect(typeof rule.meta.messages[locale]).toBe('function');
        expect(rule.meta.title[locale].trim()).not.toBe('');
        expect(rule.meta.description[locale].trim()).not.toBe('');
      }
    }
  });

  it('gives each rule a severity, a kind and a Chinese description', () => {
    for (const rule of RULES) {
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(['table', 'data', 'progress']).toContain(rule.kind);
      expect(rule.meta.description.zh).toMatch(/[\u4e00-\u9fff]/);
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
