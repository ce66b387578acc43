import type { Issue } from '../findings';
import type { Task } from '../model';
import { numberingRuns } from './seq-runs';
import type { Rule } from './types';
import { listEn, listZh } from '../messages/format';

export interface SeqGapParams {
  after: number;
  missing: number[];
}

/** Numbers listed in one message at most; a longer run is cut short. */
const MAX_LISTED = 20;
/** A jump this long is a mistyped number (seq.order shows it), not lost rows. */
const MAX_RUN = 50;

export const seqGap: Rule<'seq.gap', SeqGapParams> = {
  id: 'seq.gap',
  severity: 'warning',
  kind: 'data',
  meta: {
    title: { zh: '序号跳号', en: 'Skipped No.' },
    description: {
      zh: '序号跳号，或没有从 1 开始',
      en: 'Numbers are skipped, or the numbering does not start at 1',
    },
    messages: {
      zh: (p) =>
        p.after === 0
          ? `序号没有从 1 开始，缺少 ${listZh(p.missing)}。请检查是否漏行或编号跳号。`
          : `序号 ${p.after} 之后缺少 ${listZh(p.missing)}。请检查是否漏行或编号跳号。`,
      en: (p) =>
        p.after === 0
          ? `Numbering does not start at 1: ${listEn(p.missing)} is missing. Check for a lost row or a skipped number.`
          : `After No. ${p.after}, ${listEn(p.missing)} is missing. Check for a lost row or a skipped number.`,
    },
  },
  check({ table }) {
    return numberingRuns(table).flatMap(gapsIn);
  },
};

/** Missing numbers in one numbered run. */
function gapsIn(run: Task[]): Issue<'seq.gap'>[] {
  const numbered = run.filter((t): t is Task & { seq: number } => t.seq !== null);
  if (numbered.length === 0) return [];
  const at = new Map<number, Task>();
  for (const t of numbered) if (!at.has(t.seq)) at.set(t.seq, t);
  const present = [...at.keys()].sort((a, b) => a - b);
  const issues: Issue<'seq.gap'>[] = [];
  let after = 0;
  for (const n of present) {
    const runLength = n - after - 1;
    if (runLength > 0 && runLength <= MAX_RUN) {
      const missing: number[] = [];
      for (let m = after + 1; m < n && missing.length < MAX_LISTED; m++) missing.push(m);
      // Marked on the task after which the numbers should come, or on the first task when 1 is missing.
      const anchor = after === 0 ? numbered[0] : at.get(after);
      if (anchor) issues.push({ rule: 'seq.gap', cell: anchor.cells.seq, seq: anchor.seq, params: { after, missing } });
    }
    after = n;
  }
  return issues;
}
