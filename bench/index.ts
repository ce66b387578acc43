import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { zlibInflateRaw } from '../src/xlsx/node-io';
import { readForCheck } from '../src/xlsx/read-for-check';
import { run as commands } from './commands';
import { run as core } from './core';
import { generateXlsx } from './generate';
import { run as history } from './history';
import { run as office } from './office';
import { run as wps } from './wps';
import { run as pane } from './pane';
import { run as summary } from './summary';
import type { BenchContext, BenchSection } from './types';
import { run as xlsx } from './xlsx';

/**
 * `npm run bench [-- --json] [-- --rows N]`: times the core, the xlsx path, the summaries, the Office
 * host's round trips and the pane. With --json the last line of output is one JSON object holding every section.
 * Times are reported against their targets, never asserted.
 */
const SECTIONS: [string, BenchSection][] = [
  ['core', core],
  ['xlsx', xlsx],
  ['summary', summary],
  ['history', history],
  ['office', office],
  ['wps', wps],
  ['pane', pane],
  ['commands', commands],
];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, rows: { type: 'string' }, only: { type: 'string' } } });
  // --only commands,xlsx runs just those sections.
  const only = values.only?.split(',').map((s) => s.trim());
  const rows = values.rows === undefined ? 10000 : Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows 应为正整数，现为“${values.rows}”`);
  const log = (line: string) => (values.json ? process.stderr : process.stdout).write(line + '\n');
  // With --json, stdout carries the one JSON line only; anything a section prints goes to stderr.
  if (values.json) console.log = (...args: unknown[]) => console.error(...args);

  const fixtureBytes = new Uint8Array(fs.readFileSync(path.join(__dirname, '..', 'test', 'fixtures', 'tongbao-2023-09.xlsx')));
  log(`生成 ${rows} 项任务的通报表…`);
  const generatedBytes = await generateXlsx(rows);
  const ctx: BenchContext = {
    rows,
    fixtureBytes,
    fixture: await readForCheck(fixtureBytes, zlibInflateRaw, 'fixture'),
    generatedBytes,
    generated: await readForCheck(generatedBytes, zlibInflateRaw, 'generated'),
    log,
  };

  const out: Record<string, unknown> = { rows };
  for (const [name, run] of SECTIONS) {
    if (only && !only.includes(name)) continue;
    try {
      out[name] = await run(ctx);
    } catch (e) {
      // One broken section must not hide the others' numbers, but the run must not pass for whole.
      const error = e instanceof Error ? e.message : String(e);
      out[name] = { error };
      log(`${name}：出错 ${error}`);
      process.exitCode = 1;
    }
  }
  if (values.json) process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`基准测试出错：${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
