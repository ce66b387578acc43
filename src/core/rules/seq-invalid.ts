import type { Issue } from '../findings';
import { gridOf } from '../table/grid';
import { readSeq } from '../table/seq';
import type { Rule } from './types';

/** number: the number the text stands for, when one can be read ("1." → 1, "一" → 1). */
export interface SeqInvalidParams {
  text: string;
  number?: number;
}

const OUTLINE = /^\d{1,4}(?:[.．\-—]\d{1,4})+$/;

/** "2.5", "0.5", "-3": a number, only not a whole one. */
function isNumberNotWhole(text: string): boolean {
  const bare = text.normalize('NFKC').trim();
  return bare !== '' && Number.isFinite(Number(bare)) && !/^\d+$/.test(bare);
}

export const seqInvalid: Rule<'seq.invalid', SeqInvalidParams> = {
  id: 'seq.invalid',
  severity: 'warning',
  kind: 'data',
  meta: {
    title: { zh: '序号不是数字', en: 'No. is not a number' },
    description: {
      zh: '序号不是阿拉伯数字（“1.”“一”“（1）”）；仍按其数字读取，可一键改为阿拉伯数字',
      en: 'The No. is not an Arabic numeral ("1.", "一", "（1）"); its number is still read, and can be rewritten in one step',
    },
    levels: 'warning（读不出数字时为 error）',
    messages: {
      zh: (p) =>
        p.number !== undefined
          ? `序号“${p.text}”不是规范写法，应写“${p.number}”。`
          : isNumberNotWhole(p.text)
            ? `序号“${p.text}”不是整数。序号应为 1、2、3 这样的正整数，请改正。`
            : `序号“${p.text}”不是数字。请改为阿拉伯数字。`,
      en: (p) =>
        p.number !== undefined
          ? `No. "${p.text}" is not written the standard way; write "${p.number}".`
          : isNumberNotWhole(p.text)
            ? `No. "${p.text}" is not a whole number. Numbers should be 1, 2, 3 and so on.`
            : `No. "${p.text}" is not a number. Use Arabic numerals.`,
    },
  },
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
