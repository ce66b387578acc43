import type { Finding } from '../../src/core/findings';
import type { Task } from '../../src/core/model';
import { ALL_FINDINGS, groupFindings, levelOf, namesForFilters, taskLookup, taskShortName, type FindingFilter } from '../../src/taskpane/logic/findings-view';

function finding(rule: Finding['rule'], cell: string, severity: Finding['severity'], kind: Finding['kind']): Finding {
  return { rule, cell, seq: 1, params: {} as Finding['params'], severity, kind, sheet: '9月', message: `${rule} at ${cell}` };
}

const findings: Finding[] = [
  finding('overdue.month', 'D3', 'info', 'progress'),
  finding('leader.spacing', 'E4', 'warning', 'data'),
  finding('seq.gap', 'A9', 'error', 'table'),
  finding('leader.spacing', 'E7', 'warning', 'data'),
  finding('overdue.month', 'D8', 'info', 'progress'),
  finding('status.mismatch', 'D10', 'error', 'data'),
  finding('overdue.schedule', 'D11', 'error', 'progress'),
];

describe('groupFindings', () => {
  it('groups by rule with every finding kept: data before progress, errors first, then first appearance', () => {
    const groups = groupFindings(findings, { severity: 'all', kind: 'all' });
    expect(groups.map((g) => [g.rule, g.items.length])).toEqual([
      ['seq.gap', 1],
      ['status.mismatch', 1],
      ['leader.spacing', 2],
      ['overdue.schedule', 1],
      ['overdue.month', 2],
    ]);
    expect(groups[2]?.items.map((f) => f.cell)).toEqual(['E4', 'E7']);
  });

  it('filters by severity', () => {
    const groups = groupFindings(findings, { severity: 'warning', kind: 'all' });
    expect(groups.map((g) => g.rule)).toEqual(['leader.spacing']);
  });

  it('keeps progress apart from data, counting table problems as data', () => {
    expect(groupFindings(findings, { severity: 'all', kind: 'progress' }).map((g) => g.rule)).toEqual(['overdue.schedule', 'overdue.month']);
    expect(groupFindings(findings, { severity: 'all', kind: 'data' }).map((g) => g.rule)).toEqual(['seq.gap', 'status.mismatch', 'leader.spacing']);
  });

  it('takes a group severity from its worst finding when one issue overrides it', () => {
    const mixed = [finding('cell.empty', 'B3', 'warning', 'data'), finding('cell.empty', 'B5', 'error', 'data')];
    expect(groupFindings(mixed, { severity: 'all', kind: 'all' })[0]?.severity).toBe('error');
  });

  it('gives nothing when nothing matches', () => {
    expect(groupFindings(findings, { severity: 'info', kind: 'data' })).toEqual([]);
  });
});

describe('the 与上月对比 group', () => {
  it('gathers every comparison with last month into one group after the rest, in sheet order', () => {
    const withHistory = [
      ...findings,
      finding('history.task-missing', 'A2', 'warning', 'data'),
      finding('history.repeat', 'D5', 'warning', 'progress'),
      finding('history.cumulative-decrease', 'D6', 'error', 'data'),
    ];
    const groups = groupFindings(withHistory, { severity: 'all', kind: 'all' });
    const last = groups[groups.length - 1];
    expect(groups.filter((g) => g.history)).toHaveLength(1);
    expect(last?.history).toBe(true);
    expect(last?.severity).toBe('error');
    expect(last?.items.map((f) => f.rule)).toEqual(['history.task-missing', 'history.repeat', 'history.cumulative-decrease']);
    expect(groups.slice(0, -1).map((g) => g.rule)).toEqual(['seq.gap', 'status.mismatch', 'leader.spacing', 'overdue.schedule', 'overdue.month']);
  });

  it('follows the filters like any group', () => {
    const groups = groupFindings([finding('history.repeat', 'D5', 'warning', 'progress'), finding('history.target-changed', 'B5', 'warning', 'data')], { severity: 'all', kind: 'data' });
    expect(groups.map((g) => [g.history, g.items.map((f) => f.rule)])).toEqual([[true, ['history.target-changed']]]);
  });
});

describe('findings by office', () => {
  const task = (row: number, annual: string, leaders: string[], units: string[]): Task =>
    ({ seq: row, firstRow: row, lastRow: row + 1, annual, leaders, units: units.map((name) => ({ name, raw: name, lead: false, leadInferred: false })) }) as unknown as Task;
  const tasks = [
    task(2, '全年新开工亿元以上项目30个，完成投资50亿元', ['郭克华'], ['区发改局', '区财政局']),
    task(4, '推进老旧小区改造', ['崔赞', '郭克华'], ['区住建局']),
  ];
  const taskOf = taskLookup('9月', tasks);

  it("finds a finding's task by its row, also on the task's second row, and names it by its annual target", () => {
    expect(taskOf(finding('leader.spacing', 'E4', 'warning', 'data'))?.annual).toBe('全年新开工亿元以上项目30个，完成投资50亿元');
    expect(taskShortName(taskOf(finding('seq.gap', 'A6', 'error', 'table')))).toBe('推进老旧小区改造');
    expect(taskShortName(tasks[0] ?? null)).toBe('全年新开工亿元以上项目30个');
    expect(taskOf(finding('seq.gap', 'A20', 'error', 'table'))).toBeNull();
  });

  it('filters by 分管领导 and by 责任单位', () => {
    const all = [finding('leader.spacing', 'E3', 'warning', 'data'), finding('overdue.month', 'D5', 'info', 'progress'), finding('seq.gap', 'A30', 'error', 'table')];
    const cells = (filter: FindingFilter) => groupFindings(all, filter, taskOf).flatMap((g) => g.items.map((f) => f.cell));
    expect(cells({ ...ALL_FINDINGS, leader: '郭克华' })).toEqual(['E3', 'D5']);
    expect(cells({ ...ALL_FINDINGS, leader: '崔赞' })).toEqual(['D5']);
    expect(cells({ ...ALL_FINDINGS, unit: '区财政局' })).toEqual(['E3']);
    expect(cells({ ...ALL_FINDINGS, leader: '崔赞', unit: '区财政局' })).toEqual([]);
    expect(cells(ALL_FINDINGS)).toEqual(['A30', 'E3', 'D5']);
    expect(namesForFilters(tasks)).toEqual({ leaders: ['郭克华', '崔赞'], units: ['区发改局', '区财政局', '区住建局'] });
  });

  it('says a light as 红灯 or 黄灯 and anything else by its severity', () => {
    expect(levelOf({ ...finding('overdue.month', 'D5', 'warning', 'progress'), light: 'red' })).toBe('red');
    expect(levelOf({ ...finding('overdue.month', 'D5', 'info', 'progress'), light: 'yellow' })).toBe('yellow');
    expect(levelOf(finding('seq.gap', 'A3', 'error', 'table'))).toBe('error');
  });
});
