import { bigrams, dice } from '../quantities/grams';
import { foldWidth } from '../quantities/normalize';

/** At or above this bigram similarity the progress text repeats its target. */
export const RESTATE_SIMILARITY = 0.8;

/** Words that turn a target into a report without adding anything: 已, 积极, 完成, 进一步… */
const FILLER = /已经|已|了|均|积极|进一步|认真|按时|顺利|成功|圆满|完成|开展|进行|做好|持续|继续|全面|[\s\p{P}\p{S}]/gu;
const NUMBER = /\d+(?:\.\d+)?/g;

/**
 * The similarity with which a progress text repeats the month's target, or null when it says
 * something of its own: other words, or any figure the target does not have.
 */
export function restatement(target: string, body: string): number | null {
  const t = foldWidth(target).replace(FILLER, '');
  const b = foldWidth(body).replace(FILLER, '');
  if (t.length < 6 || b.length < 6) return null;
  // Dice ≥ 0.8 needs the two to be of similar length; most rows are excluded here cheaply.
  const ratio = b.length / t.length;
  if (ratio < 0.65 || ratio > 1.55) return null;
  const targetNumbers = new Set(t.match(NUMBER) ?? []);
  for (const n of b.match(NUMBER) ?? []) if (!targetNumbers.has(n)) return null;
  const sim = dice(bigrams(t), bigrams(b));
  return sim >= RESTATE_SIMILARITY ? sim : null;
}
