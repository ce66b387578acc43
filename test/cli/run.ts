import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
export const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'tongbao-2023-09.xlsx');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The real command as a separate process, run from source through tsx so it never lags behind the code. */
export function tongbao(args: string[], cwd = ROOT): RunResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TONGBAO_DEBUG: '' },
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tongbao-cli-'));
}

export function hash(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export type Row = (ExcelJS.CellValue | undefined)[];

/** A workbook with one sheet holding these rows (row 0 is sheet row 1), written to `file`. */
export async function writeSheet(file: string, sheet: string, rows: Row[], merges: string[] = []): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== undefined && v !== null) ws.getCell(r + 1, c + 1).value = v;
    });
  });
  for (const m of merges) ws.mergeCells(m);
  await wb.xlsx.writeFile(file);
}

export const HEADER: Row = ['序号', '年度目标任务', '9月份目标任务', '完成情况', '分管区领导', '责任单位'];
export const TITLE: Row = ['2023年重点工作9月份完成情况通报表'];

export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** What a failure must look like: one line on stderr, no stack trace. */
export function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toMatch(/Error:/);
  return lines[0] ?? '';
}
