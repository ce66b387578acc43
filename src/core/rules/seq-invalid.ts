import type { Issue } from '../findings';
import { gridOf } from '../table/grid';
import { readSeq } from '../table/seq';
import type { Rule } from './types';

const OUTLINE = /^\d{1,4}(?:[.．\-—]\d{1,4})+$/;

export const seqInvalid: Rule<'seq.invalid'> = {
  id: 'seq.invalid',
  severity: 'warning',
  kind: 'data',
  description: '序号不是阿拉伯数字（如“1.”“一”“（1）”）',
  check({ sheet, table }) {
    const col = table.columns.seq;
    if (col === null) return [];
    const grid = gridOf(sheet);
    const issues: Issue<'seq.invalid'>[] = [];
    for (const task of table.tasks) {
      if (task.seqText.trim() === '') continue;
      const row = task.firstRow;
      const value = grid.value(row, col);
      if (typeof value === 'number' && task.seq === value) continue;
      const reading = readSeq(value);
      if (reading.standard) continue;
      const params = reading.seq !== null ? { text: task.seqText, number: reading.seq } : { text: task.seqText };
      const issue: Issue<'seq.invalid'> = { rule: 'seq.invalid', cell: task.cells.seq, seq: task.seq, params };
      // Only a text cell can be rewritten safely; a fractional number has no one right answer.
      if (reading.seq !== null && typeof grid.raw(row, col) === 'string') {
        issue.suggestion = { cell: task.cells.seq, from: task.seqText, to: String(reading.seq) };
      }
      // A number that cannot be read at all leaves the numbering broken: that is an error, not a style.
      // Outline numbers ("1.2", "3-1") are a numbering of their own, only not this report's.
      if (reading.seq === null && !OUTLINE.test(task.seqText.normalize('NFKC').trim())) issue.severity = 'error';
      issues.push(issue);
    }
    return issues;
  },
};
