import { sameDim } from '../quantities/dims';
import type { Claim } from '../quantities/types';

export type Verdict = 'met' | 'short' | 'unsure';

/** Relative slack when either side is approximate (15%左右, 约2万吨): within it there is no shortfall. */
export const APPROX_TOLERANCE = 0.1;

/**
 * Whether a progress figure can answer a target figure at all: the same kind of quantity, a rate
 * with a rate (同比 never with 环比) and a level with a level, a part with a part. Shares and
 * thresholds answer nothing.
 */
export function compatible(target: Claim, actual: Claim): boolean {
  return (
    sameDim(target.dim, actual.dim) &&
    target.growth === actual.growth &&
    target.part === actual.part &&
    (target.basis === null || actual.basis === null || target.basis === actual.basis) &&
    !target.share &&
    !actual.share &&
    !target.qualifier &&
    !actual.qualifier
  );
}

/**
 * Does the actual figure meet the target figure? A target is a floor unless it says otherwise
 * (控制在…以内, 不超过: a ceiling; 下降3%: a fall of at least 3%). Approximate figures get slack.
 */
export function verdict(target: Claim, actual: Claim): Verdict {
  const approx = target.approx || actual.approx;
  const slack = approx ? Math.abs(target.base) * APPROX_TOLERANCE : Math.abs(target.base) * 1e-9;
  const t = target.down ? -target.base : target.base;
  const a = actual.down ? -actual.base : actual.base;
  const ceiling = (target.bound === 'max') !== target.down;
  const upper = actual.upper === null ? null : (actual.down ? -1 : 1) * actual.upper * (actual.base / actual.value || 1);
  if (ceiling) {
    if (a <= t + slack) return actual.bound === 'min' ? 'unsure' : 'met';
    return actual.bound === 'max' ? 'unsure' : 'short';
  }
  if (upper !== null && Math.max(a, upper) < t - slack) return 'short';
  if (a >= t - slack) {
    // "不足100户" says only that it is below 100.
    if (actual.bound === 'max') return a <= t ? 'short' : 'unsure';
    return 'met';
  }
  // "10余场" against 12场: at least 10 is not shown to be short.
  if (actual.bound === 'min' && upper === null) return 'unsure';
  return upper !== null ? 'unsure' : 'short';
}
