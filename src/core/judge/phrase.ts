import type { Claim } from '../quantities/types';

const BREAK = /[，,。；;：:、！？!?\n（）()]/;

/** The words leading up to a figure and the figure itself, as written, for a message or evidence. */
export function phraseOf(text: string, claim: Claim, max = 24): string {
  let s = claim.start;
  while (s > 0 && !BREAK.test(text[s - 1] as string) && claim.start - s < max) s--;
  // "…已完成55家，完成率60.4%": a bare clause needs the one before it to say what it is.
  if (claim.start - s < 4 && s > 1 && /[，,]/.test(text[s - 1] as string)) {
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
