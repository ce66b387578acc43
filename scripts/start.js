#!/usr/bin/env node
'use strict';
// `npm start`: serves the pane and the standalone page. A port already in use gets one plain line
// saying which and how to choose another, instead of the dev server's stack trace.
const { spawn } = require('child_process');
const net = require('net');

const port = Number(process.env.PORT || 3000);

function portFree(p) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (e) => resolve(e.code !== 'EADDRINUSE' && e.code !== 'EACCES' ? true : e.code));
    probe.once('listening', () => probe.close(() => resolve(true)));
    probe.listen(p, 'localhost');
  });
}

portFree(port).then((free) => {
  if (free !== true) {
    const why = free === 'EACCES' ? '没有权限使用' : '已被其他程序占用';
    process.stderr.write(`端口 ${port} ${why}。请关闭占用它的程序，或换一个端口启动，例如：PORT=3001 npm start（Windows：set PORT=3001 && npm start）\n`);
    process.exit(1);
  }
  const child = spawn(process.execPath, [require.resolve('webpack/bin/webpack.js'), 'serve', '--mode', 'development'], { stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
});
