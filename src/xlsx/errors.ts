import { MAX_MERGED_CELLS, megabytes } from './limits';

/** Why a file cannot be used as a report. Each one has a single Chinese line that says what to do. */
export type InputProblem =
  | 'missing'
  | 'not-a-file'
  | 'unreadable'
  | 'empty-file'
  | 'xls'
  | 'encrypted'
  | 'csv'
  | 'markup'
  | 'not-xlsx'
  | 'truncated'
  | 'corrupt'
  | 'too-large'
  | 'merges-too-large'
  | 'copy-too-large'
  | 'xlsm-model';

const lines: Record<InputProblem, (file: string, limit: number) => string> = {
  missing: (f) => `找不到文件“${f}”。请检查路径和文件名。`,
  'not-a-file': (f) => `“${f}”不是文件（可能是文件夹）。请指定一个 .xlsx 文件。`,
  unreadable: (f) => `无法读取文件“${f}”（没有权限或正被占用）。请关闭占用它的程序或检查权限后重试。`,
  'empty-file': (f) => `文件“${f}”是空的（0 字节）。请重新保存或重新下载该文件。`,
  xls: (f) => `“${f}”是旧版 Excel 97-2003 (.xls) 文件，无法直接读取。请在 Excel 或 WPS 中“另存为”.xlsx 格式后重试。`,
  encrypted: (f) => `“${f}”设有打开密码（已加密），无法读取。请在 Excel 中取消密码（文件→信息→保护工作簿）后另存一份再试。`,
  csv: (f) => `“${f}”实际是 CSV 或纯文本文件，不是 .xlsx 工作簿。请在 Excel 中打开后“另存为”.xlsx 格式。`,
  markup: (f) => `“${f}”实际是网页（HTML）或 XML 格式，只是名字像 Excel 文件。请在 Excel 或 WPS 中打开后“另存为”.xlsx 格式。`,
  'not-xlsx': (f) => `“${f}”不是 Excel 工作簿（.xlsx）。请选择通报表的 .xlsx 文件。`,
  truncated: (f) => `“${f}”不完整（文件被截断，可能下载或复制中断）。请重新获取该文件。`,
  corrupt: (f) => `“${f}”已损坏，无法作为 .xlsx 打开。请在 Excel 中打开并另存一份后重试。`,
  'too-large': (f, limit) =>
    `“${f}”文件过大：解压后超过 ${megabytes(limit)} MB，超出本工具处理这一步的上限。请只把通报表复制到一个新工作簿（任务多时分成几个），另存后再试。`,
  'merges-too-large': (f) =>
    `“${f}”文件过大：合并单元格覆盖超过 ${MAX_MERGED_CELLS.toLocaleString('en-US')} 个有内容的单元格，超出本工具能处理的上限。请在 Excel 中取消不需要的合并，另存后再试。`,
  'xlsm-model': (f) => `“${f}”的副本只能写成 .xlsx（这个文件的写法使本工具无法在副本中保留宏）。请把 -o 的文件名改为以 .xlsx 结尾。`,
  'copy-too-large': (f) =>
    `“${f}”写出的副本将超过 4 GB 或 65,535 个部件，超出 .xlsx 不用 zip64 时的上限，未写出。请只把通报表复制到一个新工作簿，另存后再试。`,
};

/** A file that cannot be read as a report; its message is the one line shown to the user. */
export class InputError extends Error {
  readonly problem: InputProblem;
  readonly file: string;

  /** limit: for a file too large, the limit in bytes it passed. */
  constructor(problem: InputProblem, file: string, limit = 0) {
    super(lines[problem](file, limit));
    this.name = 'InputError';
    this.problem = problem;
    this.file = file;
  }
}
