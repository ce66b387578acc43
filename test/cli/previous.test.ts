import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { hash, oneLine, openXlsx, tempDir, tongbao, type Row } from './run';

jest.setTimeout(180_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const HEADER = (month: number): Row => ['序号', '年度目标任务', `${month}月份目标任务`, '完成情况', '分管区领导', '责任单位'];

function monthRows(year: number, month: number, progress: string[]): Row[] {
  const annual = ['完成新增造林绿化2.5万亩，森林覆盖率提高0.5个百分点。', '全年完成固定资产投资120亿元，同比增长8%以上。', '引进大学生4500人以上，新建人才公寓2处。'];
  return [
    [`${year}年重点工作${month}月份完成情况通报表`],
    HEADER(month),
    ...annual.map((a, i): Row => [i + 1, a, `${month}月份持续推进`, progress[i], i === 1 ? '贾继元' : '郭克华', '区发改局']),
  ];
}

async function write(file: string, sheets: [string, Row[]][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => v !== undefined && v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  }
  const out = path.join(dir, file);
  await wb.xlsx.writeFile(out);
  return out;
}

const AUGUST = monthRows(2023, 8, ['部分完成。累计造林1.35万亩。', '完成。1-8月完成投资80亿元。', '完成。累计引进大学生3200人。']);
const SEPTEMBER = monthRows(2023, 9, ['部分完成。累计造林1.28万亩。', '完成。1-9月完成投资92亿元。', '完成。累计引进大学生3600人。']);

describe('tongbao and last month', () => {
  it('compares with the month before in the same workbook, and says which sheet', async () => {
    const file = await write('两个月.xlsx', [['8月', AUGUST], ['9月', SEPTEMBER]]);
    const r = tongbao(['check', file]);
    expect(r.stdout).toContain('上月对比：与“8月”工作表（自动选取）对比，3 项任务对上。');
    const off = tongbao(['check', file, '--no-previous']);
    expect(off.stdout).not.toContain('上月对比');
    const json = JSON.parse(tongbao(['check', file, '--json']).stdout);
    expect(json.history).toMatchObject({ sheet: '8月', auto: true, matched: 3, missing: 0, added: 0 });
  });

  it('reads last month from another file, leaving both files as they were', async () => {
    const previous = await write('8月.xlsx', [['8月', AUGUST]]);
    const current = await write('9月.xlsx', [['9月', SEPTEMBER]]);
    const before = [hash(previous), hash(current)];
    const r = tongbao(['check', current, '--previous', previous]);
    expect(r.stdout).toContain('上月对比：与文件“8月.xlsx”的“8月”工作表对比，3 项任务对上。');
    expect([hash(previous), hash(current)]).toEqual(before);
  });

  it('names a previous file it cannot read in one line, and checks on with the same exit code', async () => {
    const current = await write('9月b.xlsx', [['9月', SEPTEMBER]]);
    const plain = tongbao(['check', current, '--no-previous']);
    const r = tongbao(['check', current, '--previous', path.join(dir, '不存在.xlsx')]);
    expect(oneLine(r.stderr)).toMatch(/^上月报表无法使用：找不到文件“.*不存在\.xlsx”。.*本次不与上月对比。$/);
    expect(r.code).toBe(plain.code);
    expect(r.stdout).toContain('任务：3 项');
  });

  it('refuses last month of another year in one line', async () => {
    const old = await write('2022年8月.xlsx', [['8月', monthRows(2022, 8, ['完成。', '完成。', '完成。'])]]);
    const current = await write('9月c.xlsx', [['9月', SEPTEMBER]]);
    const r = tongbao(['check', current, '--previous', old]);
    expect(r.stdout).toMatch(/上月对比：上月报表“8月”是2022年的，本月是2023年，不是同一年，本次校验不与上月对比。/);
  });

  it('takes a sheet of a file holding several months, and refuses a later one', async () => {
    const months = await write('各月.xlsx', [['7月', monthRows(2023, 7, ['未完成。', '完成。', '完成。'])], ['8月', AUGUST], ['10月', monthRows(2023, 10, ['完成。', '完成。', '完成。'])]]);
    const current = await write('9月d.xlsx', [['9月', SEPTEMBER]]);
    expect(tongbao(['check', current, '--previous', months]).stdout).toContain('与文件“各月.xlsx”的“8月”工作表对比');
    expect(tongbao(['check', current, '--previous', months, '--previous-sheet', '7月']).stdout).toContain('的“7月”工作表对比');
    expect(tongbao(['check', current, '--previous', months, '--previous-sheet', '10月']).stdout).toContain('晚于本月（9月）');
  });

  it('refuses --no-previous together with --previous', async () => {
    const current = await write('9月e.xlsx', [['9月', SEPTEMBER]]);
    const r = tongbao(['check', current, '--previous', current, '--no-previous']);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain('--no-previous');
  });

  it('summarize adds 上月完成率 and 变化 to the overview', async () => {
    const file = await write('汇总.xlsx', [['8月', AUGUST], ['9月', SEPTEMBER]]);
    const out = path.join(dir, '汇总-out.xlsx');
    const r = tongbao(['summarize', file, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('上月对比：与“8月”工作表');
    const wb = await openXlsx(out);
    const overview = wb.getWorksheet('分管领导汇总');
    const header = (overview?.getRow(3).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['完成率', '上月完成率', '变化']));
  });
});
