import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../core/check';
import { parseRosterFile } from '../core/names';
import type { Roster } from '../core/names/types';
import type { CheckOptions } from '../core/options';
import type { Report } from '../core/report';
import { openCopy, type CopyHost } from '../xlsx/copy-host';
import { readInput, zlibDeflateRaw, zlibInflateRaw, zlibInflateRawAsync } from '../xlsx/node-io';
import { readForCheck } from '../xlsx/read-for-check';
import { CliError } from './errors';
import { isMacroOutput } from './output-file';

export interface CheckArgs {
  sheet?: string;
  month?: number;
  rosterFile?: string;
}

/** The --roster file as a Roster; a file that cannot be read or understood is a usage error. */
export function loadRoster(file: string): Roster {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`找不到或无法读取名单文件“${file}”。请检查 --roster 后的路径。`);
  }
  try {
    // The roster parser takes a byte-order mark off itself.
    return parseRosterFile(text, path.basename(file));
  } catch (e) {
    // The names module's messages already name the file and say what to change.
    if (e instanceof Error && e.message) throw new CliError(e.message);
    throw new CliError(`名单文件“${file}”无法识别。名单应为 .csv 或 .json，含“分管领导”和/或“责任单位”列。`);
  }
}

export function checkOptions(args: CheckArgs, roster: Roster | null): CheckOptions {
  const options: CheckOptions = {};
  if (args.sheet !== undefined) options.sheet = args.sheet;
  if (args.month !== undefined) options.month = args.month;
  if (roster) options.roster = roster;
  return options;
}

export interface OpenReport {
  file: string;
  host: CopyHost;
  report: Report;
  /** What a copy written from this workbook would not keep (图表, 数据透视表…). */
  unkept: string[];
}

/** Reads a workbook from disk and checks it. Unusable files throw InputError. */
export async function openAndCheck(file: string, options: CheckOptions, output?: string | null): Promise<OpenReport> {
  const bytes = await readInput(file);
  const macros = output ? isMacroOutput(output) : false;
  const { host, unkept } = await openCopy(bytes, file, zlibInflateRawAsync, zlibDeflateRaw, { macros });
  const report = check(await host.readSnapshot(), options);
  return { file, host, report, unkept };
}

/**
 * Reads a workbook from disk and checks it, without the exceljs object model when the file allows:
 * `check` writes nothing, so values and merges are all it needs. Unusable files throw InputError.
 */
export async function readAndCheck(file: string, options: CheckOptions): Promise<Report> {
  const bytes = await readInput(file);
  return check(await readForCheck(bytes, zlibInflateRaw, file), options);
}

/** The line that warns, before a copy is written, about what it will not keep. */
export function unkeptLine(open: OpenReport): string | null {
  if (!open.unkept.length) return null;
  return `注意：原文件中的${open.unkept.join('、')}不会保留在生成的副本中（原文件未改动，仍可使用）。`;
}

/** The line that says the workbook's record held entries that were left out, or null. */
export function ledgerLine(open: OpenReport): string | null {
  return open.host.ledgerWarning();
}

/**
 * Checks the workbook again as it now is, the new report replacing the old one. The old one is let go
 * before the workbook is read again: at 100,000 tasks each report holds some 100 MB.
 */
export async function recheck(open: OpenReport, options: CheckOptions): Promise<Report> {
  (open as { report: Report | null }).report = null;
  open.report = check(await open.host.readSnapshot(), options);
  return open.report;
}
