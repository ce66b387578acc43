import { run } from '../src/cli/main';

/**
 * One `tongbao` command in its own process, for the commands section: its output goes nowhere, and
 * the last line on stderr is the exit code and the process's peak memory (resident set, KB).
 */
const quiet = { out: () => undefined, err: (line: string) => process.stderr.write(line + '\n') };

void run(process.argv.slice(2), quiet).then((code) => {
  process.stderr.write(`\n${JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS })}\n`);
  process.exitCode = code;
});
