import { check, type Finding, type RuleId, type WorkbookSnapshot } from '../../../src/core';
import type { Status } from '../../../src/core/model';
import { loadFixture } from '../../helpers/fixtures';

const JUDGED: string[] = ['status.mismatch', 'status.understated', 'overdue.deadline', 'overdue.schedule', 'text.restates-target'];

/** The fixture with the status label of task `seq` rewritten, the rest of its text untouched. */
function relabel(wb: WorkbookSnapshot, seq: number, to: Status): WorkbookSnapshot {
  const sheet = wb.sheets.find((s) => s.name === '9月');
  if (!sheet) throw new Error('sheet 9月 missing');
  const row = sheet.values.find((r) => r[0] === seq || r[0] === String(seq));
  if (!row) throw new Error(`task ${seq} missing`);
  const text = String(row[3]).trimStart();
  const label = /^(部分完成|未完成|完成)/.exec(text)?.[1];
  if (!label) throw new Error(`task ${seq} has no label`);
  row[3] = to + text.slice(label.length);
  return wb;
}

function of<K extends RuleId>(findings: Finding[], rule: K, seq?: number): Finding<K>[] {
  return findings.filter((f): f is Finding<K> => f.rule === rule && (seq === undefined || f.seq === seq));
}

describe('judging the real September report', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = check(await loadFixture('tongbao-2023-09.xlsx')).findings;
  });

  it('raises no status.mismatch error on any row', () => {
    expect(of(findings, 'status.mismatch').filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('warns only where a 完成 row says something is not done', () => {
    // 35: "…项目正在中石化总部论证待批"; 39: "总体规划尚未批复".
    const warned = of(findings, 'status.mismatch').map((f) => [f.seq, f.evidence?.cue]);
    expect(warned).toEqual([
      [35, '待批'],
      [39, '尚未'],
    ]);
  });

  it('calls no row understated, least of all the rows whose figures fall short', () => {
    expect(of(findings, 'status.understated')).toEqual([]);
  });

  it('keeps every 部分完成 and 未完成 row red or yellow', () => {
    const lit = new Set(of(findings, 'overdue.month').map((f) => f.seq));
    expect(lit.size).toBe(20);
    for (const f of of(findings, 'overdue.month')) expect(['red', 'yellow']).toContain(f.light);
  });

  it('finds the rows behind 序时进度 and none ahead of it', () => {
    const behind = new Map(of(findings, 'overdue.schedule').map((f) => [f.seq, f.light]));
    // 12: 25 of 100 四上 firms; 16: 26.97 of 50亿元; 32: 4870 of 8000万美元; 79: 1200 of 2000亩.
    expect(behind.get(12)).toBe('red');
    expect(behind.get(16)).toBe('yellow');
    expect(behind.get(32)).toBe('yellow');
    expect(behind.get(79)).toBe('yellow');
    // 52: 高标准农田 工程进度58% in September, 17 points behind.
    expect(behind.get(52)).toBe('yellow');
    // 11: 7601 of 1万户; 28: 3695 of 4500人; 36: 77.6%; 58: 72%; 67: 6.65 of 8万千瓦.
    for (const seq of [11, 28, 36, 58, 67]) expect(behind.has(seq)).toBe(false);
    for (const f of of(findings, 'overdue.schedule')) expect(f.severity).not.toBe('error');
  });

  it('finds no passed deadline: the report names none', () => {
    expect(of(findings, 'overdue.deadline')).toEqual([]);
  });

  it('notes copied progress texts only as information', () => {
    const copied = of(findings, 'text.restates-target');
    expect(copied.map((f) => f.seq)).toContain(82);
    for (const f of copied) expect(f.severity).toBe('info');
    // 28 and 67 answer their targets with their own figures.
    expect(copied.map((f) => f.seq)).not.toContain(28);
    expect(copied.map((f) => f.seq)).not.toContain(67);
    // 19, 70, 105 and 106 report their milestones reached (已完成主体框架, 已正式投用): results, not copies.
    for (const seq of [19, 70, 105, 106]) expect(copied.map((f) => f.seq)).not.toContain(seq);
  });

  it('gives every judgement its evidence', () => {
    const judged = findings.filter((f) => JUDGED.includes(f.rule));
    expect(judged.length).toBeGreaterThan(0);
    for (const f of judged) {
      expect(f.evidence).toBeDefined();
      expect(f.evidence?.progress?.text ?? f.evidence?.deadline).toBeTruthy();
    }
  });

  it('judges the pasted layout the same way', async () => {
    const pasted = check(await loadFixture('tongbao-2023-09-pasted.xlsx')).findings;
    const key = (fs: Finding[]) => fs.filter((f) => JUDGED.includes(f.rule)).map((f) => `${f.seq} ${f.rule} ${f.message}`);
    expect(key(pasted)).toEqual(key(findings));
  });
});

describe('labels flipped against the figures', () => {
  it.each([
    [1, '固定资产投资增长10% against 0%'],
    [7, '增长15%左右 against 1.2%'],
    [16, '39.8亿元 against 26.97亿元'],
    [18, '70% against 60%'],
    [23, '22亿元 against 3.15亿元'],
    [32, '5000万美元 against 4870万美元'],
    [42, '100% against 90%'],
  ])('task %d marked 完成 is a status.mismatch error (%s)', async (seq) => {
    const found = of(check(relabel(await loadFixture('tongbao-2023-09.xlsx'), seq, '完成')).findings, 'status.mismatch', seq);
    expect(found.map((f) => f.severity)).toEqual(['error']);
    expect(found[0]?.evidence?.target?.value).toBeDefined();
    expect(found[0]?.evidence?.progress?.value).toBeDefined();
  });

  it.each([
    [7, '规上服务业营业收入完成同比增长，目标15%左右，实际1.2%'],
    [18, '1060米场地平整任务，目标70%，实际60%'],
    [16, '累计争取上级资金，目标39.8亿元，实际26.97亿元'],
  ])('names what task %d measures and quotes both figures', async (seq, words) => {
    const [f] = of(check(relabel(await loadFixture('tongbao-2023-09.xlsx'), seq, '完成')).findings, 'status.mismatch', seq);
    expect(f?.message).toContain(words);
  });

  it.each([
    [11, '7601户 against 7600户'],
    [17, '75.1% against 75%'],
    [28, '6358.9万元, 3695人, 649人 against 4500万元, 3500人, 500人'],
    [58, '72% against 70%'],
    [60, '85% against 60%'],
    [120, '70.44% against 70%'],
  ])('task %d marked 未完成 is status.understated (%s)', async (seq) => {
    const found = of(check(relabel(await loadFixture('tongbao-2023-09.xlsx'), seq, '未完成')).findings, 'status.understated', seq);
    expect(found).toHaveLength(1);
    expect(found[0]?.params.status).toBe('未完成');
  });

  it.each([
    [3, 'the target has points without figures'],
    [51, 'the target has points without figures'],
    [46, '棚户区改造 asks for 考古, which has no figure, though 110.5% beats 80%'],
    [67, '并力争全部并网 asks for grid connection, which no figure shows'],
    [111, 'a point of the target has no figure and the text is pending'],
    [63, 'the target figure has no alike partner'],
  ])('task %d marked otherwise is not understated (%s)', async (seq) => {
    const found = of(check(relabel(await loadFixture('tongbao-2023-09.xlsx'), seq, '部分完成')).findings, 'status.understated', seq);
    expect(found).toEqual([]);
  });
});
