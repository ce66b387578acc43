import type { Finding } from '../../src/core/findings';
import { checkWorkbook, nameFixes, summarize, type Report } from '../../src/taskpane/logic/engine';
import { notFoundSheets } from '../../src/taskpane/logic/report-view';
import type { WorkbookHost } from '../../src/core/host';
import { fixtureSnapshot } from '../e2e/fixtures';

function finding(rule: Finding['rule'], cell: string, params: object, to: string | null): Finding {
  return {
    rule,
    cell,
    seq: 1,
    params: params as Finding['params'],
    severity: 'warning',
    kind: 'data',
    sheet: '9月',
    message: '',
    ...(to === null ? {} : { suggestion: { cell, from: 'x', to } }),
  };
}

describe('nameFixes', () => {
  it('offers only the fixes that settle the names the summaries are unsure of', () => {
    const report = {
      findings: [
        finding('leader.variant', 'E5', { name: '崔赟', canonical: '崔赞' }, '崔赞'),
        finding('leader.variant', 'E6', { name: '高晉', canonical: '高晋' }, '高晋'),
        finding('leader.spacing', 'E7', { raw: '崔 赞', name: '崔赞' }, '崔赞'),
        finding('leader.variant', 'E8', { name: '崔燮', canonical: '崔赞' }, null),
      ],
    } as unknown as Report;
    const fixes = nameFixes(report, [
      { name: '崔赟', canonical: '崔赞' },
      { name: '崔燮', canonical: '崔赞' },
    ]);
    expect(fixes.map((f) => f.cell)).toEqual(['E5']);
  });
});

describe('checkWorkbook', () => {
  it('checks what the host reads, with the workbook settings and the pane language', async () => {
    const snapshot = await fixtureSnapshot();
    const host = { readSnapshot: async () => snapshot } as unknown as WorkbookHost;
    const zh = await checkWorkbook(host, {}, 'zh');
    expect(zh.sheets).toEqual(['9月']);
    expect(zh.report.month).toBe(9);
    expect(zh.report.tasks).toHaveLength(124);
    const en = await checkWorkbook(host, { month: 8, disabledRules: ['overdue.month'] }, 'en');
    expect(en.report.month).toBe(8);
    expect(en.report.findings.some((f) => f.rule === 'overdue.month')).toBe(false);
    expect(zh.report.findings.some((f) => f.rule === 'overdue.month')).toBe(true);
    expect(en.report.findings[0]?.message).not.toBe(zh.report.findings[0]?.message);
  });
});

describe('summarize', () => {
  it('keeps clear of a sheet the user named like a leader, and links to the sheet it will write', async () => {
    const snapshot = await fixtureSnapshot();
    const withUserSheet = { sheets: [...snapshot.sheets, { name: '郭克华', values: [['我的笔记']], merges: [] }] };
    const checked = await checkWorkbook({ readSnapshot: async () => withUserSheet } as unknown as WorkbookHost, {}, 'zh');
    const summary = summarize(checked, 'leader');
    const names = summary.sheets.map((s) => s.name);
    expect(names).not.toContain('郭克华');
    expect(names).toContain('郭克华(2)');
    const overview = summary.sheets.find((s) => s.role === 'overview');
    const links = (overview?.rows ?? []).flat().flatMap((c) => (c?.link ? [c.link.sheet] : []));
    expect(links).toContain('郭克华(2)');
    expect(links).not.toContain('郭克华');
  });
});

describe('notFoundSheets', () => {
  it('says where the core looked when no sheet holds a report, and nothing when one does', async () => {
    const other = { sheets: [{ name: '工作安排', values: [['日期', '事项']], merges: [] }] };
    const none = await checkWorkbook({ readSnapshot: async () => other } as unknown as WorkbookHost, {}, 'zh');
    expect(notFoundSheets(none.report)).toEqual(['工作安排']);
    const snapshot = await fixtureSnapshot();
    const found = await checkWorkbook({ readSnapshot: async () => snapshot } as unknown as WorkbookHost, {}, 'zh');
    expect(notFoundSheets(found.report)).toBeNull();
  });
});

describe('checkWorkbook and last month', () => {
  it('compares with the sheet chosen, or not at all', async () => {
    const { monthSheet, task } = await import('../helpers/months');
    const august = monthSheet(8, [task('road', '部分完成。已招标。'), task('forest', '完成。')]);
    const september = monthSheet(9, [task('road', '未完成。'), task('forest', '完成。')]);
    const host = { readSnapshot: async () => ({ sheets: [august, september] }) } as unknown as WorkbookHost;
    const auto = await checkWorkbook(host, {}, 'zh');
    expect(auto.report.history?.info.sheet).toBe('8月');
    expect(auto.report.findings.some((f) => f.rule === 'history.repeat')).toBe(true);
    const none = await checkWorkbook(host, {}, 'zh', { kind: 'none' });
    expect(none.report.history).toBeUndefined();
    expect(none.report.findings.some((f) => f.rule.startsWith('history.'))).toBe(false);
  });
});
