import type { Issue, Suggestion } from '../findings';
import type { Status, Task } from '../model';
import { readCellStatus, readStatus } from '../status';
import { placeStatus } from '../status-place';
import { fieldCells, type FieldCell } from '../table/cells';
import type { Rule, RuleContext } from './types';

/** place: where the label stands when it is not at the front (after a heading, or as the closing clause). */
export interface StatusNonstandardParams {
  label: string;
  standard: Status;
  place?: 'heading' | 'end';
}

const BRACKETED = /^[【[（(「『]/;
const BREAK = /^[\s\u3000。．.，,、：:；;！!]/;
const CLOSING_PUNCT = /[\s\u3000。．.！!；;]*$/;
const DANGLING = /[\s\u3000，,、：:；;]+$/;
const OPENING_PUNCT = /^[\s\u3000。．.，,、：:；;！!]+/;

export const statusNonstandard: Rule<'status.nonstandard', StatusNonstandardParams> = {
  id: 'status.nonstandard',
  severity: 'warning',
  kind: 'data',
  meta: {
    title: { zh: '完成状态写法不规范', en: 'Non-standard status word' },
    description: {
      zh: '完成状态写法不规范（已完成、基本完成、正在推进……），或没有写在完成情况开头；可一键改为标准写法并移到开头',
      en: 'The status is written a nonstandard way (已完成, 基本完成, 正在推进…) or not at the front of the progress text; can be rewritten to the standard word at the front in one step',
    },
    messages: {
      zh: (p) =>
        p.place === undefined
          ? `完成状态“${p.label}”不规范，应写“${p.standard}”。`
          : `完成状态“${p.label}”写在${p.place === 'end' ? '末尾' : '小标题之后'}，应在完成情况开头写“${p.standard}”。`,
      en: (p) =>
        p.place === undefined
          ? `Status "${p.label}" is not standard; write "${p.standard}".`
          : `Status "${p.label}" stands ${p.place === 'end' ? 'at the end' : 'after a heading'}; open the progress with "${p.standard}".`,
    },
  },
  check(ctx) {
    const issues: Issue<'status.nonstandard'>[] = [];
    for (const task of ctx.table.tasks) {
      const { status, statusLabel, statusPlace } = task;
      if (status === null || statusLabel === null) continue;
      if (statusPlace === 'light') continue;
      if (statusPlace === 'column') {
        const issue = columnLabel(ctx, task, status, statusLabel);
        if (issue !== null) issues.push(issue);
        continue;
      }
      if (task.cells.progress === null || (statusPlace === undefined && statusLabel === status)) continue;
      const issue: Issue<'status.nonstandard'> = {
        rule: 'status.nonstandard',
        cell: task.cells.progress,
        seq: task.seq,
        params: { label: statusLabel, standard: status, ...(statusPlace ? { place: statusPlace } : {}) },
      };
      const fix = statusPlace === undefined ? relabel(ctx, task, status, statusLabel) : moveToFront(ctx, task, status, statusLabel);
      if (fix !== null) {
        issue.cell = fix.cell;
        issue.suggestion = fix;
      }
      issues.push(issue);
    }
    return issues;
  },
};

/** A label in the status column other than the three (已完成, 基本完成); 是, 绿灯, 序时 are the column's convention. */
function columnLabel({ sheet, table }: RuleContext, task: Task, status: Status, label: string): Issue<'status.nonstandard'> | null {
  const cell = task.cells.status;
  if (cell === undefined || cell === null || label === status || readCellStatus(label).convention) return null;
  const issue: Issue<'status.nonstandard'> = { rule: 'status.nonstandard', cell, seq: task.seq, params: { label, standard: status } };
  const cells = fieldCells(sheet, table, task, 'status');
  const only = cells.length === 1 ? cells[0] : undefined;
  if (only !== undefined && typeof only.value === 'string' && readCellStatus(only.value).label === label) {
    const to = only.value.replace(label, status);
    if (to !== only.value) issue.suggestion = { cell: only.cell, from: only.value, to };
  }
  return issue;
}

/** The fix rewrites the cell the label is in, changing the label and nothing else. */
function relabel({ sheet, table }: RuleContext, task: Task, status: string, label: string): Suggestion | null {
  const first = fieldCells(sheet, table, task, 'progress')[0];
  if (!first || typeof first.value !== 'string') return null;
  const reading = readStatus(first.value);
  if (reading.label !== label) return null;
  const rest = first.value.slice(reading.end);
  // "【完成】新增8家": the brackets parted label and text; without them a full stop has to.
  const stop = BRACKETED.test(label) && rest !== '' && !BREAK.test(rest) ? '。' : '';
  return { cell: first.cell, from: first.value, to: first.value.slice(0, reading.start) + status + stop + rest };
}

/**
 * A verdict written after a heading or as the closing clause goes to the front, in its standard form:
 * "总体情况：完成。新增8家" → "完成。新增8家"; "已签约12个，滞后。" → "部分完成。已签约12个。".
 * Only when the text is in one cell, so the move stays inside the cell it is fixed in.
 */
function moveToFront({ sheet, table }: RuleContext, task: Task, status: string, label: string): Suggestion | null {
  const cells = fieldCells(sheet, table, task, 'progress');
  const only: FieldCell | undefined = cells.length === 1 ? cells[0] : undefined;
  if (only === undefined || typeof only.value !== 'string') return null;
  const text = only.value;
  const r = placeStatus(text);
  if (r.label !== label || r.place === 'front') return null;
  if (r.place === 'heading') {
    return { cell: only.cell, from: text, to: `${status}。${text.slice(r.end).replace(OPENING_PUNCT, '')}` };
  }
  const close = CLOSING_PUNCT.exec(text)?.[0] ?? '';
  const before = text.slice(0, r.from).replace(DANGLING, '');
  const stop = /[。．.！!]/.test(close) ? close.trim() : '';
  return { cell: only.cell, from: text, to: `${status}。${before}${stop}` };
}
