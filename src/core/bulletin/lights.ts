import { parseA1 } from '../address';
import type { Finding } from '../findings';
import type { Task } from '../model';

/** A task's red progress lights that a 通报 names beside it: passed deadlines and 序时进度 far behind. */
export interface RedLights {
  deadlines: string[];
  schedule: string | null;
}

function rowOf(cell: string): number | null {
  try {
    return parseA1(cell).row;
  } catch {
    return null;
  }
}

function taskAt(tasks: readonly Task[], row: number): number {
  // Tasks are in sheet order: a binary search keeps this linear overall on large reports.
  let lo = 0;
  let hi = tasks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tasks[mid]!;
    if (row < t.firstRow) hi = mid - 1;
    else if (row > t.lastRow) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function scheduleText(finding: Finding): string | null {
  if (finding.rule !== 'overdue.schedule') return null;
  const p = finding.params as { actual: number; expected: number };
  return `年度进度${p.actual}%，低于序时进度${p.expected}%`;
}

/** Red lights by task index in the report. */
export function redLights(tasks: readonly Task[], findings: readonly Finding[]): Map<number, RedLights> {
  const out = new Map<number, RedLights>();
  for (const f of findings) {
    if (f.light !== 'red' || (f.rule !== 'overdue.deadline' && f.rule !== 'overdue.schedule')) continue;
    const row = rowOf(f.cell);
    const index = row === null ? -1 : taskAt(tasks, row);
    if (index < 0) continue;
    const lights = out.get(index) ?? { deadlines: [], schedule: null };
    if (f.rule === 'overdue.deadline') {
      const p = f.params as { deadline: string };
      if (!lights.deadlines.includes(p.deadline)) lights.deadlines.push(p.deadline);
    } else {
      lights.schedule = scheduleText(f);
    }
    out.set(index, lights);
  }
  return out;
}
