import { COLUMN_LABELS } from './columns';

/** Helpers the rules' messages share, so every rule names columns and lists items alike. */
export const columnZh = COLUMN_LABELS.zh;
export const columnEn = COLUMN_LABELS.en;

export const listZh = (items: (string | number)[]) => items.join('、');
export const listEn = (items: (string | number)[]) => items.join(', ');

/** Where the roster came from, as a user would name it: a file given with --roster, or a sheet of the workbook. */
export const rosterSource = (source: string) => (/\.(csv|json|txt)$/i.test(source) ? `名单文件“${source}”` : `“${source}”工作表`);
