import type { ReportTable, Task } from '../model';

/**
 * The tasks as numbered runs. Reports in sections ("一、经济发展", "二、社会民生") may number each section
 * from 1: a task numbered 1 right after a section heading starts a new run. Numbering that carries on
 * across sections stays one run.
 */
export function numberingRuns(table: ReportTable): Task[][] {
  const sections = table.sections ?? [];
  const runs: Task[][] = [];
  let current: Task[] = [];
  let next = 0;
  let previous: Task | null = null;
  for (const task of table.tasks) {
    let crossed = false;
    for (let s = sections[next]; s !== undefined && s.row < task.firstRow; s = sections[++next]) {
      if (previous !== null && s.row > previous.lastRow) crossed = true;
    }
    if (crossed && task.seq === 1 && current.length > 0) {
      runs.push(current);
      current = [];
    }
    current.push(task);
    previous = task;
  }
  if (current.length > 0) runs.push(current);
  return runs;
}
