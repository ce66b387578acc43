import type { ColumnKey, Status } from '../model';

/**
 * Every rule id with the parameters its issues carry. The ids are a public contract:
 * never rename one; add new ids instead. Messages (messages/zh.ts, messages/en.ts) render these params.
 */
export interface RuleParams {
  /** sheets: the sheets looked at; missing: the sheet asked for by name when no sheet has that name. */
  'table.not-found': { sheets: string[]; missing?: string };
  'table.column-missing': { column: ColumnKey };
  'table.month-mismatch': { title: number | null; header: number | null; sheet: number | null; used: number };
  /** number: the number the text stands for, when one can be read ("1." → 1, "一" → 1). */
  'seq.invalid': { text: string; number?: number };
  'seq.duplicate': { seq: number; first: string };
  'seq.gap': { after: number; missing: number[] };
  'seq.order': { seq: number; previous: number };
  /** value: the error value the cell holds instead of text (#N/A…), when it is one. */
  'cell.empty': { column: ColumnKey; value?: string };
  'status.missing': { opening: string };
  /** place: where the label stands when it is not at the front (after a heading, or as the closing clause). */
  'status.nonstandard': { label: string; standard: Status; place?: 'heading' | 'end' };
  'overdue.month': { status: Exclude<Status, '完成'> };
  /** A leader name a space split, as written (raw) and joined (name); more: the cell's other such names. */
  'leader.spacing': { raw: string; name: string; more?: { raw: string; name: string }[] };
  /**
   * A name written otherwise than `canonical`: in traditional script where the report also writes it in
   * simplified ('script'), one character off a roster name ('roster'), or only suspected from the report
   * itself ('suspect', never fixed automatically). more: the cell's other such names.
   */
  'leader.variant': { name: string; canonical: string; reason: LeaderVariantReason; more?: { name: string; canonical: string; reason: LeaderVariantReason }[] };
  /** A name that looks like several run together: parts as read, likely the full names meant. */
  'leader.merged': { raw: string; parts: string[]; likely: string[]; more?: { raw: string; parts: string[]; likely: string[] }[] };
  /** A leader name not on the roster; roster: where the roster came from; more: the cell's other such names. */
  'leader.unknown': { name: string; roster: string; more?: string[] };
  /** A unit name spaces broke apart, as written (raw, marker left out) and joined (name). */
  'unit.split': { raw: string; name: string; more?: { raw: string; name: string }[] };
  /** A unit not on the roster; roster: where the roster came from. */
  'unit.unknown': { name: string; roster: string; more?: string[] };
  /** A nonstandard 牵头 marker as written; more: the cell's other ones. */
  'unit.lead-marker': { marker: string; more?: string[] };
  /** excerpt: the first stray space in context; count: how many the cell has. */
  'text.stray-space': { column: ColumnKey; excerpt: string; count?: number };
  /** metric: what the figures measure ('' when unnamed); cue: the clause holding a negative cue, when that is the reason. */
  'status.mismatch': { target: string; actual: string; cue: string | null; metric?: string };
  'status.understated': { status: Exclude<Status, '完成'>; met: string[] };
  'overdue.deadline': { deadline: string; date: string };
  /** basis: the figures the annual progress was read from, e.g. 累计引进大学生3695人／年度4500人. */
  'overdue.schedule': { actual: number; expected: number; basis?: string };
  'text.restates-target': { similarity: number };
}

export type RuleId = keyof RuleParams;

export type LeaderVariantReason = 'script' | 'roster' | 'suspect';
