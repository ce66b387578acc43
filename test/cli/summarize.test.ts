import ExcelJS from 'exceljs';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CliError } from '../../src/cli/errors';
import type { Io } from '../../src/cli/io';
import { summarizeCommand } from '../../src/cli/summarize';
import { LEDGER_SHEET } from '../../src/core/ledger';
import { XlsxHost } from '../../src/xlsx/host';
import { readLedger, writeLedger } from '../../src/xlsx/ledger-sheet';
import { oneLine, tongbao, writeSheet, HEADER, TITLE } from './run';

// Each case runs the command in its own process, which a busy machine can slow past jest's default 5 s.
jest.setTimeout(120_000);

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'tongbao-2023-09.xlsx');

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongbao-summarize-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function bufferIo(): Io & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (t) => lines.push(t), err: (t) => errors.push(t) };
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = bufferIo();
  const code = await summarizeCommand(args, io);
  return { code, out: io.lines.join('\n'), err: io.errors.join('\n') };
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function visibleNames(wb: ExcelJS.Workbook): string[] {
  return wb.worksheets.filter((ws) => ws.name !== LEDGER_SHEET).map((ws) => ws.name);
}

function out(name: string): string {
  return path.join(dir, name);
}

function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Every value of a sheet, formulas as their text, for comparing two workbooks. */
function dump(ws: ExcelJS.Worksheet): unknown[] {
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => rows.push([n, JSON.parse(JSON.stringify(row.values))]));
  return rows;
}

describe('tongbao summarize', () => {
  it('writes a copy with the summary sheets right after the source sheet, and leaves the input alone', async () => {
    const before = sha(FIXTURE);
    const target = out('a.xlsx');
    const r = await run([FIXTURE, '-o', target]);
    expect(r.code).toBe(0);
    expect(sha(FIXTURE)).toBe(before);
    const wb = await open(target);
    const names = visibleNames(wb);
    expect(names[0]).toBe('9月');
    expect(names[1]).toBe('分管领导汇总');
    expect(names.at(-1)).toBe('责任单位汇总');
    expect(names).toContain('郭克华');
    expect(r.out).toContain('分管领导汇总');
    expect(r.out).toContain(target);

    // The source sheet's values are what they were.
    const original = await open(FIXTURE);
    expect(dump(wb.getWorksheet('9月')!)).toEqual(dump(original.getWorksheet('9月')!));
  });

  it('links 序号 back to the row of the task in the source sheet', async () => {
    const target = out('links.xlsx');
    await run([FIXTURE, '-o', target, '--order', 'seq']);
    const ws = (await open(target)).getWorksheet('郭克华')!;
    // Task N sits on row N + 2 of "9月" (title on row 1, header on row 2).
    for (let r = 4; r <= ws.rowCount; r++) {
      const cell = ws.getCell(`A${r}`);
      const value = cell.value as ExcelJS.CellFormulaValue;
      const seq = Number(value.result);
      expect(value.formula).toBe(`HYPERLINK("#'9月'!A${seq + 2}",${seq})`);
    }
    expect(ws.rowCount).toBeGreaterThan(10);
  });

  it('sets every generated sheet up for printing', async () => {
    const target = out('print.xlsx');
    await run([FIXTURE, '-o', target]);
    const wb = await open(target);
    for (const name of visibleNames(wb).slice(1)) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.orientation).toBe('landscape');
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.printTitlesRow).toMatch(/^1:[34]$/);
      expect(ws.headerFooter.oddFooter).toContain('第 &P 页 共 &N 页');
      expect(ws.views[0]).toMatchObject({ state: 'frozen' });
      expect(ws.getColumn(2).width).toBeGreaterThan(8);
    }
    const guo = wb.getWorksheet('郭克华')!;
    expect(guo.getCell('A1').alignment?.wrapText).toBe(true);
    expect(guo.getCell('D4').border?.top?.style).toBe('thin');
    expect(guo.getRow(4).height).toBeGreaterThan(guo.getRow(3).height);
    // 完成率 on the overview: a percentage with a data bar over the leaders' rows.
    const overview = wb.getWorksheet('分管领导汇总')!;
    expect(overview.getCell('F4').numFmt).toBe('0.0%');
    const bars = (overview as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    // Ten leaders, then the three names still to be settled (崔赟, 崔燮, 崔赞晋), which are rows without sheets.
    expect(bars.map((b) => [b.ref, b.rules[0]?.type])).toEqual([['F4:F16', 'dataBar']]);
  });

  it('gives the same workbook when run again on its own output', async () => {
    const first = out('twice-1.xlsx');
    const second = out('twice-2.xlsx');
    await run([FIXTURE, '-o', first]);
    const r = await run([first, '-o', second]);
    expect(r.code).toBe(0);
    const a = await open(first);
    const b = await open(second);
    expect(visibleNames(b)).toEqual(visibleNames(a));
    for (const name of visibleNames(a)) expect(dump(b.getWorksheet(name)!)).toEqual(dump(a.getWorksheet(name)!));
  });

  it('keeps a sheet the user made under a leader\'s name, and says where the summary went', async () => {
    const wb = await open(FIXTURE);
    const mine = wb.addWorksheet('郭克华');
    mine.getCell('A1').value = '我的笔记：请勿覆盖';
    const input = out('user-sheet-in.xlsx');
    await wb.xlsx.writeFile(input);

    const target = out('user-sheet-out.xlsx');
    const r = await run([input, '-o', target]);
    expect(r.code).toBe(0);
    const result = await open(target);
    expect(result.getWorksheet('郭克华')!.getCell('A1').value).toBe('我的笔记：请勿覆盖');
    const generated = result.getWorksheet('郭克华(2)')!;
    expect(String(generated.getCell('A1').value)).toContain('郭克华同志分管重点工作9月份完成情况');
    const overview = result.getWorksheet('分管领导汇总')!;
    const link = overview.getCell('A4').value as ExcelJS.CellFormulaValue;
    expect(link.formula).toContain("'郭克华(2)'!A1");
    expect(r.out).toContain('郭克华(2)');
  });

  it('points out a summary sheet an earlier run made that is no longer made', async () => {
    const host = await XlsxHost.open(new Uint8Array(fs.readFileSync(FIXTURE)), 'fixture');
    const old = { name: '崔燮', role: 'leader' as const, rows: [[{ value: '崔燮同志分管重点工作9月份完成情况' }]], styles: {}, merges: [], columnWidths: [20] };
    await host.writeSheets([old]);
    const ledger = readLedger(host.workbook);
    writeLedger(host.workbook, { ...ledger, generatedRoles: { ...(ledger.generatedRoles ?? {}), 崔燮: 'leader' } });
    const input = out('stale-in.xlsx');
    fs.writeFileSync(input, await host.save());

    const r = await run([input, '-o', out('stale-out.xlsx'), '--roster', path.join(__dirname, '..', 'fixtures', 'roster-2023-09.csv')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('上次生成的汇总表 “崔燮” 这次没有再生成');
    const fresh = await run([FIXTURE, '-o', out('stale-none.xlsx'), '--force']);
    expect(fresh.out).not.toContain('上次生成的汇总表');
  });

  it('prints the figures as JSON with --json', async () => {
    const target = out('json.xlsx');
    const r = await run([FIXTURE, '-o', target, '--json', '--by', 'both']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      sheet: string;
      leaders: { name: string; total: number; 完成: number; 部分完成: number; 未完成: number; seqs: (number | string)[] }[];
      units: { name: string; total: number; lead: { total: number }; support: { total: number }; leadSeqs: number[] }[];
      sheets: { name: string; role: string }[];
      unresolved: { name: string; canonical: string }[];
    };
    expect(json.sheet).toBe('9月');
    const guo = json.leaders.find((l) => l.name === '郭克华');
    expect(guo?.seqs.slice(0, 7)).toEqual([2, 7, 16, 63, 112, 121, 1]);
    expect(guo ? guo.完成 + guo.部分完成 + guo.未完成 : 0).toBe(guo?.total);
    const fgj = json.units.find((u) => u.name === '区发改局');
    expect(fgj?.lead.total).toBeGreaterThan(0);
    expect((fgj?.lead.total ?? 0) + (fgj?.support.total ?? 0)).toBe(fgj?.total);
    expect(json.sheets.some((s) => s.role === 'unit' && s.name === '区发改局')).toBe(true);
  });

  it('refuses bad options and an existing output with one clear line', async () => {
    await expect(run([FIXTURE, '-o', out('x.xlsx'), '--by', 'boss'])).rejects.toThrow(CliError);
    await expect(run([FIXTURE, '-o', out('x.xlsx'), '--by', 'boss'])).rejects.toThrow(/--by 只能是 leader、unit、both/);
    await expect(run([FIXTURE, '-o', out('x.xlsx'), '--order', 'random'])).rejects.toThrow(/--order/);
    await expect(run([FIXTURE])).rejects.toThrow(/-o/);
    const existing = out('exists.xlsx');
    fs.writeFileSync(existing, 'keep me');
    await expect(run([FIXTURE, '-o', existing])).rejects.toThrow(/--force/);
    expect(fs.readFileSync(existing, 'utf8')).toBe('keep me');
    await expect(run([FIXTURE, '-o', FIXTURE, '--force'])).rejects.toThrow(CliError);
  });

  it('explains itself with --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('tongbao summarize FILE -o OUT');
  });
});

describe('tongbao summarize as a process', () => {
  it('exits 0 and names the unresolved variants so they can be fixed first', () => {
    const target = out('process.xlsx');
    const r = tongbao(['summarize', FIXTURE, '-o', target]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('崔赟（疑似“崔赞”）');
    expect(r.stdout).toContain('崔赞晋（疑似“崔赞”“高晋”连在一起）');
    expect(r.stdout).toContain('tongbao fix');
    expect(r.stdout).not.toMatch(/^ {2}崔赟：/m);
    expect(fs.existsSync(target)).toBe(true);
  });

  it('exits 2 with one line for a bad --by and for a file without a report table', async () => {
    const bad = tongbao(['summarize', FIXTURE, '-o', out('bad.xlsx'), '--by', 'boss']);
    expect(bad.code).toBe(2);
    expect(oneLine(bad.stderr)).toContain('--by');
    const empty = out('no-table.xlsx');
    await writeSheet(empty, 'Sheet1', [['会议纪要'], ['今天开会']]);
    const r = tongbao(['summarize', empty, '-o', out('no-table-out.xlsx')]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(fs.existsSync(out('no-table-out.xlsx'))).toBe(false);
  });

  it('lists tasks without a leader under 未指定分管领导', async () => {
    const input = out('no-leader.xlsx');
    await writeSheet(input, '9月', [
      TITLE,
      HEADER,
      [1, '年度目标一', '本月目标一', '完成。已完成', '张三', '区发改局'],
      [2, '年度目标二', '本月目标二', '未完成。尚在推进', null, '区财政局'],
      [3, '年度目标三', '本月目标三', '部分完成。完成一半', '李四 张三', '区财政局（牵头） 区发改局'],
    ]);
    const target = out('no-leader-out.xlsx');
    const r = tongbao(['summarize', input, '-o', target, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { leaders: { name: string; sheet: string | null; seqs: number[] }[] };
    expect(json.leaders).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '张三', seqs: [3, 1] }),
        expect.objectContaining({ name: '李四', seqs: [3] }),
        expect.objectContaining({ name: '未指定分管领导', sheet: null, seqs: [2] }),
      ]),
    );
    const overview = (await open(target)).getWorksheet('分管领导汇总')!;
    const labels: string[] = [];
    overview.eachRow((row) => labels.push(String(row.getCell(1).value)));
    expect(labels).toContain('未指定分管领导');
    expect(labels.at(-1)).toBe('合计');
  });
});
