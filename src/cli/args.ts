import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command that checks a report takes. */
export const CHECK_OPTIONS = {
  sheet: { type: 'string' },
  month: { type: 'string' },
  roster: { type: 'string' },
  previous: { type: 'string' },
  'previous-sheet': { type: 'string' },
  'no-previous': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

export const OUTPUT_OPTIONS = {
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const satisfies Options;

interface ParseError {
  code?: string;
  message: string;
}

/** node:util parseArgs with its English errors turned into one Chinese line. */
export function parse<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const err = e as ParseError;
    const option = /'([^']+)'/.exec(err.message)?.[1] ?? '';
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new CliError(`不认识的选项 ${option.split(' ')[0]}。用 tongbao ${command} --help 查看用法。`);
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new CliError(`选项 ${option.split(' ')[0] || ''} 需要一个值。用 tongbao ${command} --help 查看用法。`);
    }
    throw new CliError(`命令参数有误。用 tongbao ${command} --help 查看用法。`);
  }
}

export function monthOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text.trim().replace(/月$/, ''));
  if (!Number.isInteger(n) || n < 1 || n > 12) throw new CliError(`--month 应为 1 到 12 的整数，现为“${text}”。`);
  return n;
}

/** A value of an option that takes one of a few words (--by leader|unit), or one Chinese line saying which. */
export function choice<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value.trim().toLowerCase());
  if (!found) throw new CliError(`--${option} 只能是 ${allowed.join('、')}，现为“${value}”。`);
  return found;
}
