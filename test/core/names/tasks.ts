import * as fs from 'fs';
import * as path from 'path';
import type { Task } from '../../../src/core/model';
import { splitLeaders, splitUnits } from '../../../src/core/names';

/** A task as the table reader makes it, from the two name cells alone. */
export function task(leadersText: string, unitsText = '区发改局', seq = 1): Task {
  return {
    seq,
    seqText: String(seq),
    firstRow: seq + 1,
    lastRow: seq + 1,
    annual: '',
    monthTarget: '',
    progress: '',
    status: null,
    statusLabel: null,
    leadersText,
    leaders: [...new Set(splitLeaders(leadersText).map((t) => t.name))],
    unitsText,
    units: splitUnits(unitsText),
    cells: { seq: `A${seq + 2}`, annual: null, month: null, progress: null, leaders: `E${seq + 2}`, units: `F${seq + 2}` },
  };
}

/** Tasks with these leader cells, each repeated as often as asked. */
export function tasksOf(...cells: [string, number][]): Task[] {
  const out: Task[] = [];
  for (const [text, times] of cells) for (let i = 0; i < times; i++) out.push(task(text, '区发改局', out.length + 1));
  return out;
}

/** The seed's 124 tasks, read from its tab-separated text (header rows repeated at page breaks skipped). */
export function seedTasks(): Task[] {
  const text = fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'tongbao-2023-09.txt'), 'utf8');
  return text
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length === 6 && /^\d+$/.test((cols[0] as string).trim()))
    .map((cols) => task((cols[4] as string).trim(), (cols[5] as string).trim(), Number(cols[0])));
}
