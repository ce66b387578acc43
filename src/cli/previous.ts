import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { historyNoteText, type HistoryContext, type HistoryInfo, type HistoryNote, type PreviousChoice } from '../core/history';
import type { CheckOptions } from '../core/options';
import type { Report } from '../core/report';
import { InputError } from '../xlsx/errors';
import { readInput } from '../xlsx/node-io';
import { readForCheck } from '../xlsx/read-for-check';
import { CliError } from './errors';
import type { Io } from './io';

export interface PreviousArgs {
  previous?: string;
  'previous-sheet'?: string;
  'no-previous'?: boolean;
}

/**
 * Last month's report as the options name it: another file (read here, without the exceljs object
 * model), a sheet of the same workbook, none, or (no option) whatever the core finds in the workbook.
 * A file that cannot be read costs the comparison only: one line says so, and the check goes on.
 */
export async function previousChoice(args: PreviousArgs, io: Io): Promise<PreviousChoice | undefined> {
  const sheet = args['previous-sheet'];
  if (args['no-previous']) {
    if (args.previous !== undefined || sheet !== undefined) throw new CliError('--no-previous 不能与 --previous 或 --previous-sheet 同时使用。');
    return { kind: 'none' };
  }
  if (args.previous === undefined) return sheet !== undefined ? { kind: 'sheet', sheet } : undefined;
  const file = args.previous;
  try {
    const workbook = await readForCheck(await readInput(file), (data) => zlib.inflateRawSync(data), file);
    return { kind: 'file', file: path.basename(file), workbook, ...(sheet !== undefined ? { sheet } : {}) };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.err(`上月报表无法使用：${e.message}本次不与上月对比。`);
    return { kind: 'none' };
  }
}

/** The options with last month's report added, when the arguments name one or turn it off. */
export async function withPrevious(options: CheckOptions, args: PreviousArgs, io: Io): Promise<CheckOptions> {
  const previous = await previousChoice(args, io);
  return previous === undefined ? options : { ...options, previous };
}

/** One line on what this month was compared with, or why it was not; null when there was nothing to compare. */
export function historyLine(report: Pick<Report, 'history' | 'historyNote'>): string | null {
  if (report.history) return comparedLine(report.history);
  if (report.historyNote) return `上月对比：${noteText(report.historyNote)}`;
  return null;
}

function noteText(note: HistoryNote): string {
  return historyNoteText(note, 'zh');
}

function comparedLine(history: HistoryContext): string {
  const { info } = history;
  const where = info.file !== undefined ? `文件“${info.file}”的“${info.sheet}”工作表` : `“${info.sheet}”工作表${info.auto ? '（自动选取）' : ''}`;
  const changes: string[] = [];
  if (info.missing) changes.push(`上月有 ${info.missing} 项本月没有`);
  if (info.added) changes.push(`本月新增 ${info.added} 项`);
  return `上月对比：与${where}对比，${info.matched} 项任务对上${changes.length ? `；${changes.join('，')}` : ''}。`;
}

/** The --json fields on last month, each present only when there is something to say, as failedRules is. */
export function historyJson(report: Pick<Report, 'history' | 'historyNote'>): { history?: HistoryInfo; historyNote?: string } {
  return {
    ...(report.history ? { history: report.history.info } : {}),
    ...(report.historyNote ? { historyNote: noteText(report.historyNote) } : {}),
  };
}
