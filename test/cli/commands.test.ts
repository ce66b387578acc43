import type ExcelJS from 'exceljs';
import * as fs from 'fs';
// exceljs's own zip library, used here to add parts exceljs cannot write.
import JSZip from 'jszip';
import * as path from 'path';
import { MARK_STYLES } from '../../src/core/marks';
import { LEDGER_SHEET } from '../../src/core/ledger';
import { FIXTURE, HEADER, TITLE, hash, oneLine, openXlsx, tempDir, tongbao, writeSheet } from './run';

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

interface JsonFinding {
  rule: string;
  cell: string;
  sheet: string;
  seq: number | null;
  severity: string;
  kind: string;
  message: string;
  light?: string;
  suggestion?: { cell: string; from: string; to: string };
}

/** A small report with one error (an empty 完成情况), fixable labels, a red light and a cell with a label issue and a light. */
async function smallReport(name: string): Promise<string> {
  const file = path.join(dir, name);
  await writeSheet(
    file,
    '9月',
    [
      TITLE,
      HEADER,
      [1, '完成项目甲建设', '项目甲主体完工', '已完成。项目甲主体已完工。', '郭克华', '区发改局（牵头） 区财政局'],
      [2, '完成项目乙建设', '项目乙开工', '未完成。项目乙尚未开工。', '高晋', '区住建局'],
      [3, '完成项目丙建设', '项目丙招标', null, '于海南', '区交通运输局'],
      [4, '完成项目丁建设', '项目丁完工', '基本完成。项目丁完成一半。', '郭克华', '区水利局'],
    ],
    ['A1:F1'],
  );
  return file;
}

describe('tongbao check', () => {
  it('prints what it checked, counts per rule and one line per finding; exit 1 on data errors', async () => {
    const file = await smallReport('check.xlsx');
    const r = tongbao(['check', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('工作表：9月');
    expect(r.stdout).toContain('任务：4 项');
    expect(r.stdout).toMatch(/问题统计：/);
    expect(r.stdout).toMatch(/status\.nonstandard\s+警告\s+2 条/);
    expect(r.stdout).toMatch(/D5\u3000序号 3\u3000\[错误\]/);
    expect(r.stdout).toMatch(/D4\u3000序号 2\u3000\[红灯\]/);
  });

  it('the real report has no data errors: exit 0 and the known status counts', () => {
    const r = tongbao(['check', FIXTURE, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['file', 'sheet', 'month', 'title', 'tasks', 'statusCounts', 'findings']);
    expect(json).toMatchObject({ sheet: '9月', month: 9, tasks: 124, statusCounts: { 完成: 104, 部分完成: 13, 未完成: 7, 缺失: 0 } });
    expect(json.title).toContain('9月份完成情况通报表');
    for (const f of json.findings as JsonFinding[]) {
      expect(f).toEqual(expect.objectContaining({ rule: expect.any(String), cell: expect.stringMatching(/^[A-Z]+\d+$/), sheet: '9月', message: expect.any(String) }));
      expect(['error', 'warning', 'info']).toContain(f.severity);
    }
  });

  it('several files give an array, in order', async () => {
    const small = await smallReport('several.xlsx');
    const r = tongbao(['check', FIXTURE, small, '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.map((j: { tasks: number }) => j.tasks)).toEqual([124, 4]);
  });

  it('one unusable file among good ones: the good ones are still reported, exit 2', async () => {
    const r = tongbao(['check', FIXTURE, path.join(dir, 'missing.xlsx'), '--json']);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain('找不到文件');
    const json = JSON.parse(r.stdout);
    expect(json[0].tasks).toBe(124);
    expect(json[1].error).toContain('找不到文件');
  });

  it('--month out of range, unknown options and commands are one-line usage errors', () => {
    expect(oneLine(tongbao(['check', FIXTURE, '--month', '13']).stderr)).toContain('--month');
    expect(oneLine(tongbao(['check', FIXTURE, '--colour']).stderr)).toContain('不认识的选项 --colour');
    const r = tongbao(['chek', FIXTURE]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain('不认识的命令');
  });

  it('--roster checks names against the file; a roster that cannot be read is one line and exit 2', () => {
    const roster = path.join(dir, 'roster.csv');
    fs.writeFileSync(roster, '\uFEFF分管领导,责任单位\n郭克华,区发改局\n高晋,区财政局\n');
    const without = JSON.parse(tongbao(['check', FIXTURE, '--json']).stdout).findings as JsonFinding[];
    const withRoster = JSON.parse(tongbao(['check', FIXTURE, '--json', '--roster', roster]).stdout).findings as JsonFinding[];
    expect(without.some((f) => f.rule === 'unit.unknown')).toBe(false);
    expect(withRoster.some((f) => f.rule === 'unit.unknown' && f.message.includes('区商务局'))).toBe(true);
    const empty = path.join(dir, 'empty-roster.csv');
    fs.writeFileSync(empty, '');
    for (const bad of [empty, path.join(dir, 'no-roster.csv')]) {
      const r = tongbao(['check', FIXTURE, '--roster', bad]);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toContain(path.basename(bad));
    }
  });

  it('help is in Chinese, for the program and for each command', () => {
    const main = tongbao(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('用法');
    for (const cmd of ['check', 'mark', 'fix', 'summarize']) {
      const r = tongbao([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`tongbao ${cmd}`);
    }
  });
});

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb;
}

describe('tongbao mark', () => {
  it('writes a copy with fills and notes on the finding cells and a 校验报告 sheet linking to them', async () => {
    const file = await smallReport('mark.xlsx');
    const out = path.join(dir, 'mark-out.xlsx');
    const before = hash(file);
    const findings = JSON.parse(tongbao(['check', file, '--json']).stdout).findings as JsonFinding[];
    const r = tongbao(['mark', file, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out);
    expect(hash(file)).toBe(before);

    const wb = await openXlsx(out);
    const ws = wb.getWorksheet('9月')!;
    expect(fillOf(ws.getCell('D5'))).toBe(MARK_STYLES.error.fill);
    expect(fillOf(ws.getCell('D4'))).toBe(MARK_STYLES['light-red'].fill);
    expect(String(ws.getCell('D4').note)).toContain('本月目标未完成');
    // A cell with both a data issue and a light shows the data issue's look and both messages.
    expect(fillOf(ws.getCell('D6'))).toBe(MARK_STYLES.warning.fill);
    expect(String(ws.getCell('D6').note)).toMatch(/基本完成[\s\S]*本月目标部分完成/);
    expect(fillOf(ws.getCell('A4'))).toBeUndefined();

    expect(wb.worksheets.map((w) => w.name)).toEqual(['9月', '校验报告', LEDGER_SHEET]);
    const report = wb.getWorksheet('校验报告')!;
    const links: string[] = [];
    report.eachRow((row) => {
      const v = row.getCell(2).value as ExcelJS.CellFormulaValue | null;
      if (v && typeof v === 'object' && 'formula' in v) {
        expect(v.formula).toBe(`HYPERLINK("#'9月'!${String(v.result)}","${String(v.result)}")`);
        links.push(String(v.result));
      }
    });
    expect(links).toEqual(findings.map((f) => f.cell));
    expect(report.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '3:3' });
    expect(report.headerFooter.oddFooter).toContain('第 &P 页 共 &N 页');
    expect(report.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('marking its own output again gives the same marks and one 校验报告 sheet', async () => {
    const file = await smallReport('mark-again.xlsx');
    const first = path.join(dir, 'mark-again-1.xlsx');
    const second = path.join(dir, 'mark-again-2.xlsx');
    expect(tongbao(['mark', file, '-o', first]).code).toBe(0);
    expect(tongbao(['mark', first, '-o', second]).code).toBe(0);
    const a = await openXlsx(first);
    const b = await openXlsx(second);
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    for (const cell of ['D3', 'D4', 'D5', 'D6']) {
      expect(fillOf(b.getWorksheet('9月')!.getCell(cell))).toBe(fillOf(a.getWorksheet('9月')!.getCell(cell)));
      expect(b.getWorksheet('9月')!.getCell(cell).note).toEqual(a.getWorksheet('9月')!.getCell(cell).note);
    }
  });

  it('refuses to write over its input, through a symlink too, and over an existing file without --force', async () => {
    const file = await smallReport('guard.xlsx');
    const before = hash(file);
    const same = tongbao(['mark', file, '-o', file]);
    expect(same.code).toBe(2);
    expect(oneLine(same.stderr)).toContain('就是输入文件');
    const link = path.join(dir, 'guard-link.xlsx');
    fs.symlinkSync(file, link);
    const viaLink = tongbao(['mark', file, '-o', link, '--force']);
    expect(viaLink.code).toBe(2);
    expect(oneLine(viaLink.stderr)).toContain('就是输入文件');
    expect(hash(file)).toBe(before);

    const existing = path.join(dir, 'existing.xlsx');
    fs.writeFileSync(existing, 'keep me');
    const refused = tongbao(['mark', file, '-o', existing]);
    expect(refused.code).toBe(2);
    expect(oneLine(refused.stderr)).toContain('--force');
    expect(fs.readFileSync(existing, 'utf8')).toBe('keep me');
    expect(tongbao(['mark', file, '-o', existing, '--force']).code).toBe(0);
    expect((await openXlsx(existing)).getWorksheet('校验报告')).toBeDefined();
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps charts and pivot tables of the original byte for byte, and says nothing of them', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(FIXTURE));
    const chart = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
    zip.file('xl/charts/chart1.xml', chart);
    zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
    const file = path.join(dir, 'with-chart.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const output = path.join(dir, 'with-chart-out.xlsx');
    const r = tongbao(['mark', file, '-o', output]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('不会保留');
    const out = await JSZip.loadAsync(fs.readFileSync(output));
    expect(await out.file('xl/charts/chart1.xml')?.async('string')).toBe(chart);
    expect(await out.file('xl/pivotTables/pivotTable1.xml')?.async('string')).toBe('<pivotTableDefinition/>');
  });

  it('keeps the macros of a macro-enabled workbook when the copy is named .xlsm, and says they go when it is named .xlsx', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(FIXTURE));
    const project = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 7, 7, 7]);
    zip.file('xl/vbaProject.bin', project);
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types
        .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
        .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    );
    const file = path.join(dir, 'macros.xlsm');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

    const kept = path.join(dir, 'macros-out.xlsm');
    const r = tongbao(['mark', file, '-o', kept]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('不会保留');
    const out = await JSZip.loadAsync(fs.readFileSync(kept));
    expect(new Uint8Array(await out.file('xl/vbaProject.bin')!.async('uint8array'))).toEqual(project);
    expect(await out.file('[Content_Types].xml')!.async('string')).toContain('macroEnabled.main+xml');

    const plain = tongbao(['mark', file, '-o', path.join(dir, 'macros-out.xlsx')]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('宏不会保留');

    // A workbook without macros copied as .xlsm takes the type Excel expects of the name.
    const named = path.join(dir, 'plain-as.xlsm');
    expect(tongbao(['mark', FIXTURE, '-o', named]).code).toBe(0);
    expect(await (await JSZip.loadAsync(fs.readFileSync(named))).file('[Content_Types].xml')!.async('string')).toContain('macroEnabled.main+xml');
  });

  it('warns, before anyone relies on the copy, when a workbook only the spreadsheet model reads has charts it will not keep', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(FIXTURE));
    zip.file('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    // A byte-order mark before the styles: valid, but not a part the package editor takes as certain.
    zip.file('xl/styles.xml', '\ufeff' + (await zip.file('xl/styles.xml')!.async('string')));
    const file = path.join(dir, 'with-chart-bom.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = tongbao(['mark', file, '-o', path.join(dir, 'with-chart-bom-out.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('图表不会保留');
    // That model writes no macro project: a copy it makes cannot be named .xlsm.
    const xlsm = tongbao(['mark', file, '-o', path.join(dir, 'with-chart-bom-out.xlsm')]);
    expect(xlsm.code).toBe(2);
    expect(oneLine(xlsm.stderr)).toMatch(/副本只能写成 \.xlsx.*请把 -o 的文件名改为以 \.xlsx 结尾/);
    const plain = tongbao(['mark', FIXTURE, '-o', path.join(dir, 'plain-out.xlsx')]);
    expect(plain.stdout).not.toContain('不会保留');
  });

  it('asks for -o when it is missing', async () => {
    const r = tongbao(['mark', FIXTURE]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain('-o');
  });
});

describe('tongbao fix', () => {
  it('applies the safe suggestions, prints each change, and the copy checks cleaner', async () => {
    const file = await smallReport('fix.xlsx');
    const out = path.join(dir, 'fix-out.xlsx');
    const before = hash(file);
    const suggested = (JSON.parse(tongbao(['check', file, '--json']).stdout).findings as JsonFinding[]).filter((f) => f.suggestion);
    expect(suggested.length).toBeGreaterThan(0);
    const r = tongbao(['fix', file, '-o', out]);
    expect(r.code).toBe(0);
    expect(hash(file)).toBe(before);
    for (const f of suggested) expect(r.stdout).toContain(`${f.suggestion!.cell}: ${f.suggestion!.from} → ${f.suggestion!.to}`);
    const ws = (await openXlsx(out)).getWorksheet('9月')!;
    for (const f of suggested) expect(ws.getCell(f.suggestion!.cell).value).toBe(f.suggestion!.to);
    const after = JSON.parse(tongbao(['check', out, '--json']).stdout).findings as JsonFinding[];
    expect(after.filter((f) => f.suggestion)).toEqual([]);
  });

  it('fixes the real report’s stray spaces, including cells with several, and leaves nothing fixable', () => {
    const out = path.join(dir, 'fixture-fixed.xlsx');
    const r = tongbao(['fix', FIXTURE, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/已修正 \d+ 个单元格/);
    // A cell fixed over two rounds (a unit split by a space, then its 牵头 marker) shows once, from its first text to its last.
    expect(r.stdout).toContain('F13: 区行政审批 服务局 (牵头) 区市场监管局 → 区行政审批服务局（牵头） 区市场监管局');
    const cells = r.stdout.split('\n').map((l) => /^ {2}([A-Z]+\d+): /.exec(l)?.[1]).filter(Boolean);
    expect(new Set(cells).size).toBe(cells.length);
    const after = JSON.parse(tongbao(['check', out, '--json']).stdout);
    expect(after.tasks).toBe(124);
    expect((after.findings as JsonFinding[]).filter((f) => f.suggestion)).toEqual([]);
  });

  it('--only limits the rules; an unknown rule id is refused', async () => {
    const file = await smallReport('only.xlsx');
    const out = path.join(dir, 'only-out.xlsx');
    const r = tongbao(['fix', file, '-o', out, '--only', 'unit.split']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('没有可以自动修正的问题');
    expect((await openXlsx(out)).getWorksheet('9月')!.getCell('D3').value).toBe('已完成。项目甲主体已完工。');
    const bad = tongbao(['fix', file, '-o', path.join(dir, 'only-bad.xlsx'), '--only', 'status.nonstandard,no.such-rule']);
    expect(bad.code).toBe(2);
    expect(oneLine(bad.stderr)).toContain('no.such-rule');
    expect(fs.existsSync(path.join(dir, 'only-bad.xlsx'))).toBe(false);
  });
});
