import { dice, shareContent } from '../quantities/grams';
import { isMeasure, sameDim } from '../quantities/dims';
import type { Claim } from '../quantities/types';
import { compatible, verdict, type Verdict } from './compare';

/** Below this metric similarity two figures are not about the same thing. */
export const MIN_SIMILARITY = 0.3;
/** At or above this, a pairing is confident enough to call a shortfall an error. */
export const STRONG_SIMILARITY = 0.45;
/** A partner at least this share as alike as the best one counts when it meets the target. */
const RIVAL_SHARE = 0.5;
/** Weight of position in choosing a partner: reports answer their points in order. */
const ORDER_WEIGHT = 0.1;

export interface Pairing {
  target: Claim;
  /** The progress figure most alike in what it measures, or null when none is alike enough. */
  best: Claim | null;
  similarity: number;
  verdict: Verdict | null;
  /** Some plausible partner (not only the best) meets the target. */
  anyMet: boolean;
}

/** The figures in a target that state a goal: thresholds and shares describe, they do not ask. */
export function goals(claims: readonly Claim[]): Claim[] {
  return claims.filter((c) => !c.qualifier && !c.share);
}

/**
 * The goals of a month target. A figure for the whole year quoted there (全年新增就业4500人，9月底
 * 累计3375人) is not the month's goal; a share of the year's task (完成年度任务的70%) and a running
 * total (累计完成年度投资6000万元) are.
 */
export function monthGoals(claims: readonly Claim[]): Claim[] {
  return claims.filter(isMonthGoal);
}

/** Whether a text's figures hold any goal of the month, without listing them. */
export function hasMonthGoal(claims: readonly Claim[]): boolean {
  return claims.some(isMonthGoal);
}

function isMonthGoal(c: Claim): boolean {
  return !c.qualifier && !c.share && (!c.annual || c.cumulative || isMeasure(c.dim, 'pct'));
}

/**
 * Pairs each month-target figure with the progress figure of a compatible unit whose metric words are
 * most alike, preferring the same position in the text. A target with no partner above
 * MIN_SIMILARITY is left unpaired: no partner, no judgement.
 */
export function align(targets: readonly Claim[], actuals: readonly Claim[]): Pairing[] {
  const out: Pairing[] = [];
  const nt = Math.max(1, targets.length - 1);
  const na = Math.max(1, actuals.length - 1);
  const targetGoals = monthGoals(targets);
  const sims: number[] = [];
  const met: boolean[] = [];
  for (const t of targetGoals) {
    let best: Claim | null = null;
    let bestScore = -1;
    let bestSim = 0;
    sims.length = 0;
    met.length = 0;
    const only = onlyPair(t, targetGoals, actuals);
    for (const a of actuals) {
      if (!compatible(t, a)) continue;
      let sim = dice(t.grams, a.grams);
      // The one figure of a kind on each side (5000万美元 / 4870万美元) answer each other even
      // when worded apart (引进外资 / 实际利用外资), as long as they share a word that names something.
      if (a === only && shareContent(t.grams, a.grams)) sim = Math.max(sim, STRONG_SIMILARITY);
      if (sim < MIN_SIMILARITY) continue;
      sims.push(sim);
      // A running total (累计900亩) cannot answer for a month's amount (本月完成100亩).
      met.push(verdict(t, a) === 'met' && (t.cumulative || !a.cumulative));
      const score = sim + ORDER_WEIGHT * (1 - Math.abs(t.index / nt - a.index / na));
      if (score > bestScore) {
        bestScore = score;
        best = a;
        bestSim = sim;
      }
    }
    // A rival partner nearly as alike as the best one may be the real answer (3处 checked in one
    // sentence, 3处 assessed in the next); one far less alike (累计 against 本月) is not.
    const floor = Math.max(MIN_SIMILARITY, RIVAL_SHARE * bestSim);
    let anyMet = false;
    for (let i = 0; i < sims.length; i++) if (met[i] && (sims[i] as number) >= floor) anyMet = true;
    out.push({ target: t, best, similarity: bestSim, verdict: best ? verdict(t, best) : null, anyMet });
  }
  return out;
}

/** The progress figure that is the only possible partner of t, when t is its target's only figure of that kind. */
function onlyPair(t: Claim, targetGoals: readonly Claim[], actuals: readonly Claim[]): Claim | null {
  let rivals = 0;
  for (const o of targetGoals) if (sameDim(o.dim, t.dim) && o.growth === t.growth && o.part === t.part) rivals++;
  if (rivals !== 1) return null;
  let only: Claim | null = null;
  for (const a of actuals) {
    if (!compatible(t, a)) continue;
    if (only !== null) return null;
    only = a;
  }
  return only;
}
