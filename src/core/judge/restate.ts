import { dice } from '../quantities/grams';
import { foldWidth } from '../quantities/normalize';

/** At or above this bigram similarity the progress text repeats its target. */
export const RESTATE_SIMILARITY = 0.8;

/** Words that turn a target into a report without adding anything: 已, 积极, 完成, 进一步… */
const FILLER_WORDS = ['已经', '已', '了', '均', '积极', '进一步', '认真', '按时', '顺利', '成功', '圆满', '完成', '开展', '进行', '做好', '持续', '继续', '全面'];
const FILLER_BY_FIRST = new Map<string, string[]>();
for (const w of [...FILLER_WORDS].sort((a, b) => b.length - a.length)) {
  const list = FILLER_BY_FIRST.get(w[0] as string) ?? [];
  list.push(w);
  FILLER_BY_FIRST.set(w[0] as string, list);
}
const FILLER_FIRST = new Uint8Array(65536);
for (const w of FILLER_WORDS) FILLER_FIRST[w.charCodeAt(0)] = 1;
const NUMBER = /\d+(?:\.\d+)?/g;
/**
 * A milestone reported reached (已完成, 均已投用, 已正式投用, 已封顶), as opposed to asked for. Work that only
 * went on (已调度, 已对接) or half got there (已初步交付, 已基本完成) reaches no milestone.
 */
const DONE_MARK = /(?:已经?|业已|均已)(?:正式|全部|全面|顺利|如期|按期|按时)?(?:完成|建成|投用|投入使用|投产|投运|封顶|竣工|完工|开工|通车|开业|启用|挂牌|办结|签约|签订|通过验收)/g;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function startingAt(text: string, i: number, words: readonly string[]): string | undefined {
  for (const w of words) if (text.startsWith(w, i)) return w;
  return undefined;
}

/**
 * The similarity with which a progress text repeats the month's target, or null when it says
 * something of its own: other words, or any figure the target does not have.
 */
export function restatement(target: string, body: string): number | null {
  // Dice ≥ 0.8 needs two texts of similar length; most rows are let go here before any work.
  if (body.length < 0.5 * target.length || body.length > 2 * target.length) return null;
  if (charOverlap(target, body) < 0.8) return null;
  const t = content(target);
  const b = content(body);
  if (t.length < 5 || b.length < 5) return null;
  const ratio = b.length / t.length;
  if (ratio < 0.65 || ratio > 1.55) return null;
  // 完成主体框架 → 已完成主体框架: the milestone asked for, reported reached, is a result and no copy.
  if (count(body, DONE_MARK) > count(target, DONE_MARK)) return null;
  const targetNumbers = new Set(foldWidth(target).match(NUMBER) ?? []);
  for (const n of foldWidth(body).match(NUMBER) ?? []) if (!targetNumbers.has(n)) return null;
  const sim = dice(t, b);
  return sim >= RESTATE_SIMILARITY ? sim : null;
}

const inTarget = new Uint32Array(65536);
const inBody = new Uint32Array(65536);
let stamp = 0;

/**
 * The smaller of two shares: of the body's characters found in the target, and of the target's in
 * the body. A cheap bound that lets most rows go before bigrams are built; the stamped tables are
 * reused, so nothing is allocated.
 */
function charOverlap(target: string, body: string): number {
  stamp++;
  if (stamp === 0xffffffff) {
    inTarget.fill(0);
    inBody.fill(0);
    stamp = 1;
  }
  for (let i = 0; i < target.length; i++) inTarget[target.charCodeAt(i)] = stamp;
  for (let i = 0; i < body.length; i++) inBody[body.charCodeAt(i)] = stamp;
  return Math.min(share(body, inTarget), share(target, inBody));
}

function share(text: string, other: Uint32Array): number {
  let words = 0;
  let shared = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isWord(c)) continue;
    words++;
    if (other[c] === stamp) shared++;
  }
  return words === 0 ? 0 : shared / words;
}

/**
 * Sorted unique bigrams of the words that carry content: punctuation, spaces and filler words are
 * skipped and their neighbours joined, in one pass with no intermediate strings.
 */
function content(text: string): number[] {
  const out: number[] = [];
  let prev = -1;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const fillers = FILLER_FIRST[c] === 1 ? FILLER_BY_FIRST.get(text[i] as string) : undefined;
    const w = fillers === undefined ? undefined : startingAt(text, i, fillers);
    if (w !== undefined) {
      i += w.length;
      continue;
    }
    i++;
    if (!isWord(c)) continue;
    if (prev >= 0) out.push(prev * 65536 + c);
    prev = c;
  }
  out.sort((a, b) => a - b);
  let w = out.length > 0 ? 1 : 0;
  for (let r = 1; r < out.length; r++) if (out[r] !== out[w - 1]) out[w++] = out[r] as number;
  out.length = w;
  return out;
}

function isWord(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff10 && c <= 0xff19);
}
