/** Where a command writes: the real streams in the command line, buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => {
    process.stdout.write(text + '\n');
  },
  err: (text) => {
    process.stderr.write(text + '\n');
  },
};
