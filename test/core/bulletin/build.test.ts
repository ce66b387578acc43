import { buildBulletin, bulletinText, type BulletinDoc, type BulletinOptions } from '../../../src/core/bulletin';
import { check } from '../../../src/core/check';
import type { ModelCell } from '../../../src/core/sheet-model';
import { buildSummaries } from '../../../src/core/summary';
import { loadFixture } from '../../helpers/fixtures';
import { report as reportSheet, workbook } from '../../helpers/grid';

const DATE = { year: 2023, month: 10, day: 8 };
const OPTIONS: BulletinOptions = { groupBy: 'leader', leaderLayout: 'paragraph', date: DATE };

function paragraphs(doc: BulletinDoc): string[] {
  return doc.body.flatMap((b) => (b.kind === 'table' ? [] : [b.text]));
}

/** The section between two level-1 headings, as text. */
function section(doc: BulletinDoc, heading: string): string[] {
  const start = doc.body.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text === heading);
  const rest = doc.body.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'heading' && b.level === 1);
  return (end < 0 ? rest : rest.slice(0, end)).flatMap((b) => (b.kind === 'table' ? [b.rows.map((r) => r.join('|')).join('\n')] : [b.text]));
}

function cellText(c: ModelCell | null): string {
  return c?.value === null || c?.value === undefined ? '' : String(c.value);
}

describe('the 通报 of the September report', () => {
  let doc: BulletinDoc;
  let overviewRows: string[][];

  beforeAll(async () => {
    const report = check(await loadFixture('tongbao-2023-09.xlsx'));
    doc = buildBulletin(report, OPTIONS);
    const overview = buildSummaries(report).sheets[0]!;
    overviewRows = overview.rows.map((r) => r.map(cellText));
  });

  it('is titled and addressed as an official document', () => {
    expect(doc.title).toBe('关于2023年9月份《政府工作报告》重点工作完成情况的通报');
    expect(doc.recipient).toBe('各有关单位：');
    expect(doc.attachment).toBe('附件：2023年《政府工作报告》重点工作9月份完成情况通报表');
    expect(doc.date).toBe('2023年10月8日');
  });

  it('states the same totals as the 合计 row of the 分管领导汇总 sheet', () => {
    const total = overviewRows.find((r) => r[0] === '合计')!;
    const [all, done, partial, undone] = total.slice(1, 5).map(Number);
    expect(section(doc, '一、总体情况')).toEqual([
      `截至9月底，${all}项《政府工作报告》重点工作中，完成${done}项，部分完成${partial}项，未完成${undone}项，完成率83.9%。`,
    ]);
    expect([all, done, partial, undone]).toEqual([124, 104, 13, 7]);
  });

  it('gives each leader of the overview sheet a line with the same figures, in the same order', () => {
    const lines = section(doc, '二、分管领导分项情况');
    const name = (label: string) => label.replace('（待核实）', '');
    const leaderRows = overviewRows.filter((r) => lines.some((l) => l.startsWith(`${name(r[0] ?? "")}同志`)));
    expect(leaderRows.length).toBe(lines.length);
    leaderRows.forEach((r, i) => {
      const figures = `分管${r[1]}项，完成${r[2]}项，部分完成${r[3]}项，未完成${r[4]}项，完成率`;
      expect(lines[i]!.startsWith(`${name(r[0]!)}同志`)).toBe(true);
      expect(lines[i]).toContain(figures);
    });
    // A name only suspected to be another's is counted apart, as on the sheet, and says so.
    expect(lines).toContain('崔赟同志（姓名待核实，疑似“崔赞”）分管2项，完成0项，部分完成1项，未完成1项，完成率0%。');
    expect(lines[0]).toBe('郭克华同志分管39项，完成25项，部分完成8项，未完成6项，完成率64.1%。');
  });

  it('lists every 未完成 task before the 部分完成 ones, with units and the reason given', () => {
    const problems = section(doc, '三、存在的问题');
    const second = problems.findIndex((l) => l.startsWith('（二）'));
    const guo = problems.slice(problems.indexOf('（一）郭克华同志分管') + 1, second);
    const seqs = guo.map((l) => Number(/序号(\d+)/.exec(l)![1]));
    expect(seqs.slice(0, 6)).toEqual([2, 7, 16, 63, 112, 121]);
    expect(seqs.slice(6, 14)).toEqual([1, 3, 8, 18, 23, 72, 75, 117]);
    expect(guo.find((l) => l.includes('序号8 '))).toBe('9. 序号8 进一步完善物流基础设施（区发改局（牵头）、区交通运输局）：部分完成，与高晋同志共同分管；因缺乏资金，尚未解决土地指标。');
  });

  it('lists a task several leaders share once, under the first, naming the others', () => {
    const problems = section(doc, '三、存在的问题');
    expect(problems.filter((l) => l.includes('序号16 '))).toHaveLength(1);
    expect(problems.find((l) => l.includes('序号16 '))).toContain('：未完成，与贾继元、房美男、崔赟、高晋、于海南同志共同分管；');
  });

  it('names the red 序时进度 lights of tasks done for the month', () => {
    const problems = section(doc, '三、存在的问题').join('\n');
    expect(problems).toMatch(/序号12 积极培育发展“小升规”种子企业（区统计局（牵头）、区发改局、区工信局等8个单位）：本月完成，但进度滞后，与[^；]+同志共同分管；年度进度25%，低于序时进度75%。/);
  });

  it('has the office’s standard requirements', () => {
    expect(section(doc, '四、下步工作要求').length).toBeGreaterThan(0);
  });

  it('reads as plain text in order', () => {
    const text = bulletinText(doc);
    const order = ['关于2023年9月份', '各有关单位：', '一、总体情况', '二、分管领导分项情况', '三、存在的问题', '四、下步工作要求', '附件：', '2023年10月8日'];
    const at = order.map((w) => text.indexOf(w));
    expect(at.every((n, i) => n >= 0 && (i === 0 || n > at[i - 1]!))).toBe(true);
  });
});

/** A county's report in its own words: 重点任务, 分管县领导, reasons after 受…影响 and 由于. */
function countyReport() {
  return check(
    workbook(
      reportSheet({
        title: '2024年县政府重点任务8月份推进情况通报',
        month: 8,
        year: 2024,
        leaderHeader: '分管县领导',
        rows: [
          { seq: 1, annual: '新建城区学校2所', month: '主体完工', progress: '完成。两所学校主体均已完工。', leaders: '王海', units: '县教体局（牵头）、县住建局' },
          { seq: 2, annual: '改造老旧小区12个，惠及居民3000户', month: '开工8个', progress: '部分完成。已开工6个，受汛期影响，另2个推迟到9月开工。', leaders: '王海', units: '县住建局（牵头）' },
          { seq: 3, annual: '建成农贸市场1处', month: '完成招标', progress: '未完成。由于用地调整，招标推迟。', leaders: '李明', units: '县商务局' },
          { seq: 4, annual: '培育规上企业10家', month: '新增1家', progress: '完成。新增1家。', leaders: '李明', units: '县工信局（牵头）、县统计局' },
        ],
      }),
    ),
  );
}

describe('a report written elsewhere', () => {
  it('speaks its own words and quotes its own reasons', () => {
    const doc = buildBulletin(countyReport(), { ...OPTIONS, date: { year: 2024, month: 9, day: 3 } });
    expect(doc.title).toBe('关于2024年8月份重点任务完成情况的通报');
    expect(paragraphs(doc)).toContain('截至8月底，4项重点任务中，完成2项，部分完成1项，未完成1项，完成率50%。');
    const problems = section(doc, '三、存在的问题');
    expect(problems).toEqual([
      '（一）王海同志分管',
      '1. 序号2 改造老旧小区12个（县住建局（牵头））：部分完成；受汛期影响，另2个推迟到9月开工。',
      '（二）李明同志分管',
      '1. 序号3 建成农贸市场1处（县商务局（牵头））：未完成；由于用地调整，招标推迟。',
    ]);
  });

  it('groups the problems by lead unit when asked', () => {
    const doc = buildBulletin(countyReport(), { ...OPTIONS, groupBy: 'unit' });
    const problems = section(doc, '三、存在的问题');
    expect(problems.filter((l) => l.startsWith('（'))).toEqual(['（一）县住建局', '（二）县商务局']);
  });

  it('can put the leaders in a table', () => {
    const doc = buildBulletin(countyReport(), { ...OPTIONS, leaderLayout: 'table' });
    const table = doc.body.find((b) => b.kind === 'table');
    expect(table).toEqual({
      kind: 'table',
      header: ['分管领导', '分管事项', '完成', '部分完成', '未完成', '完成率'],
      rows: [
        ['王海', '2', '1', '1', '0', '50%'],
        ['李明', '2', '1', '0', '1', '50%'],
      ],
    });
  });

  it('compares with last month when history is given, and says nothing of it otherwise', () => {
    const report = countyReport();
    const months = new Map([[2, 3]]);
    const withHistory = buildBulletin(report, { ...OPTIONS, history: { previousRate: 0.6, repeated: 1, monthsByTask: months } });
    expect(section(withHistory, '一、总体情况')[0]).toBe(
      '截至8月底，4项重点任务中，完成2项，部分完成1项，未完成1项，完成率50%，完成率较上月下降10个百分点；连续两个月以上未完成1项。',
    );
    expect(section(withHistory, '三、存在的问题').join('\n')).toContain('序号3 建成农贸市场1处（县商务局（牵头））：未完成，已连续3个月未完成；');
    expect(bulletinText(buildBulletin(report, OPTIONS))).not.toMatch(/上月|连续/);
  });

  it('takes the office’s own recipient, requirements and issuer', () => {
    const doc = buildBulletin(countyReport(), {
      ...OPTIONS,
      recipient: '各镇（街道），县直各部门：',
      requirements: '一要压实责任。\n\n二要加快进度。',
      issuer: '县政府督查室',
    });
    expect(doc.recipient).toBe('各镇（街道），县直各部门：');
    expect(section(doc, '四、下步工作要求')).toEqual(['一要压实责任。', '二要加快进度。']);
    expect(doc.issuer).toBe('县政府督查室');
  });

  it('says so when nothing is late', () => {
    const report = check(
      workbook(
        reportSheet({
          rows: [{ seq: 1, annual: '建成公园1处', month: '完工', progress: '完成。已完工。', leaders: '王海', units: '区住建局' }],
        }),
      ),
    );
    expect(section(buildBulletin(report, OPTIONS), '三、存在的问题')).toEqual(['本月各项任务均按计划完成，未发现进度滞后事项。']);
  });
});

describe('last month, from the check’s own comparison', () => {
  /** Three months of one county's report in one workbook: task 2 unfinished all three months. */
  function threeMonths() {
    const month = (m: number, statuses: [string, string, string]) =>
      reportSheet({
        title: `2024年县政府重点任务${m}月份推进情况通报`,
        month: m,
        year: 2024,
        leaderHeader: '分管县领导',
        rows: [
          { seq: 1, annual: '新建城区学校2所', month: '按计划推进', progress: `${statuses[0]}。按计划推进。`, leaders: '王海', units: '县教体局' },
          { seq: 2, annual: '改造老旧小区12个', month: '按计划推进', progress: `${statuses[1]}。受汛期影响，开工推迟。`, leaders: '王海', units: '县住建局' },
          { seq: 3, annual: '建成农贸市场1处', month: '按计划推进', progress: `${statuses[2]}。已完成招标。`, leaders: '李明', units: '县商务局' },
        ],
      });
    return check(workbook(month(7, ['完成', '未完成', '完成']), month(8, ['完成', '部分完成', '完成']), month(9, ['完成', '未完成', '部分完成'])));
  }

  it('compares the rate with last month and counts the tasks unfinished two months or more', () => {
    const report = threeMonths();
    expect(report.history?.info.sheet).toBe('8月');
    const doc = buildBulletin(report, OPTIONS);
    expect(section(doc, '一、总体情况')[0]).toBe(
      '截至9月底，3项重点任务中，完成1项，部分完成1项，未完成1项，完成率33.3%，完成率较上月下降33.3个百分点；连续两个月以上未完成1项。',
    );
    expect(section(doc, '三、存在的问题').join('\n')).toContain('序号2 改造老旧小区12个（县住建局（牵头））：未完成，已连续3个月未完成；受汛期影响，开工推迟。');
  });

  it('leaves last month out when told to', () => {
    const doc = buildBulletin(threeMonths(), { ...OPTIONS, history: null });
    expect(bulletinText(doc)).not.toMatch(/上月|连续/);
  });
});
