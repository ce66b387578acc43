import type { Issue } from '../findings';
import type { Rule } from './types';
import { listEn, listZh } from '../messages/format';

/** sheets: the sheets looked at; missing: the sheet asked for by name when no sheet has that name. */
export interface TableNotFoundParams {
  sheets: string[];
  missing?: string;
}

/**
 * No sheet holds a report table. Rules run only on a table, so this rule never fires from check(ctx);
 * the pipeline reports the absence through tableNotFoundIssue, keeping this rule's id, severity and kind.
 */
export const tableNotFound: Rule<'table.not-found', TableNotFoundParams> = {
  id: 'table.not-found',
  severity: 'error',
  kind: 'table',
  meta: {
    title: { zh: '找不到通报表', en: 'No report table' },
    description: {
      zh: '没有一个工作表含通报表表头（序号、年度目标任务、完成情况、分管领导、责任单位等）；列出查看过的工作表',
      en: 'No sheet holds a report header (序号, 年度目标任务, 完成情况, 分管领导, 责任单位…); lists the sheets looked at',
    },
    messages: {
      zh: (p) =>
        p.missing !== undefined
          ? `没有名为“${p.missing}”的工作表${p.sheets.length ? `（工作簿中有：${listZh(p.sheets)}）` : ''}。请选择要校验的工作表。`
          : `没有找到通报表：在 ${p.sheets.length ? listZh(p.sheets) : '工作簿'} 中找不到含“序号、年度目标任务、完成情况、分管领导、责任单位”的表头行。请确认表头文字，或指定要校验的工作表（命令行用 --sheet）。`,
      en: (p) =>
        p.missing !== undefined
          ? `There is no sheet named "${p.missing}"${p.sheets.length ? ` (the workbook has ${listEn(p.sheets)})` : ''}. Choose the sheet to check.`
          : `No report table found in ${p.sheets.length ? listEn(p.sheets) : 'the workbook'}: no header row with 序号, 年度目标任务, 完成情况, 分管领导 and 责任单位. Check the headers or choose the sheet with --sheet.`,
    },
  },
  check: () => [],
};

/** The issue for a workbook in which none of `sheets` holds a report header, or has no sheet named `missing`. */
export function tableNotFoundIssue(sheets: string[], missing?: string): Issue<'table.not-found'> {
  return { rule: 'table.not-found', cell: 'A1', seq: null, params: missing !== undefined ? { sheets, missing } : { sheets } };
}
