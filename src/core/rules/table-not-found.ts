import type { Issue } from '../findings';
import type { Rule } from './types';

/**
 * No sheet holds a report table. Rules run only on a table, so this rule never fires from check(ctx);
 * the pipeline reports the absence through tableNotFoundIssue, keeping this rule's id, severity and kind.
 */
export const tableNotFound: Rule<'table.not-found'> = {
  id: 'table.not-found',
  severity: 'error',
  kind: 'table',
  description: '找不到通报表：没有一个工作表含“序号、年度目标任务、完成情况、分管领导、责任单位”表头',
  check: () => [],
};

/** The issue for a workbook in which none of `sheets` holds a report header, or has no sheet named `missing`. */
export function tableNotFoundIssue(sheets: string[], missing?: string): Issue<'table.not-found'> {
  return { rule: 'table.not-found', cell: 'A1', seq: null, params: missing !== undefined ? { sheets, missing } : { sheets } };
}
