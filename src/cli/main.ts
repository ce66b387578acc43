import { InputError } from '../xlsx/errors';
import { bulletinCommand } from './bulletin-command';
import { checkCommand } from './check-command';
import { CliError } from './errors';
import { fixCommand } from './fix-command';
import { MAIN_HELP } from './help';
import { processIo, type Io } from './io';
import { markCommand } from './mark-command';
import { summarizeCommand } from './summarize';

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  mark: markCommand,
  fix: fixCommand,
  summarize: summarizeCommand,
  bulletin: bulletinCommand,
};

/** Runs one command line and returns its exit code. Every failure becomes one Chinese line, never a stack trace. */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.out(MAIN_HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`不认识的命令“${name}”。可用命令：check、mark、fix、summarize、bulletin；运行 tongbao --help 查看用法。`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (e) {
    if (e instanceof InputError || e instanceof CliError) {
      io.err(e.message);
      return 2;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.err(`处理时出错：${detail}。原文件未改动；请确认文件能在 Excel 中正常打开，或另存一份后重试。`);
    if (process.env.TONGBAO_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    return 2;
  }
}

// Run directly (node build/cli/main.js, or tsx src/cli/main.ts while developing) as well as through bin/tongbao.js.
if (require.main === module) {
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
