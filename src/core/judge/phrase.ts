import type { Claim } from '../quantities/types';

const BREAK = /[，,。；;：:、！？!?\n（）()]/;

/** The words leading up to a figure and the figure itself, as written, for a message or evidence. */
export function phraseOf(text: string, claim: Claim, max = 24): string {
  let s = claim.start;
  while (s > 0 && !BREAK.test(text[s - 1] as string) && claim.start - s < max) s--;
  // "…已完成55家，完成率60.4%": a bare clause needs the one before it to say what it is.
  if (claim.start - s < 6 && s > 1 && /[，,]/.test(text[s - 1] as string)) {
    s--;
    while (s > 0 && !BREAK.test(text[s - 1] as string) && claim.start - s < max) s--;
  }
  return text.slice(s, claim.end).replace(/\s+/g, '').replace(/^\d{1,2}[.、](?!\d)/, '');
}

/** The metric words of a figure, short enough to name it in a message. */
export function metricName(claim: Claim, max = 14): string {
  const m = claim.metric.replace(/^\d{1,2}[.、]?/, '');
  return m.length > max ? m.slice(m.length - max) : m;
}

const LEAD_FILLER = /^(?:力争|争取|确保|积极)+/;
const GENERIC = /^(?:已?完成|实现|达到|新增|累计|共|合计)?$/;
const TAIL_FILLER = /(?:达到|达|的|为|至|到|约|近|共计|合计|共|不超过|超过|不低于|不少于|至少|控制在|突破|不高于|低于|≤|≥)+$/;

/**
 * What a target figure measures, in the target's own words: 规上服务业营业收入完成同比增长 for
 * 15%左右, 1060米场地平整任务 for 70%. Falls back to the cleaned metric when the clause is bare.
 */
export function targetName(text: string, claim: Claim, max = 20): string {
  const phrase = phraseOf(text, claim, 30);
  const figure = claim.text;
  let name = phrase.endsWith(figure) ? phrase.slice(0, phrase.length - figure.length) : phrase;
  name = name.replace(LEAD_FILLER, '').replace(TAIL_FILLER, '');
  if (name.length < 2) name = metricName(claim);
  // 完成70% names nothing beyond the figure; the message then quotes the figures alone.
  if (GENERIC.test(name)) return '';
  return name.length > max ? name.slice(name.length - max) : name;
}

/** phraseOf with the words after the figure when the words before say too little: 累计完成22个村庄治理. */
export function phraseAround(text: string, claim: Claim, max = 24): string {
  const phrase = phraseOf(text, claim, max);
  if (phrase.length - claim.text.length >= 8) return phrase;
  let e = claim.end;
  while (e < text.length && !BREAK.test(text[e] as string) && e - claim.end < 10) e++;
  return phrase + text.slice(claim.end, e).replace(/\s+/g, '');
}
