import type { Issue } from '../findings';
import type { Rule } from './types';

export interface StatusMissingParams {
  opening: string;
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
        `完成情况没有以“完成”“部分完成”或“未完成”开头（现为“${p.opening}”）。请在开头写明完成状态。`,
      en: (p) => `Progress does not open with 完成, 部分完成 or 未完成 (it opens "${p.opening}"). State the status first.`,
    },
  },
  check({ table }) {
    const issues: Issue<'status.missing'>[] = [];
    for (const task of table.tasks) {
      // An empty 完成情况 is cell.empty's to report.
      if (task.status !== null || task.progress === '' || task.cells.progress === null) continue;
      issues.push({ rule: 'status.missing', cell: task.cells.progress, seq: task.seq, params: { opening: opening(task.progress) } });
    }
    return issues;
  },
};
