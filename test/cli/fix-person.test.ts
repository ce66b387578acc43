import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { FIXTURE, tempDir, tongbao } from './run';

const ROSTER = path.join(__dirname, '..', 'fixtures', 'roster-2023-09.csv');

async function leaderCells(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.getWorksheet('9月')?.eachRow((row) => row.eachCell((c) => out.push(String(c.value ?? ''))));
  return out;
}

// Each test runs the real command as a process on the sample: slow on a busy machine.
jest.setTimeout(120_000);

describe('tongbao fix and names that would become another person', () => {
  const dir = tempDir();

  it('lists a change of a name\'s character and leaves it, applying the safe fixes', async () => {
    const out = path.join(dir, 'safe.xlsx');
    const r = tongbao(['fix', FIXTURE, '-o', out, '--roster', ROSTER]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/以下 \d+ 处会把姓名改成另一个字，可能是另一个人，没有修改：/);
    expect(r.stdout).toMatch(/崔 ?燮 → .*崔赞/);
    expect(r.stdout).toContain('--only leader.variant');
    const cells = await leaderCells(out);
    expect(cells.some((v) => /崔 ?燮/.test(v))).toBe(true);
    expect(cells).not.toContain('崔 赞');
  });

  it('makes the change when the user asks for leader.variant by name', async () => {
    const out = path.join(dir, 'asked.xlsx');
    const r = tongbao(['fix', FIXTURE, '-o', out, '--roster', ROSTER, '--only', 'leader.variant']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('可能是另一个人');
    expect((await leaderCells(out)).some((v) => /崔 ?燮/.test(v))).toBe(false);
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
});
