import { isMeasure } from '../quantities/dims';
import type { Evidence, Severity, Span } from '../findings';
import type { Claim } from '../quantities/types';
import type { ReadText } from '../quantities/extract';
import { align, hasMonthGoal, MIN_SIMILARITY, STRONG_SIMILARITY, type Pairing } from './align';
import { findCue, PENDING_SIGNS, type CueHit } from './cues';
import { phraseOf, targetName } from './phrase';
import { withCategories } from './parts';
import type { TaskReading } from './reading';

export interface Shortfall {
  pairing: Pairing & { best: Claim };
  /** error when the figures are plain results; warning when the actual is only an estimate (预计). */
  severity: Severity;
  evidence: Evidence;
  /** The target figure is the year's (a December row whose month target has none). */
  annual?: boolean;
}

/**
 * The first month-target figure a confidently paired progress figure falls short of, where no
 * other plausible figure in the progress text meets it. Parts, shares and thresholds are never paired
 * across, so a part is never read as the total.
 */
export function findShortfall(r: TaskReading, monthTarget: string): Shortfall | null {
  // The progress text is read only when the target has a figure to answer.
  if (!hasMonthGoal(r.month.claims)) return null;
  for (const p of withCategories(align(r.month.claims, r.progress.claims), r.month, r.progress)) {
    if (p.best === null || p.verdict !== 'short' || p.anyMet || p.similarity < STRONG_SIMILARITY) continue;
    const best = p.best;
    return {
      pairing: { ...p, best },
      severity: best.estimate ? 'warning' : 'error',
      evidence: { target: span(monthTarget, p.target), progress: span(r.body, best) },
    };
  }
  return null;
}

/**
 * In the year's last report, a month target with no figure leaves the year's own target to answer: a
 * running or full-year total in the progress text (全年累计新增城镇就业5200人) is judged against the annual
 * target figure of its unit (全年新增城镇就业6000人).
 */
export function findYearShortfall(r: TaskReading, annualText: string): Shortfall | null {
  if (hasMonthGoal(r.month.claims)) return null;
  const totals = r.progress.claims.filter((c) => (c.cumulative || c.annual) && !c.part && !c.growth);
  if (totals.length === 0) return null;
  const annualGoals = r.annual.claims.filter((c) => !c.qualifier && !c.share && !c.growth && !isMeasure(c.dim, 'pct')).map((c) => ({ ...c, annual: false, cumulative: true }));
  const asTotals = totals.map((c) => ({ ...c, annual: false, cumulative: true }));
  for (const p of align(annualGoals, asTotals)) {
    if (p.best === null || p.verdict !== 'short' || p.anyMet || p.similarity < STRONG_SIMILARITY) continue;
    const best = p.best;
    return {
      pairing: { ...p, best },
      severity: best.estimate ? 'warning' : 'error',
      evidence: { target: span(annualText, p.target), progress: span(r.body, best) },
      annual: true,
    };
  }
  return null;
}

/** A negative cue in the progress text, unless the target only asked for the same work to go on. */
export function negativeCue(r: TaskReading, monthTarget: string): CueHit | null {
  return findCue(r.body, monthTarget);
}

/**
 * Every goal figure of the month target met by its best partner, and every point of the target
 * carrying a figure, with nothing in the progress text that sounds pending. Returns the pairings,
 * or null when any of that fails: a row is called better than its label only on full evidence.
 */
export function allTargetsMet(r: TaskReading): Pairing[] | null {
  if (!hasMonthGoal(r.month.claims)) return null;
  if (!everyPointHasFigure(r.month)) return null;
  if (PENDING_SIGNS.test(r.body) || findCue(r.body, '') !== null) return null;
  const pairings = withCategories(align(r.month.claims, r.progress.claims), r.month, r.progress);
  for (const p of pairings) {
    if (p.best === null || p.verdict !== 'met' || p.similarity < MIN_SIMILARITY || p.best.estimate) return null;
  }
  return pairings;
}

/**
 * Every demand of the target carries a figure: each clause (split at ，。； and at 并, 同时, 同步, 以及)
 * with some words, a heading before a colon aside, holds a figure. 完成主体施工80%并开始设备安装 asks
 * for something no figure can show met.
 */
function everyPointHasFigure(t: ReadText): boolean {
  const starts = t.claims.filter((c) => !c.qualifier).map((c) => c.start);
  const text = t.folded;
  DEMAND_BREAK.lastIndex = 0;
  let from = 0;
  for (;;) {
    const m = DEMAND_BREAK.exec(text);
    const to = m === null ? text.length : m.index;
    if (!clauseHasFigure(text, from, to, starts)) return false;
    if (m === null) return true;
    from = m.index + m[0].length;
  }
}

const DEMAND_BREAK = /[，,。；;！？!?\n]|并且|并|同时|同步|以及/g;

function clauseHasFigure(text: string, from: number, to: number, starts: readonly number[]): boolean {
  let s = from;
  for (let i = to - 1; i >= from; i--) {
    if (text[i] === '：' || text[i] === ':') {
      s = i + 1;
      break;
    }
  }
  const words = text.slice(s, to).match(/[\u4e00-\u9fff]/g);
  if (words === null || words.length < 4) return true;
  return starts.some((p) => p >= s && p < to);
}

export function span(text: string, c: Claim): Span {
  return { text: phraseOf(text, c), value: c.value, unit: c.unit };
}

export function describeMet(p: Pairing, monthTarget: string): string {
  const best = p.best as Claim;
  return `${targetName(monthTarget, p.target)}${best.text}（目标${p.target.text}）`;
}
