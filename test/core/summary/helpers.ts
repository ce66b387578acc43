import type { Status, Task, UnitRef } from '../../../src/core/model';
import type { LeaderVerdict, NameIndex, Roster } from '../../../src/core/names/types';
import type { SummarySource } from '../../../src/core/summary/types';

export interface TaskSpec {
  seq: number | null;
  status: Status | null;
  leaders: string[];
  /** Unit names; a trailing * marks the lead. */
  units?: string[];
  progress?: string;
  annual?: string;
  month?: string;
  seqText?: string;
}

/** A task as the table reader would give it, on sheet row `row` (0-based). */
export function task(spec: TaskSpec, row: number): Task {
  const units: UnitRef[] = (spec.units ?? []).map((u) => {
    const lead = u.endsWith('*');
    const name = lead ? u.slice(0, -1) : u;
    return { name, raw: lead ? `${name}（牵头）` : name, lead, leadInferred: false };
  });
  const r = row + 1;
  return {
    seq: spec.seq,
    seqText: spec.seqText ?? (spec.seq === null ? '' : String(spec.seq)),
    firstRow: row,
    lastRow: row,
    annual: spec.annual ?? `年度目标${spec.seq ?? ''}`,
    monthTarget: spec.month ?? `本月目标${spec.seq ?? ''}`,
    progress: spec.progress ?? `${spec.status ?? ''}。进展${spec.seq ?? ''}`,
    status: spec.status,
    statusLabel: spec.status,
    leadersText: spec.leaders.join(' '),
    leaders: spec.leaders,
    unitsText: units.map((u) => u.raw).join(' '),
    units,
    cells: { seq: `A${r}`, annual: `B${r}`, month: `C${r}`, progress: `D${r}`, leaders: `E${r}`, units: `F${r}` },
  };
}

/** A name index with given verdicts; names not listed are fine as written. */
export function nameIndex(verdicts: Record<string, LeaderVerdict> = {}, roster: Roster | null = null, unitMap: Record<string, string> = {}): NameIndex {
  return {
    roster,
    leader: (name) => verdicts[name] ?? { kind: 'ok', canonical: name },
    unit: (name) => ({ canonical: unitMap[name] ?? name, known: roster ? roster.units.includes(unitMap[name] ?? name) : null }),
  };
}

/** A report whose tasks start on sheet row 3 (0-based 2), under a title and a header row. */
export function report(specs: TaskSpec[], names: NameIndex = nameIndex(), extra: Partial<SummarySource> = {}): SummarySource {
  return {
    sheet: '9月',
    title: '2023年重点工作9月份完成情况通报表',
    month: 9,
    year: 2023,
    tasks: specs.map((s, i) => task(s, i + 2)),
    names,
    ...extra,
  };
}
