import { exists, sameFile, writeAtomic } from '../xlsx/node-io';
import { CliError } from './errors';

export interface OutputKind {
  extension: string;
  /** Other endings taken as well, and what the message says of them. */
  also?: { extension: string; note: string };
  program: string;
}

export const XLSX: OutputKind = { extension: '.xlsx', also: { extension: '.xlsm', note: '含宏的工作簿可用 .xlsm，宏会保留' }, program: 'Excel ' };
export const DOCX: OutputKind = { extension: '.docx', program: 'Word 或 WPS 文字' };

/** Whether the copy is named as a macro-enabled workbook, which then keeps the original's macros. */
export function isMacroOutput(output: string): boolean {
  return output.toLowerCase().endsWith('.xlsm');
}

/** Refuses an OUT that is missing, that is the input itself (symlinks and hard links included), or that exists without --force. */
export function checkOutput(command: string, input: string, output: string | undefined, force: boolean, kind: OutputKind = XLSX): string {
  if (!output) throw new CliError(`请用 -o 指定输出文件，例如：tongbao ${command} ${input} -o 输出${kind.extension}`);
  if (sameFile(input, output)) {
    throw new CliError(`输出文件“${output}”就是输入文件本身。为保护原文件，请另选一个输出文件名。`);
  }
  if (exists(output) && !force) {
    throw new CliError(`输出文件“${output}”已存在。如确需覆盖，请加 --force；否则请换一个文件名。`);
  }
  const name = output.toLowerCase();
  if (!name.endsWith(kind.extension) && !(kind.also && name.endsWith(kind.also.extension))) {
    const also = kind.also ? `（${kind.also.note}）` : '';
    throw new CliError(`输出文件“${output}”应以 ${kind.extension} 结尾${also}，${kind.program}才能正确打开。`);
  }
  return output;
}

export async function writeOutput(output: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeAtomic(output, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : code === 'ENOSPC' ? '磁盘空间不足' : code === 'EBUSY' ? '文件正被占用（可能已在 Excel 中打开）' : '写入失败';
    throw new CliError(`无法写入“${output}”：${why}。请关闭占用它的程序或换一个位置后重试。`);
  }
}
