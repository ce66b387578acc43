/**
 * What the pane shows when WPS refuses something: one Chinese line that says what happened and what
 * to do. Named HostError so the pane shows the message as it is.
 */
export type WpsErrorCode = 'no-workbook' | 'protected' | 'not-found' | 'failed' | 'rolled-back';

const TEXT: Record<WpsErrorCode, (sheet?: string) => string> = {
  'no-workbook': () => 'WPS 表格中没有打开的工作簿。请先打开要校验的通报表，再点一次。',
  protected: (s) => `${s ? `工作表“${s}”` : '工作表'}受保护，无法修改。请在“审阅”选项卡点“撤销工作表保护”后再试；如不知道密码，请联系表格的制作人。`,
  'not-found': (s) => `找不到${s ? `工作表“${s}”` : '要处理的单元格'}，可能已被重命名或删除。请重新校验后再试。`,
  failed: () => 'WPS 表格未能完成这次操作。请保存工作簿后再试一次；如反复出现，请重新打开工作簿。',
  'rolled-back': () => 'WPS 表格在操作中途拒绝了修改，已写入的部分已经撤回，工作簿保持原样。请保存工作簿后再试一次。',
};

export class WpsError extends Error {
  readonly code: WpsErrorCode;
  readonly sheet: string | undefined;
  /** WPS's own message, for whoever helps the user; never the main text. */
  readonly detail: string;

  constructor(code: WpsErrorCode, options: { sheet?: string; detail?: string } = {}) {
    super(TEXT[code](options.sheet));
    this.name = 'HostError';
    this.code = code;
    this.sheet = options.sheet;
    this.detail = options.detail ?? '';
  }
}

export function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
