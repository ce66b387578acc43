import type { SheetModel } from '../../../src/core/sheet-model';
import { check } from '../../../src/core/check';
import { readRosterSheet } from '../../../src/core/names';
import { rosterSheetModel } from '../../../src/core/roster-sheet';
import type { CellValue } from '../../../src/core/snapshot';
import { loadFixture } from '../../helpers/fixtures';
import { nameIndex, report } from './helpers';

const values = (rows: SheetModel['rows']) => rows.map((r) => r.map((c) => c?.value ?? null));

describe('rosterSheetModel', () => {
  it('lists the normalised leaders and units once each, under the headers the roster reader knows', () => {
    const model = rosterSheetModel(report([
      { seq: 1, status: '完成', leaders: ['张三', '李四'], units: ['区发改局*', '区财政局'] },
      { seq: 2, status: '完成', leaders: ['李四'], units: ['区财政局', '区工信局'] },
    ]));
    expect(model.name).toBe('名单');
    expect(model.role).toBe('roster');
    expect(values(model.rows)).toEqual([
      ['分管领导', '责任单位', '备注'],
      ['张三', '区发改局', null],
      ['李四', '区财政局', null],
      [null, '区工信局', null],
    ]);
  });

  it('writes resolved names as their canonical form', () => {
    const names = nameIndex({ 张叁: { kind: 'mapped', canonical: '张三' } }, null, { 发改局: '区发改局' });
    const model = rosterSheetModel(report([
      { seq: 1, status: '完成', leaders: ['张叁'], units: ['发改局'] },
      { seq: 2, status: '完成', leaders: ['张三'], units: ['区发改局'] },
    ], names));
    expect(values(model.rows).slice(1)).toEqual([['张三', '区发改局', null]]);
  });

  it('does not list a doubtful spelling as a name, but notes it on the row of the name it likely stands for', () => {
    const names = nameIndex({
      张叁: { kind: 'suspect', canonical: '张三' },
      张三李四: { kind: 'merged', parts: ['张三', '李四'] },
    });
    const model = rosterSheetModel(report([
      { seq: 1, status: '完成', leaders: ['张三'] },
      { seq: 2, status: '完成', leaders: ['李四'] },
      { seq: 3, status: '完成', leaders: ['张叁'] },
      { seq: 4, status: '完成', leaders: ['张三李四'] },
    ], names));
    const rows = values(model.rows).slice(1);
    expect(rows.map((r) => r[0])).toEqual(['张三', '李四']);
    const note = String(rows[0]?.[2]);
    expect(note).toContain('“张叁”');
    expect(note).toContain('另一人');
    expect(note).toContain('“张三李四”');
    expect(rows[1]?.[2]).toBeNull();
  });

  it('lists a doubtful spelling with a note when the name it stands for is not in the report', () => {
    const names = nameIndex({ 王五赵: { kind: 'merged', parts: ['王五', '赵'] } });
    const model = rosterSheetModel(report([{ seq: 1, status: '完成', leaders: ['王五赵'] }], names));
    const rows = values(model.rows).slice(1);
    expect(rows.map((r) => r[0])).toEqual(['王五赵']);
    expect(String(rows[0]?.[2])).toContain('删除本行');
  });

  it('keeps the roster names first and notes names the roster lacks', () => {
    const roster = { leaders: ['王五', '张三'], units: ['区财政局'], source: '名单' };
    const names = nameIndex({ 赵六: { kind: 'unknown' } }, roster);
    const model = rosterSheetModel(report([
      { seq: 1, status: '完成', leaders: ['张三', '赵六'], units: ['区财政局', '区新单位'] },
    ], names));
    const rows = values(model.rows).slice(1);
    expect(rows.map((r) => r[0])).toEqual(['王五', '张三', '赵六']);
    expect(rows.map((r) => r[1])).toEqual(['区财政局', '区新单位', null]);
    expect(String(rows[1]?.[2])).toContain('责任单位');
    expect(String(rows[2]?.[2])).toContain('分管领导');
  });

  it('is an editable list: frozen header, no merges, widths for the names', () => {
    const model = rosterSheetModel(report([{ seq: 1, status: '完成', leaders: ['张三'], units: ['淄博省级农业高新技术产业示范区管委会'] }]));
    expect(model.merges).toEqual([]);
    expect(model.freeze).toEqual({ rows: 1, columns: 0 });
    expect(model.columnWidths[1]).toBeGreaterThanOrEqual(36);
  });
});

describe('the 名单 sheet read back', () => {
  it('gives the roster reader exactly the names it lists; with it, 崔赞\'s other spellings are resolved', async () => {
    const workbook = await loadFixture('tongbao-2023-09.xlsx');
    const first = check(workbook);
    const model = rosterSheetModel(first);
    const values = model.rows.map((r) => r.map((c): CellValue => c?.value ?? null));
    const roster = readRosterSheet({ sheets: [{ name: model.name, values, merges: [] }] });
    const listed = model.rows.slice(1).map((r) => r[0]?.value).filter((v): v is string => typeof v === 'string');
    expect(roster?.leaders).toEqual(listed);
    expect(roster?.units).toEqual(model.rows.slice(1).map((r) => r[1]?.value).filter((v) => typeof v === 'string'));
    expect(listed).toEqual(['郭克华', '贾继元', '房美男', '于海南', '高晋', '孙胜利', '崔赞', '李建华', '康义文', '周鹏飞']);
    const note = String(model.rows.find((r) => r[0]?.value === '崔赞')?.[2]?.value);
    expect(note).toContain('崔赟');
    expect(note).toContain('崔燮');

    // Checked again with that roster, the report has no doubtful leader left to keep apart.
    const again = check(workbook, { roster: roster ?? undefined });
    for (const name of ['崔赟', '崔燮']) expect(again.names.leader(name)).toEqual({ kind: 'mapped', canonical: '崔赞' });
  });
});
