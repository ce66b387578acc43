import * as fs from 'fs';
import * as path from 'path';
import { generateXlsx } from '../../bench/generate';
import { FIXTURE, HEADER, TITLE, hash, oneLine, tempDir, tongbao, writeSheet } from './run';

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function ole2(streams: string): Buffer {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([head, Buffer.alloc(1016), Buffer.from(streams, 'utf16le'), Buffer.alloc(512)]);
}

/** Runs check, mark and fix on a file and asserts the file is byte for byte what it was. */
function runAllUnchanged(file: string): { check: ReturnType<typeof tongbao>; mark: ReturnType<typeof tongbao>; fix: ReturnType<typeof tongbao> } {
  const before = fs.existsSync(file) ? hash(file) : null;
  const check = tongbao(['check', file]);
  const mark = tongbao(['mark', file, '-o', path.join(dir, `${path.basename(file)}-m.xlsx`), '--force']);
  const fix = tongbao(['fix', file, '-o', path.join(dir, `${path.basename(file)}-f.xlsx`), '--force']);
  if (before !== null) expect(hash(file)).toBe(before);
  return { check, mark, fix };
}

describe('unusable files: exit 2 with one clear Chinese line, the input untouched', () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ['a missing file', async () => path.join(dir, '不存在.xlsx'), /找不到文件/],
    [
      'a CSV renamed to .xlsx',
      async () => {
        const f = path.join(dir, 'renamed.xlsx');
        fs.writeFileSync(f, '序号,年度目标任务,完成情况\n1,目标,完成\n');
        return f;
      },
      /CSV/,
    ],
    [
      'an old .xls',
      async () => {
        const f = path.join(dir, 'old.xlsx');
        fs.writeFileSync(f, ole2('Workbook SummaryInformation'));
        return f;
      },
      /97-2003/,
    ],
    [
      'a truncated zip',
      async () => {
        const f = path.join(dir, 'truncated.xlsx');
        const whole = fs.readFileSync(FIXTURE);
        fs.writeFileSync(f, whole.subarray(0, Math.floor(whole.length * 0.6)));
        return f;
      },
      /不完整/,
    ],
    [
      'an encrypted workbook',
      async () => {
        const f = path.join(dir, 'encrypted.xlsx');
        fs.writeFileSync(f, ole2('EncryptionInfo EncryptedPackage DataSpaces'));
        return f;
      },
      /密码/,
    ],
    [
      'an empty workbook',
      async () => {
        const f = path.join(dir, 'empty.xlsx');
        await writeSheet(f, 'Sheet1', []);
        return f;
      },
      /没有找到通报表/,
    ],
    [
      'a sheet with no report table',
      async () => {
        const f = path.join(dir, 'notable.xlsx');
        await writeSheet(f, '会议纪要', [['关于第三季度工作的会议纪要'], ['时间', '2023年9月28日'], ['参会人员', '郭克华 高晋']]);
        return f;
      },
      /没有找到通报表/,
    ],
  ];

  it.each(cases)('%s', async (_name, make, message) => {
    const file = await make();
    const { check, mark, fix } = runAllUnchanged(file);
    for (const r of [check, mark, fix]) {
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toMatch(message);
    }
    expect(fs.existsSync(path.join(dir, `${path.basename(file)}-m.xlsx`))).toBe(false);
    expect(fs.existsSync(path.join(dir, `${path.basename(file)}-f.xlsx`))).toBe(false);
  });

  it('check --json on a missing file says so in the JSON and on stderr', () => {
    const r = tongbao(['check', path.join(dir, 'nope.xlsx'), '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ file: path.join(dir, 'nope.xlsx'), error: expect.stringContaining('找不到文件') });
  });
});

describe('awkward but usable files: findings, never a crash', () => {
  it('cells holding #N/A and formulas', async () => {
    const file = path.join(dir, 'formulas.xlsx');
    await writeSheet(file, '9月', [
      TITLE,
      HEADER,
      [1, '目标甲', '九月目标甲', '完成。已完成。', '郭克华', '区发改局'],
      [{ formula: 'A3+1', result: 2 }, '目标乙', '九月目标乙', { formula: 'VLOOKUP(1,Z:Z,2,0)', result: { error: '#N/A' } }, '高晋', '区财政局'],
      [3, { formula: 'B3&"续"', result: '目标甲续' }, '九月目标丙', { formula: 'D3' }, '于海南', '区商务局'],
    ]);
    const { check, mark, fix } = runAllUnchanged(file);
    expect([0, 1]).toContain(check.code);
    expect(check.stderr).toBe('');
    expect(mark.code).toBe(0);
    expect(fix.code).toBe(0);
    const json = JSON.parse(tongbao(['check', file, '--json']).stdout);
    expect(json.tasks).toBe(3);
    expect(json.findings.some((f: { cell: string }) => f.cell === 'D4')).toBe(true);
  });

  it('a 32,767-character cell', async () => {
    const file = path.join(dir, 'long.xlsx');
    const long = '完成。' + '推进项目建设，'.repeat(5000).slice(0, 32767 - 3);
    await writeSheet(file, '9月', [TITLE, HEADER, [1, '目标', '九月目标', long, '郭克华', '区发改局'], [2, '目标二', '九月目标二', '部分完成。进展', '高晋', '区财政局']]);
    const { check, mark, fix } = runAllUnchanged(file);
    expect([0, 1]).toContain(check.code);
    expect(check.stdout).toContain('任务：2 项');
    expect(mark.code).toBe(0);
    expect(fix.code).toBe(0);
  });

  it('序号 written as "1." or "一"', async () => {
    const file = path.join(dir, 'seq.xlsx');
    await writeSheet(file, '9月', [TITLE, HEADER, ['1.', '目标', '九月目标', '完成。好', '郭克华', '区发改局'], ['一', '目标二', '九月目标二', '完成。好', '高晋', '区财政局']]);
    const r = tongbao(['check', file, '--json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).tasks).toBe(2);
  });

  it('10,000 tasks', async () => {
    const file = path.join(dir, 'big.xlsx');
    fs.writeFileSync(file, await generateXlsx(10000));
    const before = hash(file);
    const r = tongbao(['check', file, '--json']);
    expect([0, 1]).toContain(r.code);
    const json = JSON.parse(r.stdout);
    expect(json.tasks).toBe(10000);
    const { 完成: a, 部分完成: b, 未完成: c, 缺失: d } = json.statusCounts;
    expect(a + b + c + d).toBe(10000);
    expect(hash(file)).toBe(before);
  });
});
