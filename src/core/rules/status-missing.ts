import type { Issue } from '../findings';
import type { Rule } from './types';

const OPENING_LENGTH = 12;

/** The first words of a text, on one line, for the message. */
export function opening(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > OPENING_LENGTH ? `${flat.slice(0, OPENING_LENGTH)}…` : flat;
}

export const statusMissing: Rule<'status.missing'> = {
  id: 'status.missing',
  severity: 'error',
  kind: 'data',
  description: '完成情况没有以“完成”“部分完成”或“未完成”开头',
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
