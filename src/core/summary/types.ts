import type { HistoryContext } from '../history/types';
import type { ReportTable, Status, Task } from '../model';
import type { NameIndex } from '../names/types';
import type { SheetModel } from '../sheet-model';
import type { DoubtfulUnit } from './doubts';

/** What the summaries need from a checked report (a Report from check() has all of it). */
export interface SummarySource {
  /** Name of the source sheet the tasks were read from: the 序号 links point into it. */
  sheet: string | null;
  title: string | null;
  month: number | null;
  year: number | null;
  table?: Pick<ReportTable, 'headers'> | null;
  tasks: Task[];
  names: NameIndex;
  /** Last month's report matched to this one: adds 上月完成率, 变化 and 连续未完成 to the sheets. */
  history?: HistoryContext;
}

export type SummaryBy = 'leader' | 'unit' | 'both';
export type SummaryOrder = 'status' | 'seq';

export interface SummaryOptions {
  by: SummaryBy;
  /** 'status': 未完成, 部分完成, then 完成, each by 序号; 'seq': by 序号 alone. */
  order: SummaryOrder;
  /**
   * Names of sheets the workbook already has that Tongbao did not generate (the user's own, the source).
   * Generated sheets never take one of them: they get a suffix, "郭克华(2)", and every link follows.
   */
  reserved?: Iterable<string>;
}

/** A task's 序号 as shown: the number, or the text as written when it is not one. */
export type SeqRef = number | string;

export interface StatusCounts {
  total: number;
  完成: number;
  部分完成: number;
  未完成: number;
  /** Tasks whose 完成情况 does not open with a status. */
  未标明: number;
  /** 完成 / total, 0 when there are no tasks. */
  rate: number;
}

export interface LeaderFigures {
  /** The leader's name as counted: the canonical name, or the name as written when unresolved. */
  name: string;
  /** The sheet generated for the leader; null for 未指定分管领导, which is only a row on the overview. */
  sheet: string | null;
  counts: StatusCounts;
  /** Every task on the leader's sheet, in sheet order. */
  seqs: SeqRef[];
  unfinished: SeqRef[];
  partial: SeqRef[];
  /** True when the check flags the name (a suspected variant, names run together): then `sheet` is null. */
  unresolved: boolean;
}

export interface UnitFigures {
  name: string;
  /** The unit's own sheet, when units get sheets (by 'unit' or 'both') and the name is not in doubt. */
  sheet: string | null;
  /** True when the name may be a fragment of a broken name or is not on the roster: see Summary.doubtfulUnits. */
  doubtful: boolean;
  /** Tasks the unit leads (marked 牵头, or listed first when nothing is marked). */
  lead: StatusCounts;
  /** Tasks the unit supports. */
  support: StatusCounts;
  all: StatusCounts;
  leadSeqs: SeqRef[];
  supportSeqs: SeqRef[];
  unfinished: SeqRef[];
  partial: SeqRef[];
}

export interface UnresolvedName {
  /** The name as it appears in the tasks. */
  name: string;
  /** Who it might be: the suspected canonical name, or the parts of names run together. */
  canonical: string;
}

export interface Summary {
  sheets: SheetModel[];
  leaders: LeaderFigures[];
  units: UnitFigures[];
  /**
   * Leader names the check flags (suspected variants, names run together): each is a 待核实 row of the
   * overview but gets no sheet; settle them and regenerate.
   */
  unresolved: UnresolvedName[];
  /** Unit names that may be no unit at all: a 待核实 row of 责任单位汇总, no sheet of their own. */
  doubtfulUnits: DoubtfulUnit[];
  /**
   * Sheets that could not have the name they wanted: a reserved sheet (the user's) has it, or another
   * generated sheet took it first (two names that clean to the same sheet name).
   */
  renamed: { wanted: string; name: string; reason: 'reserved' | 'duplicate' }[];
}

export const NO_LEADER = '未指定分管领导';
export const NO_STATUS_LABEL = '未标明';

export type StatusKey = Status | typeof NO_STATUS_LABEL;
