import { check } from '../../../src/core';
import { buildNameIndex } from '../../../src/core/names';
import { groupTasks } from '../../../src/core/summary/group';
import { matchColumn } from '../../../src/core/table/columns';
import { squash } from '../../../src/core/table/text';
import { findingsOf } from '../../helpers/findings';
import { CITY_HEADER, COUNTY_HEADER, DISTRICT_HEADER, officeSheet } from '../../fixtures/offices';

describe('header wordings of other offices', () => {
  it.each([
    ['重点任务', 'annual'],
    ['工作任务', 'annual'],
    ['目标任务', 'annual'],
    ['重点工作', 'annual'],
    ['6月份推进计划', 'month'],
    ['本月工作计划', 'month'],
    ['本月计划', 'month'],
    ['月度计划', 'month'],
    ['推进情况', 'progress'],
    ['工作进展', 'progress'],
    ['进展情况', 'progress'],
    ['责任市领导', 'leaders'],
    ['牵头领导', 'leaders'],
    ['牵头市领导', 'leaders'],
    ['联系领导', 'leaders'],
    ['牵头单位', 'units'],
    ['配合单位', 'coUnits'],
    ['协办单位', 'coUnits'],
    ['完成状态', 'status'],
    ['进展状态', 'status'],
    ['是否完成', 'status'],
    ['亮灯', 'light'],
    ['进度评价', 'light'],
  ])('reads %j as %s', (header, column) => {
    expect(matchColumn(squash(header))).toBe(column);
  });

  it.each(['重点任务完成率', '配合', '灯', '单位'])('names no column with %j', (header) => {
    expect(matchColumn(squash(header))).toBeNull();
  });
});

const CITY_ROWS = [
  [1, '新培育国家级专精特新企业20家', '组织企业申报第五批国家级专精特新小巨人', '已组织32家企业完成申报，推荐至省工信厅', '完成', '王建国', '市工信局', '市财政局、市科技局'],
  [2, '新建5G基站1500个', '新建5G基站150个', '完成。新建5G基站168个。', '已完成', '王建国', '市工信局（牵头）', null],
  [3, '完成老旧小区改造120个', '开工改造老旧小区30个', '部分完成。已开工改造老旧小区22个，其余8个正在招标。', '完成', '李红梅', '市住建局', '各区政府'],
  [4, '城市污水处理率达到98%', '推进第三污水处理厂扩建', '主体工程已完成70%', '部分完成', '李红梅', '市城管局', '市生态环境局'],
];

describe('a city report: status column, 牵头单位 and 配合单位', () => {
  const sheet = officeSheet({ title: '2024年市政府重点工作任务4月份推进情况表', name: '4月', header: CITY_HEADER, rows: CITY_ROWS });

  it('reads every task with its status from the status column', () => {
    const r = check({ sheets: [sheet] });
    expect(r.month).toBe(4);
    expect(r.tasks.map((t) => t.status)).toEqual(['完成', '完成', '完成', '部分完成']);
    expect(r.statusCounts).toEqual({ 完成: 3, 部分完成: 1, 未完成: 0, 缺失: 0 });
    expect(findingsOf('status.missing', sheet)).toEqual([]);
    expect(findingsOf('table.column-missing', sheet)).toEqual([]);
  });

  it('reads the two unit columns, the first as lead, and never calls an empty 配合单位 empty', () => {
    const r = check({ sheets: [sheet] });
    expect(r.tasks[0]?.units.map((u) => [u.name, u.lead])).toEqual([
      ['市工信局', true],
      ['市财政局', false],
      ['市科技局', false],
    ]);
    expect(r.tasks[1]?.units.map((u) => [u.name, u.lead])).toEqual([['市工信局', true]]);
    expect(findingsOf('cell.empty', sheet)).toEqual([]);
  });

  it('counts 牵头 and 配合 in the unit summaries from the columns', () => {
    const r = check({ sheets: [sheet] });
    const grouped = groupTasks(r.tasks, buildNameIndex(r.tasks, null), '4月');
    const count = (name: string) => {
      const rows = grouped.units.find((u) => u.name === name)?.rows ?? [];
      return [rows.filter((x) => x.lead).length, rows.filter((x) => !x.lead).length];
    };
    expect(count('市工信局')).toEqual([2, 0]);
    expect(count('市财政局')).toEqual([0, 1]);
    expect(count('市生态环境局')).toEqual([0, 1]);
  });

  it('reports a status column that disagrees with the text as status.mismatch, on the status cell', () => {
    const found = findingsOf('status.mismatch', sheet).filter((f) => f.params.columns !== undefined);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ seq: 3, cell: 'E5', severity: 'error', params: { columns: { column: '完成', text: '部分完成' } } });
    expect(found[0]?.message).toContain('部分完成');
  });

  it('reports a nonstandard label in the status column with a fix on that cell', () => {
    const [f, ...rest] = findingsOf('status.nonstandard', sheet);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ seq: 2, cell: 'E4', params: { label: '已完成', standard: '完成' }, suggestion: { cell: 'E4', from: '已完成', to: '完成' } });
  });

  it('judges the numbers of the text under the column status', () => {
    const rows = [[1, '新建5G基站1500个', '新建5G基站150个', '新建5G基站96个。', '完成', '王建国', '市工信局', null]];
    const other = officeSheet({ title: '2024年市政府重点工作任务4月份推进情况表', name: '4月', header: CITY_HEADER, rows });
    expect(findingsOf('status.mismatch', other)).toHaveLength(1);
  });
});

describe('a county report with 亮灯 and 是否完成', () => {
  it('reads the status from a 亮灯 column when nothing else states one', () => {
    const rows = [
      [1, '全年新增城镇就业6000人', '新增城镇就业500人', '1-5月新增城镇就业2710人', '绿', '张志强', '县人社局', null],
      [2, '实施农村公路提升工程80公里', '完成路基施工', '路基施工完成60%', '黄灯', '张志强', '县交通局', '各乡镇'],
      [3, '建成县城第二水厂', '完成设备招标', '招标文件尚在编制', '红', '刘洋', '县水利局', null],
    ];
    const sheet = officeSheet({ title: '2024年县政府工作报告重点任务5月份推进情况', name: 'Sheet1', header: COUNTY_HEADER, rows });
    const r = check({ sheets: [sheet] });
    expect(r.tasks.map((t) => t.status)).toEqual(['完成', '部分完成', '未完成']);
    expect(findingsOf('status.missing', sheet)).toEqual([]);
    expect(findingsOf('status.nonstandard', sheet)).toEqual([]);
  });

  it('reads 是/否 under 是否完成 as a convention, not a nonstandard label', () => {
    const header = ['序号', '重点工作', '本月计划', '进展情况', '是否完成', '分管领导', '责任单位'];
    const rows = [
      [1, '引进亿元以上项目20个', '签约亿元以上项目2个', '签约亿元以上项目3个', '是', '陈刚', '县商务局'],
      [2, '完成河道治理15公里', '完成河道清淤2公里', '河道清淤1.2公里', '否', '陈刚', '县水利局'],
    ];
    const sheet = officeSheet({ title: '2024年重点工作3月份完成情况', name: '3月', header, rows });
    expect(check({ sheets: [sheet] }).tasks.map((t) => t.status)).toEqual(['完成', '未完成']);
    expect(findingsOf('status.nonstandard', sheet)).toEqual([]);
  });
});

describe('a district report writing 完成情况 beside 工作进展', () => {
  const rows = [
    [1, '新增规上工业企业10家', '新增规上工业企业1家', '本月新增规上工业企业2家', '完成', '赵敏', '区工信局'],
    [2, '完成棚户区改造500户', '完成签约50户', '已签约38户', '部分完成', '赵敏', '区住建局'],
  ];
  const sheet = officeSheet({ title: '2024年区重点工作2月份完成情况', name: '2月', header: DISTRICT_HEADER, rows });

  it('takes 完成情况 for the verdict and 工作进展 for the work', () => {
    const r = check({ sheets: [sheet] });
    expect(r.table?.columns.progress).toBe(3);
    expect(r.table?.columns.status).toBe(4);
    expect(r.tasks.map((t) => [t.status, t.progress])).toEqual([
      ['完成', '本月新增规上工业企业2家'],
      ['部分完成', '已签约38户'],
    ]);
    expect(findingsOf('status.missing', sheet)).toEqual([]);
    expect(findingsOf('status.mismatch', sheet)).toEqual([]);
  });

  it('keeps a report with one progress column as it was', () => {
    const header = ['序号', '年度目标任务', '2月份目标任务', '完成情况', '分管区领导', '责任单位'];
    const one = officeSheet({ title: '2024年区重点工作2月份完成情况', name: '2月', header, rows: [[1, '新增规上工业企业10家', '新增1家', '完成。新增2家', '赵敏', '区工信局']] });
    const r = check({ sheets: [one] });
    expect(r.table?.columns.status).toBeUndefined();
    expect(r.tasks[0]?.status).toBe('完成');
  });
});

describe('a 亮灯 column beside a status', () => {
  const rows = [
    [1, '改造农村公路80公里', '完成路基施工', '部分完成。路基施工完成60%。', '绿', '张志强', '县交通局', null],
    [2, '建设物流园区', '3月底前完成征地', '部分完成。征地完成85%。', '黄', '刘洋', '县发改局', null],
    [3, '新建5G基站150个', '新建5G基站15个', '完成。新建5G基站18个。', '绿灯', '陈刚', '县工信局', null],
  ];
  const sheet = officeSheet({ title: '2024年县政府工作报告重点任务5月份推进情况', name: '5月', header: COUNTY_HEADER, rows });

  it('shows both lights: the column’s and the one the status or late work calls for', () => {
    const found = findingsOf('status.light', sheet);
    expect(found.map((f) => [f.seq, f.cell, f.params.expected, f.params.why])).toEqual([
      [1, 'E3', 'yellow', 'status'],
      [2, 'E4', 'red', 'deadline'],
    ]);
    expect(found[0]?.message).toBe('亮灯为“绿”，但完成状态为“部分完成”，应为黄灯。请核实亮灯或完成状态。');
    expect(found[1]?.message).toContain('目标期限已过');
    expect(found.every((f) => f.severity === 'warning' && f.kind === 'data')).toBe(true);
  });
});

describe('a status column left empty', () => {
  it('is status.missing on the status cell, naming the column', () => {
    const rows = [
      [1, '新建5G基站1500个', '新建5G基站150个', '新建5G基站168个。', null, '王建国', '市工信局', null],
      [2, '完成老旧小区改造120个', '开工改造老旧小区30个', '部分完成。已开工改造22个。', null, '李红梅', '市住建局', null],
    ];
    const sheet = officeSheet({ title: '2024年市政府重点工作任务4月份推进情况表', name: '4月', header: CITY_HEADER, rows });
    const found = findingsOf('status.missing', sheet);
    expect(found.map((f) => [f.seq, f.cell])).toEqual([[1, 'E3']]);
    expect(found[0]?.message).toContain('“完成状态”列没有写完成状态');
  });
});
