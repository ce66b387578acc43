#!/usr/bin/env node
'use strict';
// Runs the compiled command line. `npm ci` builds it through the "prepare" script.
const fs = require('fs');
const path = require('path');

const entry = path.join(__dirname, '..', 'build', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('tongbao 尚未编译：请在项目目录运行 npm run build:cli（npm ci 会自动完成这一步）。\n');
  process.exitCode = 2;
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
