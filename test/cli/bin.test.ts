import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HEAP_LIMIT_MB } from '../../src/cli/heap';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'tongbao.js');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'tongbao-2023-09.xlsx');

jest.setTimeout(120_000);

beforeAll(() => {
  // The launcher runs the compiled command line, which `npm ci` builds; build it here too.
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status).toBe(0);
});

describe('bin/tongbao.js', () => {
  it('runs the command in a Node with the tools’ heap, passing its output and exit code through', () => {
    // A probe loaded into every Node the launcher starts writes down the heap of the one that runs the command.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongbao-bin-'));
    const probe = path.join(dir, 'probe.js');
    const seen = path.join(dir, 'heap.txt');
    fs.writeFileSync(probe, `if (process.env.TONGBAO_HEAP_SET) require('fs').writeFileSync(${JSON.stringify(seen)}, String(require('v8').getHeapStatistics().heap_size_limit / 1048576));`);
    const env = { ...process.env, NODE_OPTIONS: `--require ${probe}` };
    const r = spawnSync(process.execPath, [BIN, 'check', FIXTURE, '--json'], { encoding: 'utf8', env });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).tasks).toBe(124);
    const heap = Number(fs.readFileSync(seen, 'utf8'));
    expect(heap).toBeGreaterThanOrEqual(HEAP_LIMIT_MB);
    expect(heap).toBeLessThan(HEAP_LIMIT_MB + 128);
    const missing = spawnSync(process.execPath, [BIN, 'check', 'no-such-file.xlsx'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toEqual(['找不到文件“no-such-file.xlsx”。请检查路径和文件名。']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
