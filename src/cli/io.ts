/** Where a command writes: the real streams in the command line, buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

let pipeWatched = false;

/** A reader that stops early (`tongbao check … | head`) closes the pipe; that ends the output quietly, not with a stack trace. */
function watchPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`无法输出结果：${e.message}\n`);
    process.exit(2);
  });
}

export const processIo: Io = {
  out: (text) => {
    watchPipe();
    process.stdout.write(text + '\n');
  },
  err: (text) => {
    process.stderr.write(text + '\n');
  },
};
