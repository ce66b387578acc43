import { check } from '../../../src/core';
import { report } from '../../helpers/grid';

const JUDGED = new Set(['status.mismatch', 'status.understated', 'overdue.deadline', 'overdue.schedule', 'text.restates-target']);

describe('judging cells at Excel\'s limit', () => {
  it('reads a 32,767-character cell full of figures without stalling or failing', () => {
    const unit = '累计完成投资5亿元，同比增长3%，截至9月底新增12户；';
    const long = ('完成。' + unit.repeat(Math.ceil(32767 / unit.length))).slice(0, 32767);
    const target = ('累计完成投资6亿元，同比增长5%；' + '推进项目建设，'.repeat(5000)).slice(0, 32767);
    const sheet = report({ rows: [{ annual: target, month: target, progress: long }] });
    const r = check({ sheets: [sheet] });
    expect(r.tasks).toHaveLength(1);
    expect(r.findings.filter((f) => JUDGED.has(f.rule)).every((f) => f.seq === 1)).toBe(true);
  });

  it('says nothing about cells without words or figures', () => {
    const rows = [
      { month: '#N/A', progress: '完成。#N/A' },
      { month: '——', progress: '完成。' },
      { month: '0', progress: '完成。0' },
    ];
    const found = check({ sheets: [report({ rows })] }).findings.filter((f) => JUDGED.has(f.rule));
    expect(found).toEqual([]);
  });
});
