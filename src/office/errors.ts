/**
 * Office errors turned into something the pane can show a staff member: a small set of codes and a
 * plain sentence that says what happened and what to do next.
 */
export type HostErrorCode =
  | 'cell-edit'
  | 'protected'
  | 'sheet-exists'
  | 'too-large'
  | 'workbook-changed'
  | 'not-found'
  | 'unsupported'
  | 'invalid'
  | 'memory'
  | 'conflict'
  | 'unknown';

type Lang = 'zh' | 'en';

const TEXT: Record<Lang, Record<HostErrorCode, (sheet?: string) => string>> = {
  zh: {
    'cell-edit': () => '表格正处于单元格编辑状态，无法操作。请先退出单元格编辑（按 Enter 或 Esc）后再试。',
    protected: (s) =>
      `${s ? `工作表“${s}”` : '工作表'}受保护，无法修改。请在“审阅”选项卡点“撤消工作表保护”后再试；如不知道密码，请联系表格的制作人。`,
    'sheet-exists': (s) => `已有名为“${s ?? ''}”的工作表。请重命名该工作表后再试。`,
    'too-large': () => '一次要处理的数据超出了 Excel 的限制。请关闭其他工作簿后重试；如仍不行，请改用命令行或独立网页版处理此文件。',
    'workbook-changed': () => '操作期间工作簿发生了切换或已关闭。请回到要处理的工作簿，再点一次。',
    'not-found': (s) => `找不到${s ? `工作表“${s}”` : '要处理的单元格'}，可能已被重命名或删除。请重新校验后再试。`,
    unsupported: () => '当前 Excel 版本不支持此操作。请使用 Microsoft 365、Excel 2021 及以上或网页版 Excel；也可以改用独立网页版。',
    invalid: () => 'Excel 拒绝了这次操作。请重新校验后再试；如反复出现，请保存工作簿后重新打开。',
    memory: () => 'Excel 内存不足，未能完成这次操作。请关闭其他工作簿和程序后再试；如仍不行，请改用独立网页版或命令行处理此文件。',
    conflict: () => '工作簿正在被其他操作修改（例如他人正在共同编辑，或刚插入、删除了行列），这次操作未能完成。请稍等片刻，重新校验后再试。',
    unknown: () => 'Excel 未能完成这次操作。请保存工作簿后再试一次；如反复出现，请重新打开工作簿。',
  },
  en: {
    'cell-edit': () => 'Excel is in cell-editing mode. Press Enter or Esc to leave the cell, then try again.',
    protected: (s) => `${s ? `The sheet "${s}"` : 'The sheet'} is protected. Unprotect it (Review › Unprotect Sheet) and try again.`,
    'sheet-exists': (s) => `A sheet named "${s ?? ''}" already exists. Rename it and try again.`,
    'too-large': () => 'This is more data than Excel accepts at once. Close other workbooks and retry, or use the command line or the standalone page.',
    'workbook-changed': () => 'The workbook was switched or closed during the operation. Go back to it and click again.',
    'not-found': (s) => `${s ? `The sheet "${s}"` : 'The cell'} could not be found; it may have been renamed or deleted. Validate again, then retry.`,
    unsupported: () => 'This version of Excel cannot do this. Use Microsoft 365, Excel 2021 or later, or Excel on the web; or use the standalone page.',
    invalid: () => 'Excel refused the operation. Validate again and retry; if it keeps happening, save and reopen the workbook.',
    memory: () => 'Excel ran out of memory for this operation. Close other workbooks and programs and retry, or use the standalone page or the command line.',
    conflict: () => 'The workbook is being changed by something else (a co-author, or rows or columns just inserted or deleted). Wait a moment, validate again and retry.',
    unknown: () => 'Excel could not finish the operation. Save the workbook and try again; if it keeps happening, reopen it.',
  },
};

/** The text for a code, in the pane's language. */
export function hostErrorText(code: HostErrorCode, lang: Lang = 'zh', sheet?: string): string {
  return TEXT[lang][code](sheet);
}

export class HostError extends Error {
  readonly code: HostErrorCode;
  /** The sheet concerned, when known. */
  readonly sheet: string | undefined;
  /** Excel's own code and message, for a support request; never shown as the main text. */
  readonly detail: string;

  constructor(code: HostErrorCode, options: { sheet?: string; detail?: string } = {}) {
    super(hostErrorText(code, 'zh', options.sheet));
    this.name = 'HostError';
    this.code = code;
    this.sheet = options.sheet;
    this.detail = options.detail ?? '';
  }

  /** The message in the pane's language. */
  text(lang: Lang): string {
    return hostErrorText(this.code, lang, this.sheet);
  }
}

const BY_OFFICE_CODE: Record<string, HostErrorCode> = {
  InvalidOperationInCellEditMode: 'cell-edit',
  AccessDenied: 'protected',
  ItemAlreadyExists: 'sheet-exists',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  RangeExceedsLimit: 'too-large',
  OperationCellsExceedLimit: 'too-large',
  // Excel's generic error: only a few calls raise it on a workbook switch, so it gets the general advice.
  GeneralException: 'unknown',
  InactiveWorkbook: 'workbook-changed',
  RequestAborted: 'workbook-changed',
  ItemNotFound: 'not-found',
  InvalidReference: 'not-found',
  ApiNotFound: 'unsupported',
  ApiNotAvailable: 'unsupported',
  MemoryLimitReached: 'memory',
  Conflict: 'conflict',
  InsertDeleteConflict: 'conflict',
  NotImplemented: 'unsupported',
  UnsupportedOperation: 'unsupported',
  UnsupportedFeature: 'unsupported',
  InvalidArgument: 'invalid',
  InvalidOperation: 'invalid',
  InvalidSelection: 'invalid',
  MergedRangeConflict: 'invalid',
};

function officeCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** Any error thrown inside Excel.run, as a HostError. A HostError passes through unchanged. */
export function toHostError(error: unknown, sheet?: string): HostError {
  if (error instanceof HostError) return error;
  const code = officeCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const mapped = code ? BY_OFFICE_CODE[code] : undefined;
  return new HostError(mapped ?? 'unknown', { sheet, detail: code ? `${code}: ${message}` : message });
}
