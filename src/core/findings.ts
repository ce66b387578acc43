import type { Status } from './model';
import type { RuleId, RuleParams } from './rules/ids';

export type Severity = 'error' | 'warning' | 'info';

/** table: the report's structure; data: something written wrong; progress: the work itself is late (never an error of the data). */
export type RuleKind = 'table' | 'data' | 'progress';

/** A progress light: 未完成 red, 部分完成 or behind schedule yellow. */
export type Light = 'red' | 'yellow';

/** A machine-applicable fix: replace the whole cell text `from` by `to`. Present only where safe. */
export interface Suggestion {
  cell: string;
  from: string;
  to: string;
}

/** A quoted piece of text with the value read from it. */
export interface Span {
  text: string;
  value?: number;
  unit?: string;
}

/** Last month's task a finding compares with: its sheet, 序号 and status as written there, and the text compared. */
export interface PreviousEvidence {
  sheet: string;
  seq: string | null;
  status: Status | null;
  text: string;
}

/** Why a judgement was made, for the report, the 校验报告 sheet and the pane. */
export interface Evidence {
  target?: Span;
  progress?: Span;
  cue?: string;
  deadline?: string;
  previous?: PreviousEvidence;
}

/** What a rule reports: data only. The message is rendered from params by the rule's meta.messages. */
export interface IssueOf<K extends string, P> {
  rule: K;
  cell: string;
  seq: number | null;
  params: P;
  /** Overrides the rule's default severity for this one issue. */
  severity?: Severity;
  light?: Light;
  suggestion?: Suggestion;
  evidence?: Evidence;
}

/** The issue of one registered rule, its params typed by the rule's id. */
export type Issue<K extends RuleId = RuleId> = IssueOf<K, RuleParams[K]>;

export interface Finding<K extends RuleId = RuleId> extends IssueOf<K, RuleParams[K]> {
  severity: Severity;
  kind: RuleKind;
  sheet: string;
  message: string;
}
