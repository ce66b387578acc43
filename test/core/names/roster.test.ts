import * as fs from 'fs';
import * as path from 'path';
import { buildNameIndex, parseCsv, parseRosterFile, readRosterSheet } from '../../../src/core/names';
import { rosterSheetModel } from '../../../src/core/roster-sheet';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { grid, report, workbook } from '../../helpers/grid';
import { seedTasks } from './tasks';

const reportSheet = (): SheetSnapshot => report({ rows: [{}] });

describe('readRosterSheet', () => {
  it('reads leaders and units from a 名单 sheet, normalised, once each', () => {
    const sheet = grid(
      [
        ['分管区领导', '责任单位', '备注'],
        ['郭克华', '区发改局', ''],
        ['崔 贊', '区行政审批 服务局', '疑似'],
        ['郭克华', '区财政局（牵头）', null],
        [null, '区发改局', null],
      ],
      { name: '名单' },
    );
    expect(readRosterSheet(workbook(reportSheet(), sheet))).toEqual({
      leaders: ['郭克华', '崔赞'],
      units: ['区发改局', '区行政审批服务局', '区财政局'],
      source: '名单',
    });
  });

  it.each([
    ['人员名单', '分管领导', '责任部门'],
    ['名单表', '分管县领导', '牵头单位'],
    ['领导名单', '分管市领导', '责任单位'],
    ['名单', '责任领导', '单位名称'],
    ['名单', '分管 领导', '责任 单位'],
  ])('knows the sheet %j with headers %j and %j', (name, leaderHeader, unitHeader) => {
    const sheet = grid([[leaderHeader, unitHeader], ['高晋', '区文旅局']], { name });
    expect(readRosterSheet(workbook(sheet))).toMatchObject({ leaders: ['高晋'], units: ['区文旅局'], source: name });
  });

  it('finds a header row below a title, and a sheet with only one of the two columns', () => {
    const sheet = grid([['2023年分管领导名单'], [], ['序', '分管领导'], [1, '郭克华'], [2, '高晋、于海南']], { name: '名单' });
    expect(readRosterSheet(workbook(sheet))).toEqual({ leaders: ['郭克华', '高晋', '于海南'], units: [], source: '名单' });
  });

  it('skips a header repeated further down', () => {
    const sheet = grid([['分管领导'], ['郭克华'], ['分管领导'], ['高晋']], { name: '名单' });
    expect(readRosterSheet(workbook(sheet))?.leaders).toEqual(['郭克华', '高晋']);
  });

  it('takes leader names down column A when there is no header', () => {
    const sheet = grid([['郭克华'], ['崔 赞'], ['高晋']], { name: '名单' });
    expect(readRosterSheet(workbook(sheet))?.leaders).toEqual(['郭克华', '崔赞', '高晋']);
  });

  it('takes unit names down column A when they end like units', () => {
    const sheet = grid([['区发改局'], ['区行政审批 服务局'], ['齐鲁化工区管委会']], { name: '单位名单' });
    expect(readRosterSheet(workbook(sheet))).toEqual({ leaders: [], units: ['区发改局', '区行政审批服务局', '齐鲁化工区管委会'], source: '单位名单' });
  });

  it('prefers the sheet named exactly 名单', () => {
    const other = grid([['分管领导'], ['张三']], { name: '旧名单' });
    const main = grid([['分管领导'], ['郭克华']], { name: '名单' });
    expect(readRosterSheet(workbook(other, main))?.leaders).toEqual(['郭克华']);
  });

  it.each([
    ['no such sheet', workbook(reportSheet())],
    ['an empty 名单 sheet', workbook(grid([], { name: '名单' }))],
    ['a header with nobody under it', workbook(grid([['分管领导', '责任单位']], { name: '名单' }))],
    ['a 名单 sheet of other things', workbook(grid([['编号', '事项'], [1, '年度目标任务第一项']], { name: '名单' }))],
  ])('gives null for %s', (_label, wb) => {
    expect(readRosterSheet(wb)).toBeNull();
  });
});

describe('parseRosterFile', () => {
  it('reads the seed’s roster file', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'roster-2023-09.csv'), 'utf8');
    const roster = parseRosterFile(text, 'roster-2023-09.csv');
    expect(roster.leaders).toEqual(['郭克华', '贾继元', '房美男', '于海南', '高晋', '崔赞', '孙胜利', '李建华', '康义文', '周鹏飞']);
    expect(roster.units).toHaveLength(53);
    expect(roster.units).toContain('区行政审批服务局');
    expect(roster.units).toContain('淄博省级农业高新技术产业示范区管委会');
    expect(roster.source).toBe('roster-2023-09.csv');
  });

  it.each([
    ['a header row', '分管领导,责任单位\n郭克华,区发改局\n高晋,\n,区财政局\n'],
    ['a BOM and CRLF', '\ufeff分管区领导,责任单位\r\n郭克华,区发改局\r\n高晋,区财政局\r\n'],
    ['tabs', '分管领导\t责任单位\n郭克华\t区发改局\n高晋\t区财政局\n'],
    ['quoted fields', '"分管领导","责任单位"\n"郭克华","区发改局"\n"高晋","区财政局"\n'],
    ['columns the other way round', '责任部门,分管县领导\n区发改局,郭克华\n区财政局,高晋\n'],
  ])('reads csv with %s', (_label, text) => {
    const roster = parseRosterFile(text, 'r.csv');
    expect(roster.leaders).toEqual(['郭克华', '高晋']);
    expect(roster.units.length).toBeGreaterThan(0);
    expect(roster.units[0]).toBe('区发改局');
  });

  it('reads a csv of leader names alone', () => {
    expect(parseRosterFile('郭克华\n崔 贊\n\n高晋\n', 'leaders.csv')).toEqual({ leaders: ['郭克华', '崔赞', '高晋'], units: [], source: 'leaders.csv' });
  });

  it('reads a csv of unit names alone as units', () => {
    expect(parseRosterFile('区发改局\n区财政局\n临淄公安分局\n', 'units.csv')).toEqual({
      leaders: [],
      units: ['区发改局', '区财政局', '临淄公安分局'],
      source: 'units.csv',
    });
  });

  it('keeps a quoted comma inside a field', () => {
    expect(parseCsv('a,"b,c",d\n')).toEqual([['a', 'b,c', 'd']]);
    expect(parseCsv('"say ""hi""",x')).toEqual([['say "hi"', 'x']]);
  });

  it.each([
    ['an object', '{"leaders": ["郭克华", "崔 贊"], "units": ["区发改局"]}', ['郭克华', '崔赞'], ['区发改局']],
    ['Chinese keys', '{"分管领导": ["郭克华"], "责任单位": ["区发改局"]}', ['郭克华'], ['区发改局']],
    ['a plain list', '["郭克华", "高晋"]', ['郭克华', '高晋'], []],
    ['units alone', '{"units": ["区发改局"]}', [], ['区发改局']],
  ])('reads json: %s', (_label, text, leaders, units) => {
    expect(parseRosterFile(text, 'r.json')).toEqual({ leaders, units, source: 'r.json' });
  });

  it.each([
    ['empty', '', '是空的'],
    ['blank', ' \n \n', '是空的'],
    ['bad json', '{"leaders": ["郭克华",', '不是有效的 JSON'],
    ['json of the wrong shape', '{"people": ["郭克华"]}', '没有“leaders”或“units”'],
    ['json with numbers for names', '{"leaders": [1, 2]}', '应为文字列表'],
    ['json with nobody', '{"leaders": []}', '没有领导姓名或单位名称'],
    ['a json number', '42', '应为领导姓名列表'],
    ['a csv with an unknown header', '姓名1,单位1,其他\n郭克华,区发改局,x\n', '第一行应为表头'],
    ['a csv header with nobody', '分管领导,责任单位\n', '没有领导姓名或单位名称'],
    ['an xlsx read as text', 'PK\u0003\u0004\u0000\u0000binary', '不是文本文件'],
    ['a GBK csv read as UTF-8', '\ufffd\ufffd\ufffd\ufffd,\ufffd\ufffd\ufffd\ufffd\n\ufffd\ufffd\ufffd\n', 'CSV UTF-8'],
  ])('refuses %s with a clear Chinese message', (_label, text, says) => {
    const file = _label.startsWith('json') || _label.includes('json') ? 'r.json' : 'r.csv';
    expect(() => parseRosterFile(text, file)).toThrow(says);
    expect(() => parseRosterFile(text, file)).toThrow(`名单文件“${file}”`);
  });
});

describe('the 名单 sheet Tongbao writes', () => {
  it('reads back as the roster it lists, and later checks follow it', () => {
    const tasks = seedTasks();
    const model = rosterSheetModel({ tasks, names: buildNameIndex(tasks, null) });
    const values = model.rows.map((r) => r.map((c) => c?.value ?? null));
    const column = (i: number) => values.slice(1).map((r) => r[i]).filter((v): v is string => typeof v === 'string' && v !== '');
    const roster = readRosterSheet(workbook(reportSheet(), { name: model.name, values, merges: [] }));
    expect(roster).toEqual({ leaders: column(0), units: column(1), source: '名单' });
    const index = buildNameIndex(tasks, roster);
    expect(index.leader('崔赟')).toEqual({ kind: 'mapped', canonical: '崔赞' });
    expect(index.leader('崔燮')).toEqual({ kind: 'mapped', canonical: '崔赞' });
    expect(tasks.flatMap((t) => t.units).filter((u) => index.unit(u.name).known !== true)).toEqual([]);
  });
});
