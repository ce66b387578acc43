import type { Issue } from '../findings';
import { previousEvidence, previousTask } from '../history/evidence';
import { STRONG_SIMILARITY } from '../judge/align';
import { phraseOf } from '../judge/phrase';
import { progressBody, readingsOf } from '../judge/reading';
import { isMeasure, sameDim } from '../quantities/dims';
import { readText } from '../quantities/extract';
import { dice, shareContent } from '../quantities/grams';
import type { Claim } from '../quantities/types';
import type { Rule } from './types';

export interface HistoryCumulativeDecreaseParams {
  sheet: string;
  /** The running totals compared, as written: last month's, then this month's. */
  before: string;
  now: string;
}

/** A running total stated as a result: not an estimate, a part, a rate, a share or a threshold. */
function runningTotal(c: Claim): boolean {
  return c.cumulative && !c.estimate && !c.part && !c.growth && !c.share && !c.qualifier && c.base > 0 && !isMeasure(c.dim, 'pct') && !isMeasure(c.dim, 'pp') && c.dim.kind !== 'bare';
}

/** Figures of 左右, 约 or 近 may differ by a tenth without being a different amount. */
function smaller(now: Claim, before: Claim): boolean {
  const slack = now.approx || before.approx ? 0.9 : 1 - 1e-9;
  return now.base < before.base * slack;
}

/** Last month's running total of the same measure and unit as `now`: the one whose words are most alike. */
function partner(now: Claim, before: readonly Claim[]): Claim | null {
  let best: Claim | null = null;
  let bestSim = STRONG_SIMILARITY;
  for (const b of before) {
    if (!sameDim(b.dim, now.dim)) continue;
    const sim = dice(now.grams, b.grams);
    if (sim >= bestSim && shareContent(now.grams, b.grams)) {
      best = b;
      bestSim = sim;
    }
  }
  return best;
}

/**
 * A running total (累计, 截至, 1-N月) smaller than last month's for the same measure and unit: a total
 * for the year so far can only grow, so one of the two figures is wrong. Figures are compared on one
 * scale (9800万元 and 1.02亿元 are compared as yuan).
 */
export const historyCumulativeDecrease: Rule<'history.cumulative-decrease', HistoryCumulativeDecreaseParams> = {
  id: 'history.cumulative-decrease',
  severity: 'error',
  kind: 'data',
  meta: {
    title: { zh: '累计数比上月少', en: 'Running total fell' },
    description: {
      zh: '完成情况中的累计数（累计、截至、1-N月）比上月同一指标、同一单位的累计数小',
      en: 'A running total (累计, 截至, 1-N月) is smaller than last month\'s for the same measure and unit',
    },
    messages: {
      zh: (p) => `累计数比上月少：上月“${p.sheet}”为“${p.before}”，本月为“${p.now}”。累计数只增不减，请核实数字。`,
      en: (p) => `The running total fell: "${p.before}" last month ("${p.sheet}"), "${p.now}" now. A total for the year so far cannot fall; check the figures.`,
    },
  },
  check({ table, history }) {
    const issues: Issue<'history.cumulative-decrease'>[] = [];
    if (!history) return issues;
    const read = readingsOf(table.tasks);
    table.tasks.forEach((task, i) => {
      const before = previousTask(history, i);
      if (!before || task.cells.progress === null) return;
      const reading = read(i);
      const totals = reading.progress.claims.filter(runningTotal);
      if (!totals.length) return;
      const beforeBody = progressBody(before);
      const earlier = readText(beforeBody).claims.filter(runningTotal);
      for (const now of totals) {
        const was = partner(now, earlier);
        if (was === null || !smaller(now, was)) continue;
        const nowText = phraseOf(reading.body, now);
        const beforeText = phraseOf(beforeBody, was);
        issues.push({
          rule: 'history.cumulative-decrease',
          cell: task.cells.progress,
          seq: task.seq,
          params: { sheet: history.info.sheet, before: beforeText, now: nowText },
          evidence: {
            progress: { text: nowText, value: now.value, unit: now.unit },
            previous: previousEvidence(history, before, beforeText),
          },
        });
        break;
      }
    });
    return issues;
  },
};
