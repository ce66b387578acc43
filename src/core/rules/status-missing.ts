import type { Issue } from '../findings';
import type { Rule } from './types';

/** column: the status column's header, when the report keeps the status in a column of its own. */
export interface StatusMissingParams {
  opening: string;
  column?: string;
}

const OPENING_LENGTH = 12;

/** The first words of a text, on one line, for the message. */
export function opening(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > OPENING_LENGTH ? `${flat.slice(0, OPENING_LENGTH)}…` : flat;
}

export const statusMissing: Rule<'status.missing', StatusMissingParams> = {
  id: 'status.missing',
  severity: 'error',
  kind: 'data',
  meta: {
    title: { zh: '没写完成状态', en: 'No status word' },
    description: {
      zh: '完成情况没有以“完成”“部分完成”“未完成”开头',
      en: 'The progress text does not open with 完成, 部分完成 or 未完成',
    },
    messages: {
      zh: (p) =>
        p.column !== undefined
          ? `“${p.column}”列没有写完成状态，完成情况中也没有。请填写“完成”“部分完成”或“未完成”。`
          : `完成情况没有以“完成”“部分完成”或“未完成”开头（现为“${p.opening}”）。请在开头写明完成状态。`,
      en: (p) =>
        p.column !== undefined
          ? `The "${p.column}" column states no status, nor does the progress text. Write 完成, 部分完成 or 未完成.`
          : `Progress does not open with 完成, 部分完成 or 未完成 (it opens "${p.opening}"). State the status first.`,
    },
  },
  check({ table }) {
    const issues: Issue<'status.missing'>[] = [];
    for (const task of table.tasks) {
      // An empty 完成情况 is cell.empty's to report.
      if (task.status !== null || task.progress === '' || task.cells.progress === null) continue;
      const header = table.headers.status;
      if (header !== undefined && task.cells.status) {
        // The report keeps the verdict in its own column: that is where it is missing.
        issues.push({ rule: 'status.missing', cell: task.cells.status, seq: task.seq, params: { opening: opening(task.progress), column: header.replace(/\s+/g, '') } });
        continue;
      }
      issues.push({ rule: 'status.missing', cell: task.cells.progress, seq: task.seq, params: { opening: opening(task.progress) } });
    }
    return issues;
  },
};
