import type { Finding } from '../../src/core/findings';
import { MARK_STYLES } from '../../src/core/marks';
import { REPORT_SHEET_NAME, evidenceText, reportSheet } from '../../src/core/report-sheet';

const findings = [
  {
    rule: 'status.mismatch',
    cell: 'D7',
    seq: 5,
    params: { target: '15%', actual: '1.2%', cue: null },
    severity: 'warning',
    kind: 'data',
    sheet: '9月',
    message: '标为“完成”，但数字未达到目标：目标15%，实际1.2%。请核实完成状态或数字。',
    evidence: { target: { text: '增长15%左右', value: 15 }, progress: { text: '增速1.2%', value: 1.2 } },
  },
  {
    rule: 'overdue.month',
    cell: 'D9',
    seq: 7,
    params: { status: '未完成' },
    severity: 'warning',
    kind: 'progress',
    light: 'red',
    sheet: '9月',
    message: '本月目标未完成。',
  },
] as Finding[];

describe('reportSheet', () => {
  const model = reportSheet({ sheet: '9月', title: '2023年重点工作9月份完成情况通报表', month: 9, tasks: 124, findings });

  it('has a title, the counts, a header and one linked row per finding', () => {
    expect(model.name).toBe(REPORT_SHEET_NAME);
    expect(model.rows[0]?.[0]?.value).toContain('2023年重点工作9月份完成情况通报表');
    const counts = String(model.rows[1]?.[0]?.value);
    expect(counts).toContain('共 124 项任务');
    expect(counts).toContain('数据问题 1 条');
    expect(counts).toContain('红灯 1');
    expect(model.rows[2]?.map((c) => c?.value)).toEqual(['序号', '单元格', '规则', '级别', '说明', '依据']);
    const row = model.rows[3];
    // The rule by its Chinese name, as staff read it; the id stays in the pane's settings and --json.
    expect(row?.map((c) => c?.value)).toEqual([5, 'D7', '标为完成但数字未达标', '警告', findings[0]?.message, '目标：增长15%左右；实际：增速1.2%']);
    expect(model.rows[4]?.[2]?.value).toBe('本月目标未完成');
    expect(row?.[1]?.link).toEqual({ sheet: '9月', cell: 'D7' });
    expect(model.rows[4]?.[3]?.value).toBe('红灯');
    expect(model.styles[model.rows[4]?.[3]?.style ?? '']?.fill).toBe(MARK_STYLES['light-red'].fill);
    expect(model.rows).toHaveLength(5);
  });

  it('is ready to print with a frozen header', () => {
    expect(model.print).toEqual({ paper: 'A4', orientation: 'landscape', fitToWidth: true, titleRows: [3, 3], footer: '&C第 &P 页 共 &N 页' });
    expect(model.freeze).toEqual({ rows: 3, columns: 0 });
    expect(model.columnWidths).toHaveLength(6);
    // The message column is wide enough for about thirty Chinese characters a line.
    expect(model.columnWidths[4]).toBeGreaterThanOrEqual(60);
    expect(model.rowHeights?.[3]).toBeGreaterThan(15);
  });

  it('says so when there is nothing to report', () => {
    const empty = reportSheet({ sheet: '9月', title: null, month: 9, tasks: 3, findings: [] });
    expect(empty.rows[3]?.[0]?.value).toBe('未发现问题。');
    expect(empty.rows[0]?.[0]?.value).toBe('校验报告：9月');
  });
});

describe('evidenceText', () => {
  it('joins what is known, and is empty when nothing is', () => {
    expect(evidenceText(undefined)).toBe('');
    expect(evidenceText({ cue: '尚未', deadline: '6月底前' })).toBe('关键词：尚未；期限：6月底前');
  });

  it('never doubles punctuation where a quoted text ends with its own', () => {
    const text = evidenceText({ target: { text: '完成投资5亿元。' }, progress: { text: '已完成3亿元；' }, cue: '尚未' });
    expect(text).toBe('目标：完成投资5亿元；实际：已完成3亿元；关键词：尚未');
    expect(text).not.toMatch(/[。；][。；]/);
  });
});
