import { measure } from './dims';
import { bigrams } from './grams';
import { isQualifier, scanFigures, type Raw } from './figures';
import { foldWidth, joinWrappedLines } from './normalize';
import { inSpans } from './noise';
import { itemAt, markedBefore, clauseStart, parenSpans, scopeStart, splitItems, type TextItem } from './scan';
import type { Claim } from './types';
import { APPROX_PREFIXES, DOWN_WORDS, SHARE, afterWords, basisOf, cleanMetric, endsWithAny, headingOf, lastGrowth, prefixBound } from './words';

export interface ReadText {
  /** The text with full-width digits folded and wrapped lines joined; offsets match the original. */
  folded: string;
  claims: Claim[];
  /** The text's points (sentences, numbered items); left empty when the text has no figure. */
  items: TextItem[];
}

const PART_MARK = /其中/g;
// What is hoped for, not done: 预计, 下一步, 力争. 计划 only as a verb (计划完成); 年度计划投资 names the plan itself.
const ESTIMATE_MARK = /预计|预估|预测|预期|拟|将于|将在|下一步|力争|确保|(?<![年度的])计划(?=完成|实现|播种|开工|引进|举办|发放)/g;
const CUMULATIVE_MARK = /累计|截至|截止|今年以来|年初以来|今年|前[一二三四1-4]季度|\d{1,2}\s*[-~至到]\s*\d{1,2}\s*月/g;
const ANNUAL_MARK = /(?<![\d〇零一二三四五六七八九])(?:年度|全年|本年|年内)/g;
const MONEY_WORDS = /投资|资金|收入|产值|贷款|金额|营业额|销售额|税收|利润|融资|债券|专款|出款|放贷|补助|经费|营收/;

/** All four scope markers in one pass: 其中, 预计, 累计 and 年度 and their kin. */
const SCOPE_MARKS = new RegExp(`(${PART_MARK.source})|(${ESTIMATE_MARK.source})|(${CUMULATIVE_MARK.source})|(${ANNUAL_MARK.source})`, 'g');

const markers = { parts: [] as number[], estimates: [] as number[], cumulative: [] as number[], annual: [] as number[] };

function scopeMarkers(text: string): { parts: number[]; estimates: number[]; cumulative: number[]; annual: number[] } {
  // Used only while one text is read, so the lists are reused rather than made per text.
  const found = markers;
  found.parts.length = 0;
  found.estimates.length = 0;
  found.cumulative.length = 0;
  found.annual.length = 0;
  SCOPE_MARKS.lastIndex = 0;
  for (let m = SCOPE_MARKS.exec(text); m !== null; m = SCOPE_MARKS.exec(text)) {
    if (m[1] !== undefined) found.parts.push(m.index);
    else if (m[2] !== undefined) found.estimates.push(m.index);
    else if (m[3] !== undefined) found.cumulative.push(m.index);
    else found.annual.push(m.index);
  }
  return found;
}

/** Whether a text may state progress on the year's task: a running total or the annual task named. */
export const YEAR_PROGRESS_HINT = new RegExp(`${CUMULATIVE_MARK.source}|${ANNUAL_MARK.source}`);

/**
 * Reads every figure in a report text: value, unit, bound and the words that say what it measures.
 * Dates, periods, ordinals, identifiers and quoted names are left out.
 */
export function readText(original: string): ReadText {
  const text = joinWrappedLines(foldWidth(original));
  const raws = scanFigures(text);
  // Items matter only around figures; a text without any is left unsplit.
  if (raws.length === 0) return { folded: text, claims: [], items: [] };
  const items = splitItems(text);

  const parens = parenSpans(text);
  const { parts, estimates, cumulative, annual } = scopeMarkers(text);

  const qualifiers = raws.map((r, i) => isQualifier(text, r, raws[i + 1]));
  const claims: Claim[] = [];
  let prevEnd = 0;
  let prevLead: string | null = null;
  let prevScope = -1;
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i] as Raw;
    const itemIndex = itemAt(items, r.start);
    const item = items[itemIndex] as TextItem;
    const floor = Math.max(item.start, prevEnd);
    const cStart = clauseStart(text, r.start, floor, true);
    const before = text.slice(cStart, r.start);
    const next = raws[i + 1];
    const after = afterWords(text, r.end, next ? next.start : text.length);
    const heading = headingOf(text, item.start, r.start);
    const scope = scopeStart(items, itemIndex);

    const growthWord = lastGrowth(before);
    const growth = growthWord !== null;
    const share = SHARE.test(before);
    const bound = r.bound !== 'exact' ? r.bound : prefixBound(before);
    const approx = r.approx || endsWithAny(compact(before.slice(-6)), APPROX_PREFIXES);
    // "实现营业收入3.2亿元，同比下降5.6%": a clause too short to name its figure borrows the words
    // of the figure before it in the same sentence.
    let lead = cleanMetric(heading + before);
    if (lead.length < 4 && prevLead !== null && prevScope === scope) lead = prevLead + lead;
    const metric = lead + cleanMetric(after);

    claims.push({
      value: r.value,
      upper: r.upper,
      base: r.value * r.factor,
      unit: r.unit,
      // 完成投资3.3亿: a bare 亿 or 万 among words about money is an amount of money.
      dim: r.dim.kind === 'bare' && MONEY_WORDS.test(lead) ? measure('money') : r.dim,
      bound,
      approx,
      estimate: markedBefore(estimates, scope, r.start),
      growth,
      down: growthWord !== null && DOWN_WORDS.has(growthWord),
      basis: growth ? basisOf(before) : null,
      part: inSpans(parens, r.start) || markedBefore(parts, scope, r.start),
      share,
      qualifier: qualifiers[i] as boolean,
      cumulative: markedBefore(cumulative, scope, r.start),
      annual: markedBefore(annual, scope, r.start),
      start: r.start,
      end: r.end,
      text: compact(original.slice(r.start, r.end)),
      metric,
      grams: bigrams(metric),
      item: itemIndex,
      index: claims.length,
    });
    // A threshold (50万元以上村达120个) belongs to the words of the figure after it.
    if (!qualifiers[i]) prevEnd = r.end;
    prevLead = lead;
    prevScope = scope;
  }
  return { folded: text, claims, items };
}

/** Without spaces; most pieces have none, so the copy is skipped. */
function compact(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x3000 || c === 0x0a) return s.replace(/\s+/g, '');
  }
  return s;
}
