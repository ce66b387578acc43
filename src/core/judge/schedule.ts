import type { Claim } from '../quantities/types';
import { isMeasure, sameDim } from '../quantities/dims';
import type { ReadText } from '../quantities/extract';
import { dice, shareContent } from '../quantities/grams';
import { MIN_SIMILARITY, goals } from './align';
import { phraseAround } from './phrase';

/** The texts of a task, each read on first use (TaskReading). */
export interface ScheduleTexts {
  readonly annual: ReadText;
  readonly progress: ReadText;
  /** The progress text the progress figures were read from. */
  readonly body: string;
}

/** Annual progress read from a progress text, as a percentage of the year's target. */
export interface ScheduleReading {
  /** Percent of the annual target done, one decimal. */
  actual: number;
  /** The progress figure it rests on. */
  progress: Claim;
  progressText: string;
  /** The annual target figure it was divided by; null when the text states the percentage itself. */
  target: Claim | null;
  targetText: string | null;
}

const STATED = /完成|进度|完成率|任务|占/;
/** 投资完成率 is read against the year's investment plan even when 年度 is not written. */
const INVESTMENT_RATE = /投资完成率\s*(?:为|达到|达)?\s*$/;

/**
 * Words that make a percentage a share of the whole task done, whatever the month: 形象进度58%,
 * 工程进度60%, 完成年度任务的72%, 任务完成率80%, 完成投资计划的65% (a bare 完成率 may be the month plan's).
 */
const SHARE_OF_TASK = /(?:形象进度|工程进度|施工进度|建设进度|项目进度|总体进度|(?:年度|全年|任务|总体|计划|目标)完成率|完成(?:年度|全年)?(?:目标)?任务的?|完成(?:年度|全年)?(?:投资)?计划的?|完成(?:年度|全年)目标的?)\s*(?:已|为|达到|达|约)?\s*$/;

/** Whether a progress text may state a share of the task done (a quick test before the figures are read). */
export const SHARE_OF_TASK_HINT = /进度|完成率|任务的|计划的|目标的/;

/**
 * Reads how far the year's target is done: a stated percentage of the annual task (完成年度任务的72%,
 * 年度投资完成率77.6%, 投资完成率60.5%), or a running total (累计, 截至, 1-9月) against the annual
 * target figure of the same unit whose words are most alike. Returns the reading furthest behind,
 * or null when none.
 */
export function readSchedule(texts: ScheduleTexts, annualText: string): ScheduleReading | null {
  // The phrases quoting the figures are built for the reading furthest behind only.
  let worst: { actual: number; progress: Claim; target: Claim | null } | null = null;
  const consider = (actual: number, p: Claim, target: Claim | null) => {
    if (worst === null || actual < worst.actual) worst = { actual, progress: p, target };
  };
  const progress = texts.progress;
  const progressText = texts.body;
  let annualGoals: Claim[] | null = null;
  for (const p of progress.claims) {
    if (p.estimate || p.part || p.growth || p.qualifier || p.base < 0) continue;
    if (isMeasure(p.dim, 'pct')) {
      // The words written right before the rate, not those borrowed from the clause before it.
      const before = progressText.slice(Math.max(0, p.start - 12), p.start);
      if ((p.annual && STATED.test(p.metric)) || INVESTMENT_RATE.test(before) || SHARE_OF_TASK.test(before)) {
        consider(round1(p.value), p, null);
      }
      continue;
    }
    if (!p.cumulative || p.share || isMeasure(p.dim, 'pp') || p.dim.kind === 'bare') continue;
    // The annual target is read only for a row that reports a running total.
    annualGoals ??= goals(texts.annual.claims).filter((c) => !c.growth && !c.part && c.bound !== 'max' && !isMeasure(c.dim, 'pct') && !isMeasure(c.dim, 'pp') && c.base > 0);
    let best: Claim | null = null;
    let bestSim = MIN_SIMILARITY;
    for (const t of annualGoals) {
      if (!sameDim(t.dim, p.dim)) continue;
      const sim = dice(t.grams, p.grams);
      if (sim >= bestSim && shareContent(t.grams, p.grams)) {
        best = t;
        bestSim = sim;
      }
    }
    if (best === null) best = onlyPartner(annualGoals, progress.claims, p);
    if (best === null) continue;
    consider(round1((p.base / best.base) * 100), p, best);
  }
  if (worst === null) return null;
  const { actual, progress: p, target } = worst;
  return {
    actual,
    progress: p,
    progressText: phraseAround(progressText, p),
    target,
    targetText: target === null ? null : phraseAround(annualText, target),
  };
}

/**
 * When the year's target has one figure of a unit and the progress one running total of it
 * (年内引进外资8000万美元 / 1-9月实际利用外资4870万美元), they answer each other even in other
 * words, provided they share a word that names something (外资), not only 新增 or 完成.
 */
function onlyPartner(annualGoals: readonly Claim[], progress: readonly Claim[], p: Claim): Claim | null {
  const targets = annualGoals.filter((t) => sameDim(t.dim, p.dim));
  if (targets.length !== 1) return null;
  const totals = progress.filter((c) => sameDim(c.dim, p.dim) && c.cumulative && !c.part && !c.growth && !c.share && !c.qualifier && !c.estimate);
  if (totals.length !== 1) return null;
  const t = targets[0] as Claim;
  return shareContent(t.grams, p.grams) ? t : null;
}

/** 序时进度: the share of the year gone by the end of the report month, in percent. */
export function expectedByMonth(month: number): number {
  return round1((month / 12) * 100);
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
