import type { ReadText } from '../quantities/extract';
import { isMeasure, sameDim } from '../quantities/dims';
import type { Claim } from '../quantities/types';
import { STRONG_SIMILARITY, type Pairing } from './align';
import { verdict } from './compare';

/** Where the words naming a figure stop, going back from it; 、 too when a list is not wanted. */
const BREAK = /[，,。；;：:、（()）\n]/;
const CLAUSE_BREAK = /[，,。；;：:（()）\n]/;
/** Verbs and markers before the name of what is counted: 其中国家级, 新培育专精特新企业, 建成农家书屋. */
const LEAD = /^(?:\d{1,2}[.、])?(?:其中|包括|含|全年|年内|本月|累计|新增|新培育|培育|新建|建成|建设|完成|实现|引进|打造|创建|认定|共|有)+/;
const TAIL = /(?:总数|数量|共计|合计|总计|达到|达|为|共|计|有|的)+$/;
/** A list of what one figure counts: 农家书屋、文化广场; 和, 及, 与 join two. */
const LIST = /、|和|及|与/;
/** 各30处: each, not together. */
const EACH = /各$/;

function wordsBefore(text: string, c: Claim, breaks: RegExp): string {
  let s = c.start;
  while (s > 0 && !breaks.test(text[s - 1] as string) && c.start - s < 24) s--;
  return text.slice(s, c.start).replace(/\s+/g, '');
}

/** What a figure counts, in the text's own words: 国家级 for 其中国家级12家, 农家书屋 for 建成农家书屋18处. */
export function countedName(text: string, c: Claim): string {
  return wordsBefore(text, c, BREAK).replace(LEAD, '').replace(TAIL, '');
}

/** Same unit, neither a share nor a threshold; a rate with a rate (提升 before a count is no rate). */
function sameKind(t: Claim, a: Claim): boolean {
  const rate = isMeasure(t.dim, 'pct') || isMeasure(t.dim, 'pp');
  return sameDim(t.dim, a.dim) && (!rate || t.growth === a.growth) && !a.share && !a.qualifier && !t.share && !t.qualifier;
}

/**
 * A target that counts one category of a total the progress reports with its parts: 培育国家级专精特新
 * 企业20家 against 新培育专精特新企业45家，其中国家级12家 is answered by the 12, not the 45.
 */
function categoryPart(t: Claim, month: ReadText, progress: ReadText): Claim | null {
  if (t.part) return null;
  const targetWords = wordsBefore(month.folded, t, CLAUSE_BREAK);
  for (let i = 0; i < progress.claims.length; i++) {
    const a = progress.claims[i] as Claim;
    if (!a.part || !sameKind(t, a)) continue;
    const name = countedName(progress.folded, a);
    if (name.length < 2 || !targetWords.includes(name)) continue;
    const total = totalBefore(progress.claims, i);
    if (total === null || !sameKind(t, total)) continue;
    // The total named the category itself (国家级专精特新企业45家): it is the answer, as paired.
    if (wordsBefore(progress.folded, total, CLAUSE_BREAK).includes(name)) continue;
    return a;
  }
  return null;
}

function totalBefore(claims: readonly Claim[], i: number): Claim | null {
  for (let j = i - 1; j >= 0; j--) {
    const c = claims[j] as Claim;
    if (!c.part) return c;
  }
  return null;
}

/**
 * A target naming several categories with one figure (建成农家书屋、文化广场共30处) is answered by the sum of
 * the figures the progress gives each of them (农家书屋18处、文化广场14处: 32处). Null unless every
 * category has exactly one figure of the target's kind.
 */
function categorySum(t: Claim, month: ReadText, progress: ReadText): Claim | null {
  if (t.part) return null;
  const raw = wordsBefore(month.folded, t, CLAUSE_BREAK);
  if (EACH.test(raw)) return null;
  const names = raw.replace(LEAD, '').replace(TAIL, '').split(LIST).map((n) => n.replace(LEAD, '').replace(TAIL, ''));
  if (names.length < 2 || names.some((n) => n.length < 2)) return null;
  const found: Claim[] = [];
  for (const name of names) {
    const hits = progress.claims.filter((a) => !a.part && sameKind(t, a) && !a.cumulative === !t.cumulative && countedName(progress.folded, a).endsWith(name));
    if (hits.length !== 1) return null;
    found.push(hits[0] as Claim);
  }
  const first = found[0] as Claim;
  const base = found.reduce((s, c) => s + c.base, 0);
  const factor = first.base / first.value || 1;
  return { ...first, value: base / factor, base, upper: null, bound: 'exact', approx: found.some((c) => c.approx), estimate: found.some((c) => c.estimate), text: found.map((c) => c.text).join('+') };
}

/**
 * Pairings corrected for targets that count a category: the matching part of a total, or the sum of the
 * named categories, answers the target in place of the figure the words alone would pair it with.
 */
export function withCategories(pairings: Pairing[], month: ReadText, progress: ReadText): Pairing[] {
  return pairings.map((p) => {
    const answer = categoryPart(p.target, month, progress) ?? categorySum(p.target, month, progress);
    if (answer === null) return p;
    const v = verdict(p.target, answer);
    return { target: p.target, best: answer, similarity: Math.max(p.similarity, STRONG_SIMILARITY), verdict: v, anyMet: v === 'met' };
  });
}
