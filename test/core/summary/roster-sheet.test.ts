import type { SheetModel } from '../../../src/core/sheet-model';
import { rosterSheetModel } from '../../../src/core/roster-sheet';
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

  it('marks suspected variants and names run together in 备注 so the user can correct them', () => {
    const names = nameIndex({
      张叁: { kind: 'suspect', canonical: '张三' },
      张三李四: { kind: 'merged', parts: ['张三', '李四'] },
    });
    const model = rosterSheetModel(report([
      { seq: 1, status: '完成', leaders: ['张三'] },
      { seq: 2, status: '完成', leaders: ['张叁'] },
      { seq: 3, status: '完成', leaders: ['张三李四'] },
    ], names));
    const rows = values(model.rows).slice(1);
    expect(rows.map((r) => r[0])).toEqual(['张三', '张叁', '张三李四']);
    expect(rows[0]?.[2]).toBeNull();
    expect(String(rows[1]?.[2])).toContain('疑似“张三”');
    expect(String(rows[2]?.[2])).toContain('张三、李四');
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
