import type { Task } from '../model';
import type { NameIndex } from '../names/types';
import type { ModelCell } from '../sheet-model';
import { lineWidths } from './measure';
import { STATUS_STYLE } from './styles';
import { brokenUnitNames, unitDoubt, type DoubtfulUnit } from './doubts';
import { NO_STATUS_LABEL, type SeqRef, type StatusKey, type UnresolvedName } from './types';

/** A task prepared once for every sheet it appears on: texts measured, names resolved. */
export interface TaskRow {
  task: Task;
  /** Position in the report, to keep table order among equal keys. */
  index: number;
  seq: SeqRef;
  status: StatusKey;
  /** Leaders the task is counted under, canonical, in cell order. */
  leaders: string[];
  /** Units, canonical, lead first, each once. */
  units: { name: string; lead: boolean }[];
  /** 责任单位 as shown: lead first, marked （牵头）. */
  unitsLabel: string;
  /** Line widths of the long texts, measured once. */
  widths: { annual: number[]; month: number[]; progress: number[]; units: number[] };
  /** 序号 (linked to the source), the three texts and 状态: the same on every sheet, so built once and shared. */
  cells: ModelCell[];
  /** Lines the long texts need at the column widths last asked for (a cache for the sheet builders). */
  lines?: { key: number; count: number };
}

export interface Bucket {
  name: string;
  rows: TaskRow[];
}

export interface UnitBucket {
  name: string;
  rows: { row: TaskRow; lead: boolean }[];
}

export interface Grouped {
  rows: TaskRow[];
  /** Leaders in roster order, then in order of first appearance. */
  leaders: Bucket[];
  /** Tasks whose leaders cell is empty. */
  noLeader: TaskRow[];
  units: UnitBucket[];
  /** Leader names the check flags (suspected variants, names run together): counted, but given no sheet. */
  unresolved: UnresolvedName[];
  /** Unit names that may be no unit at all: counted, but given no sheet. */
  doubtfulUnits: DoubtfulUnit[];
}

type Resolution = { targets: string[]; unresolved?: UnresolvedName };

/**
 * Decides, once per distinct name as written, whom a task counts under. Resolved names go to their
 * canonical leader; a suspected variant or names run together keep the name as written and are
 * reported unresolved: never merged or split silently, and never given a sheet as if they were a person.
 */
function leaderResolver(names: NameIndex): (name: string) => Resolution {
  const verdicts = new Map<string, ReturnType<NameIndex['leader']>>();
  const verdict = (name: string) => {
    let v = verdicts.get(name);
    if (!v) {
      v = names.leader(name);
      verdicts.set(name, v);
    }
    return v;
  };
  const resolved = new Map<string, Resolution>();
  return (name) => {
    const cached = resolved.get(name);
    if (cached) return cached;
    const v = verdict(name);
    let result: Resolution;
    switch (v.kind) {
      case 'ok':
      case 'mapped':
        result = { targets: [v.canonical] };
        break;
      case 'suspect':
        result = { targets: [name], unresolved: { name, canonical: v.canonical } };
        break;
      case 'merged': {
        // The check asks a person to split these: where one name ends is a guess, so no sheet is made from it.
        const candidates = v.likely ?? v.parts;
        result = { targets: [name], unresolved: { name, canonical: candidates.join('、') } };
        break;
      }
      case 'unknown':
        result = { targets: [name] };
        break;
    }
    resolved.set(name, result);
    return result;
  };
}

/** Excel's limit on a cell's text. A task read from several rows can join into more than one cell holds. */
const MAX_CELL_TEXT = 32767;

function clip(text: string): string {
  return text.length <= MAX_CELL_TEXT ? text : `${text.slice(0, MAX_CELL_TEXT - 1)}…`;
}

function statusKey(task: Task): StatusKey {
  return task.status ?? NO_STATUS_LABEL;
}

function taskUnits(task: Task, canonicalUnit: (name: string) => string): { name: string; lead: boolean }[] {
  const byName = new Map<string, boolean>();
  for (const unit of task.units) {
    const name = canonicalUnit(unit.name);
    if (!name) continue;
    byName.set(name, (byName.get(name) ?? false) || unit.lead);
  }
  const units = [...byName].map(([name, lead]) => ({ name, lead }));
  // Lead first, the rest in cell order.
  return [...units.filter((u) => u.lead), ...units.filter((u) => !u.lead)];
}

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** Orders keys: roster first (in roster order), then the rest in order of first appearance. */
function rosterOrder<T>(map: Map<string, T>, roster: readonly string[] | undefined): [string, T][] {
  const out: [string, T][] = [];
  const placed = new Set<string>();
  for (const name of roster ?? []) {
    const value = map.get(name);
    if (value !== undefined && !placed.has(name)) {
      out.push([name, value]);
      placed.add(name);
    }
  }
  for (const entry of map) if (!placed.has(entry[0])) out.push(entry);
  return out;
}

/** One pass over the tasks: every leader's and every unit's tasks, in report order. `source` is the sheet the 序号 links point into. */
export function groupTasks(tasks: readonly Task[], names: NameIndex, source: string | null): Grouped {
  const resolve = leaderResolver(names);
  const byLeader = new Map<string, TaskRow[]>();
  const byUnit = new Map<string, { row: TaskRow; lead: boolean }[]>();
  const noLeader: TaskRow[] = [];
  const unresolved = new Map<string, UnresolvedName>();
  const doubtful = new Map<string, DoubtfulUnit>();
  const rows: TaskRow[] = [];
  const unitNames = new Map<string, string>();
  const canonicalUnit = (name: string): string => {
    let canonical = unitNames.get(name);
    if (canonical === undefined) {
      canonical = names.unit(name).canonical || name;
      unitNames.set(name, canonical);
    }
    return canonical;
  };

  tasks.forEach((task, index) => {
    const leaders: string[] = [];
    for (const name of task.leaders) {
      const r = resolve(name);
      if (r.unresolved) unresolved.set(name, r.unresolved);
      for (const target of r.targets) if (!leaders.includes(target)) leaders.push(target);
    }
    const units = taskUnits(task, canonicalUnit);
    const broken = new Set(task.unitsText ? brokenUnitNames(task.unitsText).map(canonicalUnit) : []);
    for (const unit of units) {
      if (doubtful.has(unit.name)) continue;
      const reason = unitDoubt(unit.name, names, broken);
      if (reason !== null) doubtful.set(unit.name, { name: unit.name, reason, cell: task.cells.units ?? '' });
    }
    const unitsLabel = units.map((u) => (u.lead ? `${u.name}（牵头）` : u.name)).join('、');
    const seq = task.seq ?? (task.seqText || `第${task.firstRow + 1}行`);
    const status = statusKey(task);
    const row: TaskRow = {
      task,
      index,
      seq,
      status,
      leaders,
      units,
      unitsLabel,
      widths: {
        annual: lineWidths(task.annual),
        month: lineWidths(task.monthTarget),
        progress: lineWidths(task.progress),
        units: lineWidths(unitsLabel),
      },
      cells: [
        source && task.cells.seq ? { value: seq, style: 'link', link: { sheet: source, cell: task.cells.seq } } : { value: seq, style: 'link' },
        { value: clip(task.annual), style: 'text' },
        { value: clip(task.monthTarget), style: 'text' },
        { value: clip(task.progress), style: 'text' },
        { value: status, style: STATUS_STYLE[status] },
      ],
    };
    rows.push(row);
    if (leaders.length === 0) noLeader.push(row);
    for (const leader of leaders) pushTo(byLeader, leader, row);
    for (const unit of row.units) pushTo(byUnit, unit.name, { row, lead: unit.lead });
  });

  return {
    rows,
    leaders: rosterOrder(byLeader, names.roster?.leaders).map(([name, list]) => ({ name, rows: list })),
    noLeader,
    units: rosterOrder(byUnit, names.roster?.units).map(([name, list]) => ({ name, rows: list })),
    unresolved: [...unresolved.values()],
    doubtfulUnits: [...doubtful.values()],
  };
}
