import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HEAP_LIMIT_MB } from '../src/cli/heap';
import { generateXlsx } from './generate';
import { round } from './timing';
import type { BenchContext } from './types';

/**
 * Each command as a user runs it, in its own process, on the generated report: wall time and peak
 * memory, and the same on a report a tenth the size, so the growth with size shows (10× the tasks
 * should cost about 10× the time).
 */

const COMMANDS = ['check', 'mark', 'fix', 'summarize'] as const;
/** Peak memory a command may use on 100,000 tasks. */
export const MEMORY_TARGET_MB = 1024;

interface Measured {
  ms: number;
  peakMb: number;
  code: number | null;
  error?: string;
}

function runCommand(args: string[]): Measured {
  const start = process.hrtime.bigint();
  // The heap bin/tongbao.js gives every command.
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, '--import', 'tsx', path.join(__dirname, 'command-child.ts'), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 15 * 60 * 1000,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const last = r.stderr.trim().split('\n').pop() ?? '';
  try {
    const { code, maxRssKb } = JSON.parse(last) as { code: number; maxRssKb: number };
    return { ms: round(ms, 0), peakMb: round(maxRssKb / 1024, 0), code };
  } catch {
    return { ms: round(ms, 0), peakMb: NaN, code: r.status, error: (r.stderr || String(r.error ?? r.signal)).trim().split('\n')[0] };
  }
}

function allCommands(file: string, dir: string): Record<string, Measured> {
  const out: Record<string, Measured> = {};
  for (const command of COMMANDS) {
    const output = path.join(dir, `${command}.xlsx`);
    out[command] = runCommand(command === 'check' ? [command, file] : [command, file, '-o', output, '--force']);
  }
  return out;
}

export async function run(ctx: BenchContext): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongbao-bench-'));
  try {
    const file = path.join(dir, 'report.xlsx');
    fs.writeFileSync(file, ctx.generatedBytes);
    const full = allCommands(file, dir);
    const tenth = Math.max(1, Math.round(ctx.rows / 10));
    const small = path.join(dir, 'small.xlsx');
    fs.writeFileSync(small, await generateXlsx(tenth));
    const smaller = allCommands(small, dir);
    ctx.log(`命令（各在独立进程中，${ctx.rows} 项任务；括号内为 ${tenth} 项时的时间与放大倍数，目标约 10 倍以内；峰值内存目标 ≤ ${MEMORY_TARGET_MB} MB）：`);
    const growth: Record<string, number> = {};
    for (const command of COMMANDS) {
      const a = full[command];
      const b = smaller[command];
      if (!a || !b) continue;
      growth[command] = round(a.ms / b.ms, 1);
      const failed = a.error ? `，出错：${a.error}` : a.code === 2 ? '，被拒绝（退出码 2）' : '';
      ctx.log(`  ${command.padEnd(9)} ${a.ms} ms，峰值 ${a.peakMb} MB（${b.ms} ms，${growth[command]} 倍）${failed}`);
    }
    return { rows: ctx.rows, tenth, commands: full, tenthCommands: smaller, growth, memoryTargetMb: MEMORY_TARGET_MB };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
