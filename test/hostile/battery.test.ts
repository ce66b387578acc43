import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { openCopy, type CopyHost } from '../../src/xlsx/copy-host';
import { zlibDeflateRaw, zlibInflateRaw, zlibInflateRawAsync } from '../../src/xlsx/node-io';
import { readForCheck } from '../../src/xlsx/read-for-check';
import { HOSTILE } from './cases';
import type { HostileCase } from './workbooks';

/**
 * Every command on every hostile workbook: no crash, no stack trace, no English, no hang; a refusal
 * is one Chinese line and exit 2; a readable report is read whole; the input is never written; and
 * marks come off and fixes are undone exactly.
 */

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongbao-hostile-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Ran {
  code: number;
  out: string[];
  err: string[];
}

async function tongbao(args: string[]): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Nothing on the console but what the command said through its own output. */
function quietConsole(): () => void {
  const spies = (['log', 'warn', 'error', 'info'] as const).map((m) => jest.spyOn(console, m));
  return () => {
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  };
}

function expectChinese(lines: readonly string[]): void {
  for (const line of lines) {
    expect(line).not.toMatch(/\n\s+at |Error|undefined|NaN|\[object /);
    expect(line).toMatch(/[\u4e00-\u9fff]/);
  }
}

const COMMANDS = ['check', 'mark', 'fix', 'summarize', 'bulletin'] as const;

/** The workbook as the commands open it: its package edited where it can be, else the spreadsheet model. */
async function open(file: string): Promise<CopyHost> {
  return (await openCopy(new Uint8Array(fs.readFileSync(file)), file, zlibInflateRawAsync, zlibDeflateRaw)).host;
}

function sheetNamed(sheets: SheetSnapshot[], name: string): SheetSnapshot | undefined {
  return sheets.find((s) => s.name === name);
}

describe.each(HOSTILE.map((c): [string, HostileCase] => [c.name, c]))('%s', (_name, c) => {
  let input: string;
  let before: string;
  beforeAll(async () => {
    input = path.join(dir, `${HOSTILE.indexOf(c)}.xlsx`);
    fs.writeFileSync(input, await c.bytes());
    before = sha(input);
  });
  afterEach(() => {
    expect(sha(input)).toBe(before);
  });

  it.each(COMMANDS)('%s', async (command) => {
    const restore = quietConsole();
    const output = path.join(dir, `${HOSTILE.indexOf(c)}-${command}.${command === 'bulletin' ? 'docx' : 'xlsx'}`);
    const args = command === 'check' ? ['check', input, '--json'] : [command, input, '-o', output, '--force'];
    const r = await tongbao(args);
    restore();
    expectChinese(r.err);
    const refusal = !c.expect.read ? c.expect.line : command !== 'check' ? c.expect.written : undefined;
    if (refusal) {
      expect(r.code).toBe(2);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(refusal);
      // check --json reports the refusal in its JSON as well.
      if (command === 'check') expect(JSON.parse(r.out.join('\n')).error).toBe(r.err[0]);
      else expect(r.out).toEqual([]);
      return;
    }
    expect(r.err).toEqual([]);
    if (command === 'check') {
      expect(r.code === 0 || r.code === 1).toBe(true);
      expect(JSON.parse(r.out.join('\n')).tasks).toBe(c.expect.read ? c.expect.tasks : NaN);
      return;
    }
    expect(r.code).toBe(0);
    expect(fs.existsSync(output)).toBe(true);
    // The commands that write read the report as check does.
    if (command === 'mark' || command === 'summarize') expect(r.out[0]).toContain(`${c.expect.read ? c.expect.tasks : NaN} 项任务`);
  });

  it('marks come off and fixes are undone exactly', async () => {
    if (!c.expect.read || c.expect.written) return;
    const original = (await readForCheck(new Uint8Array(fs.readFileSync(input)), zlibInflateRaw, input)).sheets;
    for (const command of ['mark', 'fix'] as const) {
      const output = path.join(dir, `${HOSTILE.indexOf(c)}-${command}-round.xlsx`);
      expect((await tongbao([command, input, '-o', output, '--force'])).code).toBe(0);
      const host = await open(output);
      if (command === 'mark') await host.clearMarks();
      else await host.undoFixes();
      const after = (await host.readSnapshot()).sheets;
      for (const sheet of original) expect(sheetNamed(after, sheet.name)?.values).toEqual(sheet.values);
    }
  });
});
