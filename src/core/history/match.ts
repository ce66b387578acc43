import { bigrams, dice } from '../quantities/grams';

/** What matching needs of one task: its 年度目标任务 key, 序号, leaders and units (normalised). */
export interface MatchItem {
  key: string;
  seq: number | null;
  leaders: readonly string[];
  units: readonly string[];
}

/** Which task of last month each task of this month is, and the reverse; -1 for none. */
export interface Matching {
  previousOf: Int32Array;
  currentOf: Int32Array;
  /** By current task: 1 for the same text, the bigram similarity for a near match, 0 for none. */
  similarity: Float64Array;
  matched: number;
}

/** Texts this alike (Dice over character bigrams) are one task reworded; below it, two tasks. */
const NEAR = 0.6;
/** A short text changes a larger share of its bigrams with one word: it must be closer still. */
const NEAR_SHORT = 0.75;
const SHORT_GRAMS = 8;
/** A bigram in more leftover texts than this says little about which one is meant; it is not looked up. */
const COMMON_GRAM = 64;
/** Candidates per task kept for the exact similarity, the most bigrams shared first. */
const TOP = 8;
/** 序号 this close (an insertion or two) makes a task a candidate even when its words are common ones. */
const SEQ_REACH = 2;

/**
 * How well two tasks agree besides their text: the same 序号, a shared leader, a shared unit.
 * Small beside any real difference in wording, so it settles close calls and nothing else.
 */
function closeness(a: MatchItem, b: MatchItem): number {
  let score = 0;
  if (a.seq !== null && b.seq !== null) {
    const gap = Math.abs(a.seq - b.seq);
    if (gap === 0) score += 0.04;
    else if (gap <= SEQ_REACH) score += 0.02;
  }
  if (shares(a.leaders, b.leaders)) score += 0.03;
  if (shares(a.units, b.units)) score += 0.03;
  return score;
}

function shares(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/**
 * Matches this month's tasks to last month's, one to one: first the same 年度目标任务 text (as a key:
 * spaces, punctuation and full-width forms ignored), then near matches among the rest. Near matches
 * are found through the rarer bigrams each text shares with the others, never by comparing every
 * pair of texts; 序号, leader and unit settle which of several close candidates is meant.
 */
export function matchTasks(current: readonly MatchItem[], previous: readonly MatchItem[]): Matching {
  const m: Matching = {
    previousOf: new Int32Array(current.length).fill(-1),
    currentOf: new Int32Array(previous.length).fill(-1),
    similarity: new Float64Array(current.length),
    matched: 0,
  };
  matchExact(current, previous, m);
  matchNear(current, previous, m);
  return m;
}

function link(m: Matching, i: number, j: number, similarity: number): void {
  m.previousOf[i] = j;
  m.currentOf[j] = i;
  m.similarity[i] = similarity;
  m.matched++;
}

/**
 * Tasks of the same text, in rounds from the surest to the loosest: the same text with the same
 * 序号, leaders and units; then the same leaders and units (the 序号 moved); then the same 序号;
 * then the text alone. Within a round, tasks pair in sheet order, so of several tasks with one text
 * the nearest in place is taken. Each round is one pass of map lookups, whatever the duplicates.
 */
function matchExact(current: readonly MatchItem[], previous: readonly MatchItem[], m: Matching): void {
  const people = new Map<MatchItem, string>();
  const peopleOf = (x: MatchItem) => {
    let p = people.get(x);
    if (p === undefined) people.set(x, (p = `${x.leaders.join('、')}\u0001${x.units.join('、')}`));
    return p;
  };
  const rounds: ((x: MatchItem) => string)[] = [
    (x) => `${x.key}\u0000${x.seq ?? ''}\u0000${peopleOf(x)}`,
    (x) => `${x.key}\u0000${peopleOf(x)}`,
    (x) => `${x.key}\u0000${x.seq ?? ''}`,
    (x) => x.key,
  ];
  for (const round of rounds) {
    if (m.matched === current.length || m.matched === previous.length) return;
    pairInOrder(current, previous, m, round);
  }
}

function pairInOrder(current: readonly MatchItem[], previous: readonly MatchItem[], m: Matching, keyOf: (x: MatchItem) => string): void {
  const byKey = new Map<string, { list: number[]; next: number }>();
  previous.forEach((p, j) => {
    if (!p.key || m.currentOf[j] !== -1) return;
    const key = keyOf(p);
    const entry = byKey.get(key);
    if (entry) entry.list.push(j);
    else byKey.set(key, { list: [j], next: 0 });
  });
  current.forEach((c, i) => {
    if (!c.key || m.previousOf[i] !== -1) return;
    const entry = byKey.get(keyOf(c));
    if (!entry) return;
    const j = entry.list[entry.next];
    if (j === undefined) return;
    entry.next++;
    link(m, i, j, 1);
  });
}

interface Pair {
  i: number;
  j: number;
  sim: number;
  score: number;
}

function matchNear(current: readonly MatchItem[], previous: readonly MatchItem[], m: Matching): void {
  const restPrev: number[] = [];
  previous.forEach((p, j) => {
    if (m.currentOf[j] === -1 && p.key) restPrev.push(j);
  });
  if (!restPrev.length) return;
  const prevGrams = restPrev.map((j) => bigrams((previous[j] as MatchItem).key));
  const postings = new Map<number, number[]>();
  const bySeq = new Map<number, number[]>();
  restPrev.forEach((j, r) => {
    for (const g of prevGrams[r] as Uint32Array) {
      const list = postings.get(g);
      if (list) list.push(r);
      else postings.set(g, [r]);
    }
    const seq = (previous[j] as MatchItem).seq;
    if (seq !== null) {
      const list = bySeq.get(seq);
      if (list) list.push(r);
      else bySeq.set(seq, [r]);
    }
  });

  const hits = new Int32Array(restPrev.length);
  const touched: number[] = [];
  const pairs: Pair[] = [];
  const bump = (r: number) => {
    const n = (hits[r] as number) + 1;
    hits[r] = n;
    if (n === 1) touched.push(r);
  };
  current.forEach((c, i) => {
    if (m.previousOf[i] !== -1 || !c.key) return;
    const grams = bigrams(c.key);
    for (const g of grams) {
      const list = postings.get(g);
      if (!list || list.length > COMMON_GRAM) continue;
      for (const r of list) bump(r);
    }
    if (c.seq !== null) {
      for (let s = c.seq - SEQ_REACH; s <= c.seq + SEQ_REACH; s++) {
        for (const r of bySeq.get(s) ?? []) bump(r);
      }
    }
    for (const r of topByHits(touched, hits)) {
      const theirs = prevGrams[r] as Uint32Array;
      const sim = dice(grams, theirs);
      const need = Math.min(grams.length, theirs.length) < SHORT_GRAMS ? NEAR_SHORT : NEAR;
      if (sim < need) continue;
      const j = restPrev[r] as number;
      pairs.push({ i, j, sim, score: sim + closeness(c, previous[j] as MatchItem) });
    }
    for (const r of touched) hits[r] = 0;
    touched.length = 0;
  });
  // The closest pairs first, so a task takes the partner it fits best, not the first one met.
  pairs.sort((a, b) => b.score - a.score || a.i - b.i);
  for (const p of pairs) {
    if (m.previousOf[p.i] === -1 && m.currentOf[p.j] === -1) link(m, p.i, p.j, p.sim);
  }
}

/** The TOP candidates sharing the most looked-up bigrams. */
function topByHits(touched: readonly number[], hits: Int32Array): number[] {
  if (touched.length <= TOP) return touched.slice();
  const sorted = touched.slice().sort((a, b) => (hits[b] as number) - (hits[a] as number));
  return sorted.slice(0, TOP);
}
