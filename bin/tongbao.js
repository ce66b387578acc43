#!/usr/bin/env node
'use strict';
// Runs the compiled command line. `npm ci` builds it through the "prepare" script.
const fs = require('fs');
const path = require('path');

const entry = path.join(__dirname, '..', 'build', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('tongbao 尚未编译：请在项目目录运行 npm run build:cli（npm ci 会自动完成这一步）。\n');
  process.exitCode = 2;
} else if (needsHeapLimit()) {
  runWithHeapLimit();
} else {
  let cli;
  try {
    cli = require(entry);
  } catch (e) {
    process.stderr.write(`tongbao 无法启动（${e && e.message ? e.message : e}）。请在项目目录重新运行 npm ci。\n`);
    process.exitCode = 2;
  }
  if (cli) {
    cli.run(process.argv.slice(2)).then((code) => {
      process.exitCode = code;
    });
  }
}

/** The heap the tools are sized for (src/cli/heap.ts). */
function heapLimitMb() {
  return require(path.join(__dirname, '..', 'build', 'cli', 'heap.js')).HEAP_LIMIT_MB;
}

/** Whether this process still has Node's default heap, larger than the one the tools are sized for. */
function needsHeapLimit() {
  if (process.env.TONGBAO_HEAP_SET) return false;
  return require('v8').getHeapStatistics().heap_size_limit > (heapLimitMb() + 128) * 1024 * 1024;
}

/** The same command in a Node started with the tools' heap, its output and exit code passed through. */
function runWithHeapLimit() {
  const HEAP_LIMIT_MB = heapLimitMb();
  const args = [...process.execArgv, `--max-old-space-size=${HEAP_LIMIT_MB}`, __filename, ...process.argv.slice(2)];
  const child = require('child_process').spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, TONGBAO_HEAP_SET: '1' } });
  if (child.error) process.stderr.write(`tongbao 无法启动（${child.error.message}）。请在项目目录重新运行 npm ci。\n`);
  process.exitCode = typeof child.status === 'number' ? child.status : 2;
}
