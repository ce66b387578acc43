import { check, type Finding } from '../../../src/core';
import { encodeLedger, emptyLedger, LEDGER_SHEET } from '../../../src/core/ledger';
import { grid, merge, report, workbook } from '../../helpers/grid';

const LAYOUT_RULE = /^(table|seq|cell)\./;
const HEADER = ['序号', '年度目标任务', '9月份目标任务', '完成情况', '分管区领导', '责任单位'];

describe('reading a report table', () => {
  it("reads a county's report with its own header words, month and year", () => {
    const sheet = grid(
      [
        ['某县2024年重点工作10月份推进情况通报'],
        ['编号', '年度任务', '本月目标任务', '进展情况', '分管县领导', '牵头单位'],
        [1, '新建小学2所', '主体封顶', '完成。两所小学主体均已封顶。', '王建国', '县教体局'],
        [2, '改造道路10公里', '完成5公里', '部分完成。已完成3公里。', '李明', '县交通运输局'],
      ],
      { name: '10月', merges: [merge(0, 0, 0, 5)] },
    );
    const r = check(workbook(sheet));
    expect(r.sheet).toBe('10月');
    expect(r.month).toBe(10);
    expect(r.year).toBe(2024);
    expect(r.title).toBe('某县2024年重点工作10月份推进情况通报');
    expect(r.table?.headers.leaders).toBe('分管县领导');
    expect(r.tasks.map((t) => [t.seq, t.status, t.leaders])).toEqual([
      [1, '完成', ['王建国']],
      [2, '部分完成', ['李明']],
    ]);
    expect(r.findings.filter((f) => f.kind !== 'progress')).toEqual([]);
  });

  it('reads a task whose cells are merged over several rows as one task', () => {
    const sheet = report({
      rows: [
        { seq: 1, annual: '建设三个产业园', month: '甲园：开工', progress: '部分完成。甲园已开工。', leaders: '郭克华', units: '区发改局' },
        { seq: null, annual: null, month: '乙园：完成设计', progress: '乙园设计已完成。', leaders: null, units: null },
        { seq: 2, annual: '新增企业10家', month: '新增1家', progress: '完成。新增2家。' },
      ],
      merges: [merge(2, 0, 3, 0), merge(2, 1, 3, 1), merge(2, 4, 3, 4), merge(2, 5, 3, 5)],
    });
    const r = check(workbook(sheet));
    expect(r.tasks).toHaveLength(2);
    const [first] = r.tasks;
    expect(first?.seq).toBe(1);
    expect(first?.firstRow).toBe(2);
    expect(first?.lastRow).toBe(3);
    expect(first?.annual).toBe('建设三个产业园');
    expect(first?.monthTarget).toBe('甲园：开工\n乙园：完成设计');
    expect(first?.progress).toBe('部分完成。甲园已开工。\n乙园设计已完成。');
    expect(first?.leaders).toEqual(['郭克华']);
    expect(first?.cells).toEqual({ seq: 'A3', annual: 'B3', month: 'C3', progress: 'D3', leaders: 'E3', units: 'F3' });
    expect(r.findings.filter((f) => f.rule === 'cell.empty')).toEqual([]);
  });

  it('gives a leader or unit cell merged down over several tasks to each of them', () => {
    const sheet = report({
      rows: [
        { seq: 1, leaders: '郭克华 高晋', units: '区发改局' },
        { seq: 2, leaders: null, units: null },
        { seq: 3, leaders: '房美男', units: '区工信局' },
      ],
      merges: [merge(2, 4, 3, 4), merge(2, 5, 3, 5)],
    });
    const r = check(workbook(sheet));
    expect(r.tasks.map((t) => [t.seq, t.leaders, t.unitsText, t.cells.leaders])).toEqual([
      [1, ['郭克华', '高晋'], '区发改局', 'E3'],
      [2, ['郭克华', '高晋'], '区发改局', 'E3'],
      [3, ['房美男'], '区工信局', 'E5'],
    ]);
    expect(r.findings.filter((f) => f.rule === 'cell.empty')).toEqual([]);
  });

  it('keeps a merged target that reads like a heading with its task', () => {
    const sheet = report({
      rows: [
        { seq: 1, annual: '（一）建设三个产业园', month: '甲园：开工', progress: '完成。甲园已开工。' },
        { seq: null, annual: null, month: null, progress: null, leaders: null, units: null },
        { seq: 2 },
      ],
      merges: [merge(2, 1, 3, 1)],
    });
    const r = check(workbook(sheet));
    expect(r.tasks.map((t) => [t.seq, t.firstRow, t.lastRow])).toEqual([
      [1, 2, 3],
      [2, 4, 4],
    ]);
    expect(r.table?.sections).toEqual([]);
  });

  it('joins sub-rows whose 序号 is empty to the numbered row above', () => {
    const sheet = report({
      rows: [
        { seq: 1, annual: '抓好三个项目', month: '项目一：开工', progress: '未完成。项目一尚未开工。', leaders: '郭克华', units: '区发改局' },
        { seq: null, annual: null, month: '项目二：竣工', progress: '项目二已竣工。', leaders: '高晋', units: '区住建局' },
        { seq: null, annual: null, month: '项目三：验收', progress: '项目三已验收。', leaders: '郭克华', units: '区住建局' },
        { seq: 2 },
      ],
    });
    const r = check(workbook(sheet));
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2]);
    const [first] = r.tasks;
    expect(first?.monthTarget).toBe('项目一：开工\n项目二：竣工\n项目三：验收');
    expect(first?.progress).toBe('未完成。项目一尚未开工。\n项目二已竣工。\n项目三已验收。');
    expect(first?.leaders).toEqual(['郭克华', '高晋']);
    expect(first?.units.map((u) => u.name)).toEqual(['区发改局', '区住建局']);
    expect(first?.units[0]).toMatchObject({ lead: true, leadInferred: true });
    expect(first?.lastRow).toBe(4);
    expect(r.statusCounts).toEqual({ 完成: 1, 部分完成: 0, 未完成: 1, 缺失: 0 });
  });

  it('lists a unit named in two sub-rows once, as the lead if marked so in either', () => {
    const sheet = report({
      rows: [
        { seq: 1, units: '区发改局 区住建局' },
        { seq: null, annual: null, month: '乙', progress: '乙已完成。', leaders: null, units: '区住建局（牵头）' },
      ],
    });
    const units = check(workbook(sheet)).tasks[0]?.units.map((u) => [u.name, u.lead]);
    expect(units).toEqual([
      ['区发改局', false],
      ['区住建局', true],
    ]);
  });

  it('reads items numbered （1）（2） under a task as that task', () => {
    const sheet = report({
      rows: [
        { seq: 1, annual: '抓好两个项目', month: null, progress: '部分完成。' },
        { seq: '（1）', annual: null, month: '甲项目开工', progress: '甲项目已开工。', leaders: null, units: null },
        { seq: '（2）', annual: null, month: '乙项目竣工', progress: '乙项目尚未竣工。', leaders: null, units: null },
        { seq: 2 },
      ],
    });
    const r = check(workbook(sheet));
    expect(r.tasks.map((t) => [t.seq, t.firstRow, t.lastRow])).toEqual([
      [1, 2, 4],
      [2, 5, 5],
    ]);
    expect(r.tasks[0]?.monthTarget).toBe('甲项目开工\n乙项目竣工');
    expect(r.findings.filter((f) => LAYOUT_RULE.test(f.rule))).toEqual([]);
  });

  it('reads tasks all numbered （1）（2） as tasks', () => {
    const r = check(workbook(report({ rows: [{ seq: '（1）' }, { seq: '（2）' }, { seq: '（3）' }] })));
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2, 3]);
  });

  it('reads a header written with line breaks and spaces', () => {
    const sheet = grid([
      ['序\n号', '年度\n目标任务', '9月份\n目标任务', '完成\n情况', '分管区\n领导', '责任 单位'],
      [1, 'a', 'b', '完成。好', '郭克华', '区发改局'],
    ]);
    const r = check(workbook(sheet));
    expect(r.table?.columns).toEqual({ seq: 0, annual: 1, month: 2, progress: 3, leaders: 4, units: 5 });
    expect(r.month).toBe(9);
    expect(r.tasks).toHaveLength(1);
  });

  it('skips repeated headers, blank rows, section headings and notes', () => {
    const sheet = grid(
      [
        ['2023年重点工作9月份完成情况通报表'],
        HEADER,
        ['一、经济发展'],
        [1, 'a', 'b', '完成。好', '郭克华', '区发改局'],
        [],
        [null, null, null, null, null, null],
        HEADER,
        [2, 'c', 'd', '完成。好', '郭克华', '区发改局'],
        ['二、社会民生（共1项）', null, null, null, null, null],
        [3, 'e', 'f', '未完成。差', '高晋', '区教体局'],
        ['注：本表由区政府办汇总。', null, null, null, null, null],
      ],
      { merges: [merge(0, 0, 0, 5), merge(8, 0, 8, 5), merge(10, 0, 10, 5)] },
    );
    const r = check(workbook(sheet));
    expect(r.tasks.map((t) => [t.seq, t.firstRow, t.lastRow])).toEqual([
      [1, 3, 3],
      [2, 7, 7],
      [3, 9, 9],
    ]);
    expect(r.findings.filter((f) => f.rule.startsWith('seq.') || f.rule.startsWith('table.'))).toEqual([]);
  });

  it('takes the title over an attachment number and a long date line', () => {
    const sheet = grid(
      [
        ['附件1'],
        ['重点工作9月份完成情况通报表'],
        ['填报单位（盖章）：区政府办公室　　　　填报日期：2023年10月8日　　　　联系人：王小明'],
        HEADER,
        [1, 'a', 'b', '完成。好', '郭克华', '区发改局'],
      ],
      { merges: [merge(1, 0, 1, 5)] },
    );
    const r = check(workbook(sheet));
    expect(r.title).toBe('重点工作9月份完成情况通报表');
    expect(r.month).toBe(9);
  });

  it('ignores numbered rows a template left empty at the end, but not in the middle', () => {
    const sheet = report({
      rows: [
        {},
        { annual: null, month: null, progress: null, leaders: null, units: null },
        {},
        { annual: null, month: null, progress: null, leaders: null, units: null },
        { annual: null, month: null, progress: null, leaders: null, units: null },
      ],
    });
    const r = check(workbook(sheet));
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2, 3]);
    expect(r.findings.filter((f) => f.rule === 'cell.empty').map((f) => f.seq)).toEqual([2, 2, 2, 2, 2]);
  });

  it('joins a task that a page break split, across the repeated header', () => {
    const sheet = grid([
      HEADER,
      [1, '抓好三个项目', '项目一：开工', '部分完成。项目一已开工。', '郭克华', '区发改局'],
      [],
      HEADER,
      [null, null, '项目二：竣工', '项目二尚未竣工。', null, null],
      [2, 'c', 'd', '完成。好', '郭克华', '区发改局'],
    ]);
    const r = check(workbook(sheet));
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2]);
    expect(r.tasks[0]?.progress).toBe('部分完成。项目一已开工。\n项目二尚未竣工。');
    expect(r.tasks[0]?.lastRow).toBe(4);
  });

  it('does not take a summary sheet of the same month for the report', () => {
    const summary = grid(
      [
        ['2023年郭克华同志分管重点工作9月份完成情况'],
        ['序号', '年度目标任务', '9月份目标任务', '完成情况', '责任单位', '其他分管领导'],
        [1, 'a', 'b', '完成。好', '区发改局', '高晋'],
      ],
      { name: '郭克华', merges: [merge(0, 0, 0, 5)] },
    );
    const r = check(workbook(summary, report({ month: 9, rows: [{}, {}] })));
    expect(r.sheet).toBe('9月');
  });

  it('skips a row numbering the columns and section headings in the target column', () => {
    const sheet = grid([
      HEADER,
      [1, 2, 3, 4, 5, 6],
      [null, '一、经济发展（共2项）', null, null, null, null],
      [1, 'a', 'b', '完成。好', '郭克华', '区发改局'],
      [2, 'c', 'd', '完成。好', '郭克华', '区发改局'],
      [null, '（二）社会民生', null, null, null, null],
      [3, 'e', 'f', '完成。好', '郭克华', '区发改局'],
    ]);
    const r = check(workbook(sheet));
    expect(r.tasks.map((t) => [t.seq, t.annual])).toEqual([
      [1, 'a'],
      [2, 'c'],
      [3, 'e'],
    ]);
    expect(r.findings.filter((f) => LAYOUT_RULE.test(f.rule))).toEqual([]);
  });

  it('skips a two-row header repeated at a page break', () => {
    const top = ['序号', '目标任务', null, '完成情况', '分管区领导', '责任单位'];
    const sub = [null, '年度', '9月份', null, null, null];
    const headerMerges = (r: number) => [merge(r, 0, r + 1, 0), merge(r, 1, r, 2), merge(r, 3, r + 1, 3), merge(r, 4, r + 1, 4), merge(r, 5, r + 1, 5)];
    const sheet = grid(
      [top, sub, [1, 'a', 'b', '完成。好', '郭克华', '区发改局'], [], top, sub, [2, 'c', 'd', '完成。好', '郭克华', '区发改局']],
      { merges: [...headerMerges(0), ...headerMerges(4)] },
    );
    const r = check(workbook(sheet));
    expect(r.tasks.map((t) => [t.seq, t.annual, t.monthTarget])).toEqual([
      [1, 'a', 'b'],
      [2, 'c', 'd'],
    ]);
  });

  it('skips the title repeated at a page break in any column', () => {
    const title = '2023年重点工作9月份完成情况通报表';
    const sheet = grid([
      [title],
      HEADER,
      [1, 'a', 'b', '完成。好', '郭克华', '区发改局'],
      [null, title, null, null, null, null],
      HEADER,
      [2, 'c', 'd', '完成。好', '郭克华', '区发改局'],
    ]);
    const r = check(workbook(sheet));
    expect(r.tasks.map((t) => [t.seq, t.annual])).toEqual([
      [1, 'a'],
      [2, 'c'],
    ]);
  });

  it('still joins a sub-row that carries only target text', () => {
    const sheet = grid([
      HEADER,
      [1, '建设产业园', '甲园开工', '完成。甲园已开工。', '郭克华', '区发改局'],
      [null, '同步建设配套道路', null, null, null, null],
    ]);
    expect(check(workbook(sheet)).tasks[0]?.annual).toBe('建设产业园\n同步建设配套道路');
  });

  it('skips a line of sign-offs under the table', () => {
    const sheet = grid([
      HEADER,
      [1, 'a', 'b', '完成。好', '郭克华', '区发改局'],
      ['填报人：王小明', null, '审核人：李四', null, '联系电话：1234567', null],
    ]);
    const r = check(workbook(sheet));
    expect(r.tasks.map((t) => [t.seq, t.lastRow])).toEqual([[1, 1]]);
    expect(r.findings.filter((f) => LAYOUT_RULE.test(f.rule))).toEqual([]);
  });

  it('reads a table with no 序号 column one row per task', () => {
    const sheet = grid([
      [null, '年度目标任务', '9月份目标任务', '完成情况', '分管区领导', '责任单位'],
      [null, 'a', 'b', '完成。好', '郭克华', '区发改局'],
      [null, 'c', 'd', '未完成。差', '高晋', '区工信局'],
    ]);
    const r = check(workbook(sheet));
    expect(r.tasks.map((t) => [t.seq, t.cells.seq, t.status])).toEqual([
      [null, 'B2', '完成'],
      [null, 'B3', '未完成'],
    ]);
    const missing = r.findings.filter((f): f is Finding<'table.column-missing'> => f.rule === 'table.column-missing');
    expect(missing.map((f) => [f.params.column, f.cell])).toEqual([['seq', 'B1']]);
  });

  it('reads cells that hold error values as empty', () => {
    const r = check(workbook(report({ rows: [{ progress: '#N/A', leaders: '#REF!' }] })));
    expect(r.tasks[0]?.progress).toBe('');
    expect(r.tasks[0]?.leaders).toEqual([]);
    expect(r.statusCounts.缺失).toBe(1);
  });
});

describe('choosing the sheet', () => {
  it('takes the latest month when several sheets hold a report', () => {
    const aug = report({ month: 8, rows: [{}, {}] });
    const sep = report({ month: 9, rows: [{}, {}, {}] });
    expect(check(workbook(sep, aug)).sheet).toBe('9月');
    expect(check(workbook(aug, sep)).sheet).toBe('9月');
  });

  it("passes over next month's blank template", () => {
    const sep = report({ month: 9, rows: [{}, {}] });
    const oct = report({ month: 10, rows: [] });
    expect(check(workbook(sep, oct)).sheet).toBe('9月');
  });

  it('orders months across years', () => {
    const dec = report({ month: 12, year: 2023, rows: [{}] });
    const jan = report({ month: 1, year: 2024, rows: [{}] });
    expect(check(workbook(dec, jan)).sheet).toBe('1月');
  });

  it('ignores the roster, helper sheets and the sheets it generated', () => {
    const sep = report({ month: 9, rows: [{}] });
    const roster = grid([['分管领导', '责任单位'], ['郭克华', '区发改局']], { name: '名单' });
    const ledger = { ...emptyLedger(), generated: ['10月汇总'] };
    const hidden = grid(encodeLedger(ledger).map((chunk) => [chunk]), { name: LEDGER_SHEET });
    const generated = report({ month: 10, name: '10月汇总', rows: [{}] });
    const r = check(workbook(roster, generated, sep, hidden));
    expect(r.sheet).toBe('9月');
  });

  it('never takes a roster for the report, but finds a report whose sheet name says 名单', () => {
    const roster = grid([['序号', '分管领导', '责任单位'], [1, '郭克华', '区发改局']], { name: '名单' });
    expect(check(workbook(roster)).table).toBeNull();
    expect(check(workbook(roster)).findings[0]?.params).toEqual({ sheets: [] });
    const named = report({ name: '重点任务名单', rows: [{}] });
    expect(check(workbook(roster, named)).sheet).toBe('重点任务名单');
  });

  it('checks the sheet it is told to, and the month it is told', () => {
    const aug = report({ month: 8, rows: [{}] });
    const sep = report({ month: 9, rows: [{}] });
    const r = check(workbook(aug, sep), { sheet: '8月', month: 7 });
    expect(r.sheet).toBe('8月');
    expect(r.month).toBe(7);
  });

  it('says which sheets it looked at when none holds a report', () => {
    const r = check(workbook(grid([['姓名', '电话']], { name: '通讯录' }), grid([], { name: 'Sheet2' })));
    expect(r.table).toBeNull();
    expect(r.sheet).toBeNull();
    expect(r.tasks).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'table.not-found', severity: 'error', kind: 'table', params: { sheets: ['通讯录', 'Sheet2'] } });
    expect(r.findings[0]?.message).toContain('通讯录');
  });

  it('says a sheet it was told to check holds no report', () => {
    const r = check(workbook(report({ rows: [{}] }), grid([['姓名']], { name: '通讯录' })), { sheet: '通讯录' });
    expect(r.table).toBeNull();
    expect(r.findings[0]).toMatchObject({ rule: 'table.not-found', sheet: '通讯录', params: { sheets: ['通讯录'] } });
  });

  it('reports a sheet name that does not exist', () => {
    const r = check(workbook(report({ rows: [{}] }), grid([], { name: '名单' })), { sheet: '十月' });
    expect(r.table).toBeNull();
    expect(r.findings[0]).toMatchObject({ rule: 'table.not-found', params: { sheets: ['9月', '名单'], missing: '十月' } });
    expect(r.findings[0]?.message).toBe('没有名为“十月”的工作表（工作簿中有：9月、名单）。请选择要校验的工作表。');
  });
});
