import type { ModelCell, SheetModel } from '../../../src/core/sheet-model';
import { buildSummaries, NO_LEADER, type Summary } from '../../../src/core/summary';
import { nameIndex, report, type TaskSpec } from './helpers';

const SPECS: TaskSpec[] = [
  { seq: 1, status: '部分完成', leaders: ['张三', '李四'], units: ['区发改局*', '区财政局'] },
  { seq: 2, status: '完成', leaders: ['张三'], units: ['区财政局'] },
  { seq: 3, status: '未完成', leaders: ['李四', '张三'], units: ['区工信局', '区发改局*'] },
  { seq: 4, status: '完成', leaders: ['王五'], units: ['区发改局'] },
  { seq: 5, status: '未完成', leaders: ['张三'], units: ['区财政局*'] },
];

function sheet(summary: Summary, name: string): SheetModel {
  const found = summary.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}; have ${summary.sheets.map((s) => s.name).join(', ')}`);
  return found;
}

function text(cell: ModelCell | null | undefined): string {
  return cell?.value === null || cell?.value === undefined ? '' : String(cell.value);
}

/** The 序号 column of a task sheet's data rows (below the title, counts and header rows). */
function seqColumn(model: SheetModel): (string | number | null)[] {
  return model.rows.slice(3).map((r) => r[0]?.value ?? null);
}

function columnOf(model: SheetModel, header: string, headerRow = 2): number {
  const col = (model.rows[headerRow] ?? []).findIndex((c) => c?.value === header);
  if (col < 0) throw new Error(`no column ${header}`);
  return col;
}

describe('leader sheets', () => {
  const summary = buildSummaries(report(SPECS), { by: 'leader', order: 'status' });

  it('makes one sheet per leader after the overview, and puts a shared task on each', () => {
    expect(summary.sheets.map((s) => s.name)).toEqual(['分管领导汇总', '张三', '李四', '王五', '责任单位汇总']);
    expect(summary.leaders.map((l) => [l.name, l.seqs])).toEqual([
      ['张三', [3, 5, 1, 2]],
      ['李四', [3, 1]],
      ['王五', [4]],
    ]);
  });

  it('orders 未完成, 部分完成, 完成, each by 序号', () => {
    expect(seqColumn(sheet(summary, '张三'))).toEqual([3, 5, 1, 2]);
  });

  it('orders by 序号 alone when asked', () => {
    const bySeq = buildSummaries(report(SPECS), { by: 'leader', order: 'seq' });
    expect(seqColumn(sheet(bySeq, '张三'))).toEqual([1, 2, 3, 5]);
    expect(bySeq.leaders[0]?.seqs).toEqual([1, 2, 3, 5]);
  });

  it('titles the sheet with year, name and month, and counts the tasks', () => {
    const model = sheet(summary, '张三');
    expect(text(model.rows[0]?.[0])).toBe('2023年张三同志分管重点工作9月份完成情况');
    expect(text(model.rows[1]?.[0])).toBe('共4项，完成1项，部分完成1项，未完成2项，完成率25%');
    expect(summary.leaders[0]?.counts).toMatchObject({ total: 4, 完成: 1, 部分完成: 1, 未完成: 2, rate: 0.25 });
  });

  it('leaves the year out when the report gives none, and the month when unknown', () => {
    const s = buildSummaries(report(SPECS, undefined, { year: null, month: null }), { by: 'leader', order: 'status' });
    const model = sheet(s, '张三');
    expect(text(model.rows[0]?.[0])).toBe('张三同志分管重点工作完成情况');
    expect(text(model.rows[2]?.[2])).toBe('月份目标任务');
  });

  it('has the columns in order with the month in the header', () => {
    const model = sheet(summary, '张三');
    expect(model.rows[2]?.map(text)).toEqual(['序号', '年度目标任务', '9月份目标任务', '完成情况', '状态', '责任单位', '其他分管领导']);
  });

  it('links each 序号 to the task row in the source sheet', () => {
    const model = sheet(summary, '张三');
    const links = model.rows.slice(3).map((r) => r[0]?.link);
    // Tasks 1..5 sit on sheet rows 3..7.
    expect(links).toEqual([
      { sheet: '9月', cell: 'A5' },
      { sheet: '9月', cell: 'A7' },
      { sheet: '9月', cell: 'A3' },
      { sheet: '9月', cell: 'A4' },
    ]);
  });

  it('shows the status with its light', () => {
    const model = sheet(summary, '张三');
    const col = columnOf(model, '状态');
    const cells = model.rows.slice(3).map((r) => r[col]);
    expect(cells.map(text)).toEqual(['未完成', '未完成', '部分完成', '完成']);
    const fills = cells.map((c) => model.styles[c?.style ?? '']?.fill);
    expect(fills).toEqual(['FFFFC7CE', 'FFFFC7CE', 'FFFFEB9C', 'FFC6EFCE']);
  });

  it('lists the lead unit first, marked 牵头, and the other leaders', () => {
    const model = sheet(summary, '张三');
    const units = columnOf(model, '责任单位');
    const others = columnOf(model, '其他分管领导');
    const row3 = model.rows[3];
    expect(text(row3?.[units])).toBe('区发改局（牵头）、区工信局');
    expect(text(row3?.[others])).toBe('李四');
    expect(text(model.rows[5]?.[others])).toBe('李四');
    expect(text(model.rows[4]?.[others])).toBe('');
  });

  it('is ready to print: A4 landscape, one page wide, title rows repeated, footer, frozen header, borders', () => {
    for (const model of summary.sheets) {
      expect(model.print).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: true, footer: '&C第 &P 页 共 &N 页' });
      expect(model.print?.titleRows?.[0]).toBe(1);
      expect(model.freeze?.rows).toBe(model.print?.titleRows?.[1]);
      const headerRow = (model.freeze?.rows ?? 0) - 1;
      for (const cell of model.rows[headerRow] ?? []) {
        expect(model.styles[cell?.style ?? '']).toMatchObject({ border: true, wrap: true });
      }
      for (const row of model.rows.slice(headerRow + 1)) {
        for (const cell of row) expect(model.styles[cell?.style ?? '']).toMatchObject({ border: true, wrap: true });
      }
      expect(model.columnWidths.length).toBe(model.rows[headerRow]?.length);
    }
  });

  it('gives long texts taller rows and keeps short rows short', () => {
    const long = '推进重点项目建设，'.repeat(40);
    const s = buildSummaries(
      report([
        { seq: 1, status: '完成', leaders: ['张三'], progress: '完成。' },
        { seq: 2, status: '完成', leaders: ['张三'], progress: `完成。${long}` },
      ]),
      { by: 'leader', order: 'seq' },
    );
    const model = sheet(s, '张三');
    const [short = 0, tall = 0] = (model.rowHeights ?? []).slice(3).map((h) => h ?? 0);
    expect(tall).toBeGreaterThan(short * 5);
    expect(tall).toBeLessThanOrEqual(409);
  });

  it('sizes columns to the Chinese text, wide characters counting double', () => {
    const s = buildSummaries(
      report([{ seq: 1, status: '完成', leaders: ['张三'], units: ['区行政审批服务局*'] }]),
      { by: 'leader', order: 'seq' },
    );
    const model = sheet(s, '张三');
    const col = columnOf(model, '责任单位');
    // "区行政审批服务局（牵头）" is 12 wide characters: 24 units, within the column's bounds.
    expect(model.columnWidths[col]).toBeGreaterThanOrEqual(24);
  });
});

describe('overview 分管领导汇总', () => {
  const specs: TaskSpec[] = [...SPECS, { seq: 6, status: '部分完成', leaders: [] }, { seq: 7, status: '完成', leaders: [] }];
  const summary = buildSummaries(report(specs), { by: 'leader', order: 'status' });
  const model = sheet(summary, '分管领导汇总');
  const body = model.rows.slice(3).map((r) => r.map((c) => c?.value ?? null));

  it('has one row per leader, 未指定分管领导, and a total in which each task counts once', () => {
    expect(model.rows[2]?.map(text)).toEqual(['分管领导', '分管事项', '完成', '部分完成', '未完成', '完成率', '未完成/部分完成事项序号']);
    expect(body).toEqual([
      ['张三', 4, 1, 1, 2, 0.25, '未完成：3、5\n部分完成：1'],
      ['李四', 2, 0, 1, 1, 0, '未完成：3\n部分完成：1'],
      ['王五', 1, 1, 0, 0, 1, ''],
      [NO_LEADER, 2, 1, 1, 0, 0.5, '部分完成：6'],
      ['合计', 7, 3, 2, 2, 3 / 7, '未完成：3、5\n部分完成：1、6'],
    ]);
  });

  it('formats 完成率 as a percentage with a data bar over the leader rows', () => {
    expect(model.styles[model.rows[3]?.[5]?.style ?? '']?.numberFormat).toBe('0.0%');
    expect(model.dataBars).toEqual([{ range: 'F4:F6', color: expect.stringMatching(/^FF[0-9A-F]{6}$/) }]);
  });

  it('links each leader to their sheet', () => {
    expect(model.rows[3]?.[0]?.link).toEqual({ sheet: '张三', cell: 'A1' });
    expect(model.rows[6]?.[0]?.link).toBeUndefined();
  });

  it('lists the tasks without leaders in the figures without giving them a sheet', () => {
    expect(summary.leaders.at(-1)).toMatchObject({ name: NO_LEADER, sheet: null, seqs: [6, 7] });
    expect(summary.sheets.some((s) => s.name === NO_LEADER)).toBe(false);
  });

  it('adds a 未标明 column only when some task has no status', () => {
    expect(model.rows[2]?.map(text)).not.toContain('未标明');
    const s = buildSummaries(report([...SPECS, { seq: 6, status: null, leaders: ['张三'] }]), { by: 'leader', order: 'status' });
    const o = sheet(s, '分管领导汇总');
    expect(o.rows[2]?.map(text)).toContain('未标明');
    expect(text(sheet(s, '张三').rows[1]?.[0])).toBe('共5项，完成1项，部分完成1项，未完成2项，未标明完成状态1项，完成率20%');
    // A task without a status comes after the unfinished ones and before the finished ones.
    expect(seqColumn(sheet(s, '张三'))).toEqual([3, 5, 1, 6, 2]);
  });
});

describe('names', () => {
  it('counts a mapped variant under its roster name', () => {
    const names = nameIndex({ 张叁: { kind: 'mapped', canonical: '张三' } }, { leaders: ['张三', '李四'], units: [], source: 'roster.csv' });
    const s = buildSummaries(report([
      { seq: 1, status: '完成', leaders: ['张叁'] },
      { seq: 2, status: '完成', leaders: ['张三'] },
    ], names), { by: 'leader', order: 'seq' });
    expect(s.leaders.map((l) => [l.name, l.seqs])).toEqual([['张三', [1, 2]]]);
    expect(s.unresolved).toEqual([]);
  });

  it('gives a suspected variant no sheet of its own: it is a row to settle on the overview, listed as unresolved', () => {
    const names = nameIndex({ 张叁: { kind: 'suspect', canonical: '张三' } });
    const s = buildSummaries(report([
      { seq: 1, status: '完成', leaders: ['张三'] },
      { seq: 2, status: '未完成', leaders: ['张叁'] },
    ], names), { by: 'leader', order: 'seq' });
    expect(s.leaders.map((l) => [l.name, l.seqs, l.unresolved, l.sheet])).toEqual([['张三', [1], false, '张三'], ['张叁', [2], true, null]]);
    expect(s.unresolved).toEqual([{ name: '张叁', canonical: '张三' }]);
    expect(s.sheets.map((x) => x.name)).not.toContain('张叁');
    const row = sheet(s, '分管领导汇总').rows[4]?.[0];
    expect(text(row)).toBe('张叁（待核实）');
    expect(row?.link).toBeUndefined();
    expect(text(sheet(s, '张三').rows[1]?.[0])).not.toContain('注');
  });

  it('never splits names run together by guess, even when every part is a known leader', () => {
    const names = nameIndex({ 张三李四: { kind: 'merged', parts: ['张三', '李四'] } });
    const s = buildSummaries(report([
      { seq: 1, status: '完成', leaders: ['张三'] },
      { seq: 2, status: '完成', leaders: ['李四'] },
      { seq: 3, status: '完成', leaders: ['张三李四'] },
    ], names), { by: 'leader', order: 'seq' });
    expect(s.leaders.map((l) => [l.name, l.seqs, l.sheet])).toEqual([['张三', [1], '张三'], ['李四', [2], '李四'], ['张三李四', [3], null]]);
    expect(s.unresolved).toEqual([{ name: '张三李四', canonical: '张三、李四' }]);
  });

  it('gives names run together no sheet when a part is not a known leader', () => {
    const names = nameIndex({ 张三晋: { kind: 'merged', parts: ['张三', '晋'] }, 晋: { kind: 'unknown' } });
    const s = buildSummaries(report([
      { seq: 1, status: '完成', leaders: ['张三'] },
      { seq: 2, status: '完成', leaders: ['张三晋'] },
    ], names), { by: 'leader', order: 'seq' });
    expect(s.leaders.map((l) => [l.name, l.seqs])).toEqual([['张三', [1]], ['张三晋', [2]]]);
    expect(s.sheets.map((x) => x.name)).not.toContain('张三晋');
    expect(s.unresolved).toEqual([{ name: '张三晋', canonical: '张三、晋' }]);
  });

  it('orders leaders as the roster does, then by first appearance', () => {
    const names = nameIndex({}, { leaders: ['王五', '张三'], units: [], source: '名单' });
    const s = buildSummaries(report(SPECS, names), { by: 'leader', order: 'seq' });
    expect(s.leaders.map((l) => l.name)).toEqual(['王五', '张三', '李四']);
  });

  it('names sheets validly while titles keep the full name', () => {
    const odd = '欧阳/[特别]长的名字用来测试工作表名称长度限制是否生效呢呢呢还有更多';
    const s = buildSummaries(report([
      { seq: 1, status: '完成', leaders: [odd] },
      { seq: 2, status: '完成', leaders: ['分管领导汇总'] },
      { seq: 3, status: '完成', leaders: ['History'] },
    ]), { by: 'leader', order: 'seq' });
    const names = s.sheets.map((x) => x.name);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[:\\/?*[\]]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    const oddFigures = s.leaders[0];
    expect(oddFigures?.sheet).toBe('欧阳／［特别］长的名字用来测试工作表名称长度限制是否生效呢呢呢');
    expect(text(sheet(s, oddFigures?.sheet ?? '').rows[0]?.[0])).toBe(`2023年${odd}同志分管重点工作9月份完成情况`);
    expect(s.leaders[1]?.sheet).toBe('分管领导汇总(2)');
    expect(s.renamed).toEqual([{ wanted: '分管领导汇总', name: '分管领导汇总(2)', reason: 'duplicate' }]);
    expect(s.leaders[2]?.sheet).toBe('History(1)');
  });
});

describe('units', () => {
  it('counts each unit as 牵头 and as 配合, by status', () => {
    const s = buildSummaries(report(SPECS), { by: 'leader', order: 'status' });
    expect(s.units.map((u) => [u.name, u.lead.total, u.lead.完成, u.lead.部分完成, u.lead.未完成, u.support.total, u.support.完成, u.support.未完成])).toEqual([
      ['区发改局', 2, 0, 1, 1, 1, 1, 0],
      ['区财政局', 1, 0, 0, 1, 2, 1, 0],
      ['区工信局', 0, 0, 0, 0, 1, 0, 1],
    ]);
    expect(s.units[0]).toMatchObject({ leadSeqs: [1, 3], supportSeqs: [4], sheet: null });
    const model = sheet(s, '责任单位汇总');
    expect(model.rows.slice(4).map((r) => r.map((c) => c?.value ?? null))).toEqual([
      ['区发改局', 2, 0, 1, 1, 1, 1, 0, 0, 1 / 3, '未完成：3\n部分完成：1'],
      ['区财政局', 1, 0, 0, 1, 2, 1, 1, 0, 1 / 3, '未完成：5\n部分完成：1'],
      ['区工信局', 0, 0, 0, 0, 1, 0, 0, 1, 0, '未完成：3'],
    ]);
    expect(model.print?.titleRows).toEqual([1, 4]);
  });

  it('adds one sheet per unit with by unit, and no leader sheets', () => {
    const s = buildSummaries(report(SPECS), { by: 'unit', order: 'status' });
    expect(s.sheets.map((x) => x.name)).toEqual(['责任单位汇总', '区发改局', '区财政局', '区工信局']);
    const model = sheet(s, '区发改局');
    expect(text(model.rows[0]?.[0])).toBe('2023年区发改局承担重点工作9月份完成情况');
    expect(text(model.rows[1]?.[0])).toBe('共3项（牵头2项，配合1项），完成1项，部分完成1项，未完成1项，完成率33.3%');
    expect(seqColumn(model)).toEqual([3, 1, 4]);
    const part = columnOf(model, '承担方式');
    expect(model.rows.slice(3).map((r) => text(r[part]))).toEqual(['牵头', '牵头', '配合']);
    expect(sheet(s, '责任单位汇总').rows[4]?.[0]?.link).toEqual({ sheet: '区发改局', cell: 'A1' });
  });

  it('makes leader and unit sheets with both', () => {
    const s = buildSummaries(report(SPECS), { by: 'both', order: 'status' });
    expect(s.sheets.map((x) => x.name)).toEqual(['分管领导汇总', '张三', '李四', '王五', '责任单位汇总', '区发改局', '区财政局', '区工信局']);
  });
});

describe('stability', () => {
  it('gives the same model when run twice', () => {
    const a = buildSummaries(report(SPECS), { by: 'both', order: 'status' });
    const b = buildSummaries(report(SPECS), { by: 'both', order: 'status' });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('does not change the tasks it is given', () => {
    const r = report(SPECS);
    const before = JSON.stringify(r.tasks);
    buildSummaries(r, { by: 'both', order: 'status' });
    expect(JSON.stringify(r.tasks)).toBe(before);
  });

  it('copes with a report without tasks', () => {
    const s = buildSummaries(report([]), { by: 'both', order: 'status' });
    expect(s.sheets.map((x) => x.name)).toEqual(['分管领导汇总', '责任单位汇总']);
    expect(text(s.sheets[0]?.rows[3]?.[0])).toBe('合计');
  });
});

describe('sheets the workbook already has', () => {
  it('never takes the name of a user sheet: suffixes it, links follow, and says so', () => {
    const s = buildSummaries(report(SPECS), { by: 'leader', order: 'status', reserved: ['9月', '张三', '分管领导汇总'] });
    expect(s.sheets.map((x) => x.name)).toEqual(['分管领导汇总(2)', '张三(2)', '李四', '王五', '责任单位汇总']);
    expect(s.leaders[0]?.sheet).toBe('张三(2)');
    expect(sheet(s, '分管领导汇总(2)').rows[3]?.[0]?.link).toEqual({ sheet: '张三(2)', cell: 'A1' });
    expect(s.renamed).toEqual([
      { wanted: '分管领导汇总', name: '分管领导汇总(2)', reason: 'reserved' },
      { wanted: '张三', name: '张三(2)', reason: 'reserved' },
    ]);
  });

  it('compares names ignoring case', () => {
    const s = buildSummaries(report([{ seq: 1, status: '完成', leaders: ['Zhang'] }]), { by: 'leader', order: 'seq', reserved: ['ZHANG'] });
    expect(s.leaders[0]?.sheet).toBe('Zhang(2)');
  });
});

describe('names run together, completed', () => {
  it('names the full names a fragment stands for, for the user to confirm', () => {
    const names = nameIndex({ 张三晋: { kind: 'merged', parts: ['张三', '晋'], likely: ['张三', '高晋'] } });
    const s = buildSummaries(report([
      { seq: 1, status: '完成', leaders: ['张三'] },
      { seq: 2, status: '完成', leaders: ['高晋'] },
      { seq: 3, status: '未完成', leaders: ['张三晋'] },
    ], names), { by: 'leader', order: 'seq' });
    expect(s.leaders.map((l) => [l.name, l.seqs])).toEqual([['张三', [1]], ['高晋', [2]], ['张三晋', [3]]]);
    expect(s.unresolved).toEqual([{ name: '张三晋', canonical: '张三、高晋' }]);
  });
});

describe('large reports', () => {
  it('keeps the overview\'s 序号 lists within what a cell can hold and a page can show', () => {
    const specs: TaskSpec[] = Array.from({ length: 10000 }, (_, i) => ({ seq: i + 1, status: '未完成', leaders: ['张三'] }));
    const s = buildSummaries(report(specs), { by: 'leader', order: 'seq' });
    const model = sheet(s, '分管领导汇总');
    const cell = text(model.rows[3]?.[6]);
    expect(cell.startsWith('未完成：1、2、3、')).toBe(true);
    expect(cell.endsWith('…等10000项')).toBe(true);
    expect(cell.length).toBeLessThan(1000);
    expect(s.leaders[0]?.unfinished).toHaveLength(10000);
    expect(sheet(s, '张三').rows).toHaveLength(10003);
  });
});

describe('very long texts', () => {
  it('never puts more than 32,767 characters in a cell', () => {
    const long = '推'.repeat(40000);
    const s = buildSummaries(report([{ seq: 1, status: '完成', leaders: ['张三'], progress: `完成。${long}` }]), { by: 'leader', order: 'seq' });
    const row = sheet(s, '张三').rows[3] ?? [];
    const progress = text(row[3]);
    expect(progress.length).toBe(32767);
    expect(progress.endsWith('…')).toBe(true);
    expect(sheet(s, '张三').rowHeights?.[3]).toBe(409);
  });
});

describe('a report whose rows are out of 序号 order', () => {
  it('still lists 序号 in order on the sheets and the overview', () => {
    const s = buildSummaries(report([
      { seq: 5, status: '未完成', leaders: ['张三'] },
      { seq: 3, status: '未完成', leaders: ['张三'] },
      { seq: 4, status: '部分完成', leaders: ['张三'] },
      { seq: 1, status: '部分完成', leaders: ['张三'] },
    ]), { by: 'leader', order: 'status' });
    expect(s.leaders[0]).toMatchObject({ seqs: [3, 5, 1, 4], unfinished: [3, 5], partial: [1, 4] });
    expect(text(sheet(s, '分管领导汇总').rows[3]?.[6])).toBe('未完成：3、5\n部分完成：1、4');
    expect(text(sheet(s, '分管领导汇总').rows[4]?.[6])).toBe('未完成：3、5\n部分完成：1、4');
  });
});

describe('units the summaries cannot trust', () => {
  it('gives a piece of a broken unit name, and the piece beside it, no sheet: each is a 待核实 row to settle', () => {
    const specs: TaskSpec[] = [
      { seq: 1, status: '完成', leaders: ['张三'], units: ['区财政局*'] },
      { seq: 2, status: '未完成', leaders: ['张三'], units: ['区住房和城乡', '建设局'] },
    ];
    const s = buildSummaries(report(specs), { by: 'both', order: 'seq' });
    expect(s.doubtfulUnits).toEqual([
      { name: '区住房和城乡', reason: 'fragment', cell: 'F4' },
      { name: '建设局', reason: 'fragment', cell: 'F4' },
    ]);
    const names = s.sheets.map((x) => x.name);
    expect(names).toContain('区财政局');
    expect(names).not.toContain('区住房和城乡');
    expect(names).not.toContain('建设局');
    const rows = sheet(s, '责任单位汇总').rows.slice(4).map((r) => r[0]);
    expect(rows.map(text)).toEqual(['区财政局', '区住房和城乡（待核实）', '建设局（待核实）']);
    expect(rows[1]?.link).toBeUndefined();
  });

  it('trusts whole unit names written side by side, and doubts one the roster does not know', () => {
    const roster = { leaders: [], units: ['区财政局', '区发改局'], source: '名单' };
    const specs: TaskSpec[] = [{ seq: 1, status: '完成', leaders: ['张三'], units: ['区财政局*', '区发改局', '区工信局'] }];
    const s = buildSummaries(report(specs, nameIndex({}, roster)), { by: 'unit', order: 'seq' });
    expect(s.doubtfulUnits).toEqual([{ name: '区工信局', reason: 'unknown', cell: 'F3' }]);
    expect(s.sheets.map((x) => x.name)).toEqual(['责任单位汇总', '区财政局', '区发改局']);
  });

  it('finds nothing to doubt in ordinary unit names', () => {
    const s = buildSummaries(report(SPECS), { by: 'both', order: 'seq' });
    expect(s.doubtfulUnits).toEqual([]);
  });
});

describe('titles in the report\'s own words', () => {
  it('says 重点任务 and 推进情况 when the report does', () => {
    const s = buildSummaries(report(SPECS, undefined, { title: '2023年区政府重点任务9月份推进情况通报' }), { by: 'both', order: 'seq' });
    expect(text(sheet(s, '分管领导汇总').rows[0]?.[0])).toBe('2023年重点任务9月份推进情况分管领导汇总表');
    expect(text(sheet(s, '张三').rows[0]?.[0])).toBe('2023年张三同志分管重点任务9月份推进情况');
    expect(text(sheet(s, '区发改局').rows[0]?.[0])).toBe('2023年区发改局承担重点任务9月份推进情况');
    expect(text(sheet(s, '责任单位汇总').rows[0]?.[0])).toBe('2023年重点任务9月份推进情况责任单位汇总表');
  });

  it('says 重点工作 and 完成情况 when the title names neither', () => {
    const s = buildSummaries(report(SPECS, undefined, { title: null }), { by: 'leader', order: 'seq' });
    expect(text(sheet(s, '张三').rows[0]?.[0])).toBe('2023年张三同志分管重点工作9月份完成情况');
  });
});
