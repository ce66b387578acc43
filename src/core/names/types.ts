import type { UnitRef } from '../model';

/** Names the office says are right: from a 名单 sheet or a --roster file. */
export interface Roster {
  leaders: string[];
  units: string[];
  /** Where it came from, for messages: the sheet name or the file name. */
  source: string;
}

/** One leader name as split from a 分管领导 cell. */
export interface LeaderToken {
  /** As written, e.g. "崔 赞". */
  raw: string;
  /** Normalised: NFKC, traditional → simplified, spaces removed, e.g. "崔赞". */
  name: string;
  /** True when the name was split by spaces in the cell and has been joined back. */
  rejoined: boolean;
}

/** One unit as split from a 责任单位 cell. */
export interface UnitToken extends UnitRef {
  /** True when the unit name was broken by spaces and has been joined back. */
  rejoined: boolean;
  /** The 牵头 marker as written ("（牵头）", "(牵头)", "[牵头]"…), or null. */
  marker: string | null;
  /** A remark written with the unit and kept out of its name ("提供数据", "配合"), or null. */
  remark: string | null;
}

/** How a leader name relates to the others in the workbook. */
export type LeaderVerdict =
  | { kind: 'ok'; canonical: string }
  /** Resolved with certainty (roster mapping): count it under `canonical`. */
  | { kind: 'mapped'; canonical: string }
  /** Only suspected to be a variant of `canonical`: never merged silently. */
  | { kind: 'suspect'; canonical: string }
  /**
   * Looks like several names run together. `parts` as read ("崔赞", "晋"); `likely` the full names
   * they stand for where a fragment is the ending of exactly one known name ("崔赞", "高晋").
   */
  | { kind: 'merged'; parts: string[]; likely?: string[] }
  /** Not on the roster (only with a roster). */
  | { kind: 'unknown' };

export interface NameIndex {
  roster: Roster | null;
  /** Verdict for a normalised leader name as it appears in the tasks. */
  leader(name: string): LeaderVerdict;
  /** Canonical unit name (roster mapping) and whether the roster knows it. */
  unit(name: string): { canonical: string; known: boolean | null };
}
