import { check, exitCode, RULES } from '../../src/core';
import { seqGap } from '../../src/core/rules/seq-gap';
import { bigReport } from '../helpers/big';
import { loadFixture } from '../helpers/fixtures';
import { grid, report, workbook } from '../helpers/grid';

const LAYOUT = /^(table|seq)\./;

describe('check on the real September report', () => {
  it('reads 124 tasks: 104 完成, 13 部分完成, 7 未完成', async () => {
    const r = check(await loadFixture('tongbao-2023-09.xlsx'));
    expect(r.sheet).toBe('9月');
    expect(r.title).toBe('2023年《政府工作报告》重点工作9月份完成情况通报表');
    expect([r.year, r.month]).toEqual([2023, 9]);
    expect(r.tasks).toHaveLength(124);
    expect(r.tasks.map((t) => t.seq)).toEqual(Array.from({ length: 124 }, (_, i) => i + 1));
    expect(r.statusCounts).toEqual({ 完成: 104, 部分完成: 13, 未完成: 7, 缺失: 0 });
    expect(r.findings.filter((f) => LAYOUT.test(f.rule))).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'overdue.month')).toHaveLength(20);
    expect(r.findings.filter((f) => f.kind === 'progress' && f.severity === 'error')).toEqual([]);
  });

  it('reads the pasted layout as the same tasks, with no layout findings', async () => {
    const a = check(await loadFixture('tongbao-2023-09.xlsx'));
    const b = check(await loadFixture('tongbao-2023-09-pasted.xlsx'));
    expect(b.sheet).toBe('9月份通报');
    expect(b.month).toBe(9);
    const shape = (r: typeof a) =>
      r.tasks.map((t) => ({ seq: t.seq, annual: t.annual, month: t.monthTarget, progress: t.progress, status: t.status, leaders: t.leadersText, units: t.unitsText }));
    expect(shape(b)).toEqual(shape(a));
    expect(b.statusCounts).toEqual(a.statusCounts);
    expect(b.findings.filter((f) => LAYOUT.test(f.rule))).toEqual([]);
  });

  it('reports the broken words of the real report, with fixes', async () => {
    const r = check(await loadFixture('tongbao-2023-09.xlsx'));
    const stray = r.findings.filter((f) => f.rule === 'text.stray-space');
    expect(stray.map((f) => f.seq)).toEqual([20, 72, 73, 80, 80, 81, 81]);
    const task72 = stray.find((f) => f.seq === 72);
    expect(task72?.suggestion?.to).toContain('已完成建设任务50%');
    expect(task72?.suggestion?.to).toContain('方宇污水处理厂： 因改造方案变更');
  });

  it('fills every finding for display and sorts them by row, then rule order', async () => {
    const r = check(await loadFixture('tongbao-2023-09.xlsx'));
    const order = new Map(RULES.map((rule, i) => [rule.id, i]));
    let last: [number, number] = [-1, -1];
    for (const f of r.findings) {
      expect(f.sheet).toBe('9月');
      expect(f.message.length).toBeGreaterThan(0);
      const key: [number, number] = [Number(/\d+/.exec(f.cell)?.[0]), order.get(f.rule) ?? -1];
      expect(key[0] > last[0] || (key[0] === last[0] && key[1] >= last[1])).toBe(true);
      last = key;
    }
  });
});

describe('check options', () => {
  const sheet = report({ rows: [{ seq: '1.' }, { seq: 3, progress: '基本完成。' }] });

  it('switches rules off', () => {
    const all = check(workbook(sheet)).findings.map((f) => f.rule);
    expect(all).toEqual(expect.arrayContaining(['seq.invalid', 'seq.gap', 'status.nonstandard']));
    const some = check(workbook(sheet), { disabledRules: ['seq.invalid', 'seq.gap'] }).findings.map((f) => f.rule);
    expect(some).not.toContain('seq.invalid');
    expect(some).not.toContain('seq.gap');
    expect(some).toContain('status.nonstandard');
  });

  it('writes messages in the chosen language', () => {
    const zh = check(workbook(sheet)).findings.find((f) => f.rule === 'seq.invalid');
    const en = check(workbook(sheet), { locale: 'en' }).findings.find((f) => f.rule === 'seq.invalid');
    expect(zh?.message).toBe('序号“1.”不是规范写法，应写“1”。');
    expect(en?.message).toBe('No. "1." is not written the standard way; write "1".');
  });

  it("reads the workbook's 名单 sheet as the roster", () => {
    const roster = grid([['分管领导', '责任单位'], ['郭克华', '区发改局'], ['崔赞', '区人社局']], { name: '名单' });
    const r = check(workbook(roster, report({ rows: [{ leaders: '崔 贊', units: '区人社局' }, { leaders: '郭克华', units: '区发改局' }] })));
    expect(r.sheet).toBe('9月');
    expect(r.names.roster?.leaders).toEqual(expect.arrayContaining(['郭克华', '崔赞']));
    expect(r.tasks.map((t) => t.leaders)).toEqual([['崔赞'], ['郭克华']]);
  });

  it('uses a roster passed in over the workbook', () => {
    const r = check(workbook(report({ rows: [{ leaders: '张三' }] })), { roster: { leaders: ['郭克华'], units: ['区发改局'], source: 'roster.csv' } });
    expect(r.names.roster?.source).toBe('roster.csv');
  });
});

describe('checking again', () => {
  it('sees rows and merges a host added to the same snapshot', () => {
    const sheet = report({ rows: [{}, {}] });
    const wb = workbook(sheet);
    expect(check(wb).tasks).toHaveLength(2);
    sheet.values.push([3, 'c', 'd', '完成。好', '郭克华', '区发改局']);
    expect(check(wb).tasks).toHaveLength(3);
    sheet.values.push([9, 'e', 'f', '续。', null, null]);
    sheet.merges = [...sheet.merges, { top: 4, left: 0, bottom: 5, right: 0 }];
    const again = check(wb);
    expect(again.tasks).toHaveLength(3);
    expect(again.tasks[2]?.annual).toBe('c\ne');
  });
});

describe('a rule that fails', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is skipped and named, and the other rules still report', () => {
    const sheet = report({ rows: [{ seq: 1 }, { seq: 1 }, { seq: 5 }] });
    expect(check(workbook(sheet)).failedRules).toBeUndefined();
    jest.spyOn(seqGap, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const r = check(workbook(sheet));
    expect(r.failedRules).toEqual(['seq.gap']);
    expect(r.findings.map((f) => f.rule)).toContain('seq.duplicate');
    expect(r.findings.map((f) => f.rule)).not.toContain('seq.gap');
  });
});

describe('bad input never throws', () => {
  it('an empty workbook', () => {
    const r = check({ sheets: [] });
    expect(r.table).toBeNull();
    expect(r.findings.map((f) => f.rule)).toEqual(['table.not-found']);
    expect(exitCode([r])).toBe(2);
  });

  it('empty and ragged sheets', () => {
    expect(check(workbook(grid([]), grid([[], [null], ['x']], { name: 'B' }))).table).toBeNull();
  });

  it('a header with no rows under it', () => {
    const r = check(workbook(report({ rows: [] })));
    expect(r.table).not.toBeNull();
    expect(r.tasks).toEqual([]);
    expect(exitCode([r])).toBe(0);
  });

  it('序号 written as "1." and "一", and error values everywhere', () => {
    const r = check(
      workbook(
        report({
          rows: [
            { seq: '1.' },
            { seq: '二' },
            { seq: '#N/A', annual: '#VALUE!', month: '#REF!', progress: '#N/A', leaders: '#NAME?', units: '#DIV/0!' },
          ],
        }),
      ),
    );
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2, null]);
    expect(r.findings.filter((f) => f.rule === 'cell.empty').map((f) => f.params)).toEqual(
      expect.arrayContaining([{ column: 'progress', value: '#N/A' }, { column: 'leaders', value: '#NAME?' }]),
    );
  });

  it('a 32,767-character cell', () => {
    const long = `完成。${'推进项目建设，完成投资3亿元。'.repeat(2200)}`.slice(0, 32767);
    const r = check(workbook(report({ rows: [{ progress: long, annual: long, leaders: long.slice(0, 32767), units: long }] })));
    expect(r.tasks[0]?.status).toBe('完成');
  });

  it('odd merges: a merge past the data, a whole-column merge', () => {
    const sheet = report({ rows: [{}, {}] });
    sheet.merges.push({ top: 1, left: 6, bottom: 1048575, right: 16383 }, { top: 0, left: 8, bottom: 1048575, right: 8 });
    expect(check(workbook(sheet)).tasks).toHaveLength(2);
  });
});

describe('random sheets', () => {
  /** A small deterministic generator, so a failure can be replayed. */
  function random(seed: number) {
    let x = seed;
    return () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x / 2147483648;
    };
  }
  const POOL = [
    null, '', ' ', '序号', '年度目标任务', '9月份目标任务', '完成情况', '分管区领导', '责任单位', '编号', '本月目标任务',
    1, 2, 3, '1.', '一', '（2）', 1.5, -1, 0, true, '#N/A', '#REF!', '完成。好', '部分完成，', '未完成', '基本完成。',
    '已完 成', '崔 赞', '区发改局（牵头） 区财政局', '一、经济发展', '注：无', '2023年9月份通报', 'x'.repeat(5000),
  ];

  it('never throw, and give tasks that cover rows in order', () => {
    const next = random(42);
    const pick = () => POOL[Math.floor(next() * POOL.length)] ?? null;
    let withTable = 0;
    let taskCount = 0;
    for (let n = 0; n < 300; n++) {
      const rows = Array.from({ length: Math.floor(next() * 12) }, () => Array.from({ length: Math.floor(next() * 8) }, pick));
      if (next() < 0.5) rows.unshift(['序号', '年度目标任务', '9月份目标任务', '完成情况', '分管区领导', '责任单位']);
      const merges = Array.from({ length: Math.floor(next() * 4) }, () => {
        const top = Math.floor(next() * 10) - 1;
        const left = Math.floor(next() * 7) - 1;
        return { top, left, bottom: top + Math.floor(next() * 4) - 1, right: left + Math.floor(next() * 4) - 1 };
      });
      const r = check(workbook(grid(rows, { name: `S${n}`, merges })));
      if (r.table) withTable++;
      taskCount += r.tasks.length;
      let last = -1;
      for (const t of r.tasks) {
        expect(t.firstRow).toBeGreaterThan(last);
        expect(t.lastRow).toBeGreaterThanOrEqual(t.firstRow);
        last = t.lastRow;
      }
      for (const f of r.findings) expect(f.message).not.toBe('');
    }
    // The generator must reach the reader, not only the not-found path.
    expect(withTable).toBeGreaterThan(100);
    expect(taskCount).toBeGreaterThan(500);
  });
});

describe('scale', () => {
  it('reads a 10,000-task sheet', () => {
    const r = check(workbook(bigReport(10000)));
    expect(r.tasks).toHaveLength(10000);
    expect(r.statusCounts.完成 + r.statusCounts.部分完成 + r.statusCounts.未完成).toBe(10000);
    expect(r.findings.filter((f) => LAYOUT.test(f.rule))).toEqual([]);
  });
});
