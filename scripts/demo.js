#!/usr/bin/env node
'use strict';
// `npm run demo`: checks, marks, fixes and summarises the bundled sample report, writing into out/.
// It runs the real `tongbao` command each time, so what it prints is what a user would see.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const bin = path.join(root, 'bin', 'tongbao.js');
const sample = path.join('test', 'fixtures', 'tongbao-2023-09.xlsx');
const out = 'out';

if (!fs.existsSync(path.join(root, 'build', 'cli', 'main.js'))) {
  const built = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'inherit' });
  if (!fs.existsSync(path.join(root, 'build', 'cli', 'main.js'))) process.exit(built.status || 1);
}
fs.mkdirSync(path.join(root, out), { recursive: true });

function step(title, args) {
  process.stdout.write(`\n==== ${title}\n$ tongbao ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  // check exits 1 when the report has data errors: that is its answer, not a failure of the demo.
  if (r.status === 2 || r.status === null) {
    process.stderr.write(`演示中断：上面的命令没有成功（退出码 ${r.status}）。\n`);
    process.exit(1);
  }
}

const marked = path.join(out, 'tongbao-2023-09-标记.xlsx');
const fixed = path.join(out, 'tongbao-2023-09-修正.xlsx');
const summary = path.join(out, 'tongbao-2023-09-汇总.xlsx');
step('校验样例通报表', ['check', sample]);
step('标记问题（另存，原文件不动）', ['mark', sample, '-o', marked, '--force']);
step('自动修正能安全修正的写法（另存）', ['fix', sample, '-o', fixed, '--force']);
step('按分管领导生成汇总表（另存）', ['summarize', sample, '-o', summary, '--force']);

process.stdout.write('\n==== 完成。输出文件：\n');
for (const file of [marked, fixed, summary]) process.stdout.write(`  ${path.join(root, file)}\n`);
process.stdout.write('用 Excel 或 WPS 打开即可查看；样例原文件未改动。\n');
