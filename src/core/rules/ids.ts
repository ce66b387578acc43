import type { ColumnKey, Status } from '../model';

/**
 * Every rule id with the parameters its issues carry. The ids are a public contract:
 * never rename one; add new ids instead. Messages (messages/zh.ts, messages/en.ts) render these params.
 */
export interface RuleParams {
  'table.not-found': { sheets: string[] };
  'table.column-missing': { column: ColumnKey };
  'table.month-mismatch': { title: number | null; header: number | null; sheet: number | null; used: number };
  'seq.invalid': { text: string };
  'seq.duplicate': { seq: number; first: string };
  'seq.gap': { after: number; missing: number[] };
  'seq.order': { seq: number; previous: number };
  /** value: the error value the cell holds instead of text (#N/A…), when it is one. */
  'cell.empty': { column: ColumnKey; value?: string };
  'status.missing': { opening: string };
  'status.nonstandard': { label: string; standard: Status };
  'overdue.month': { status: Exclude<Status, '完成'> };
  'leader.spacing': { raw: string; name: string };
  'leader.variant': { name: string; canonical: string };
  'leader.merged': { raw: string; parts: string[] };
  'leader.unknown': { name: string };
  'unit.split': { raw: string; name: string };
  'unit.unknown': { name: string };
  'unit.lead-marker': { marker: string };
  /** excerpt: the first stray space in context; count: how many the cell has. */
  'text.stray-space': { column: ColumnKey; excerpt: string; count?: number };
  'status.mismatch': { target: string; actual: string; cue: string | null };
  'status.understated': { status: Exclude<Status, '完成'>; met: string[] };
  'overdue.deadline': { deadline: string; date: string };
  'overdue.schedule': { actual: number; expected: number };
  'text.restates-target': { similarity: number };
}

export type RuleId = keyof RuleParams;
