import { PENDING_PATTERNS } from './pending';

/**
 * Words in a progress text that say the work is not done. Kept as data: a locality adds its own
 * phrasing here, not in rule logic. `ongoing` cues describe work under way; they are no contradiction
 * when the month's target itself only asked to push the same work on (持续推进办理 → 正在办理).
 */
export interface Cue {
  word: string;
  ongoing?: boolean;
}

export const NEGATIVE_CUES: readonly Cue[] = [
  { word: '尚未' },
  { word: '未能' },
  { word: '暂未' },
  { word: '仍未' },
  { word: '还未' },
  { word: '无法' },
  { word: '不能按期' },
  { word: '暂停' },
  { word: '停工' },
  { word: '停滞' },
  { word: '搁置' },
  { word: '推迟' },
  { word: '延期' },
  { word: '延后' },
  { word: '滞后' },
  { word: '未开工' },
  { word: '未启动' },
  { word: '未完成' },
  { word: '未达到' },
  { word: '未达标' },
  { word: '未实现' },
  { word: '未批复' },
  { word: '未通过' },
  { word: '未落实' },
  { word: '未到位' },
  { word: '待批' },
  { word: '待审批' },
  { word: '待审核' },
  { word: '正在办理', ongoing: true },
  { word: '正在审批', ongoing: true },
  { word: '正在报批', ongoing: true },
  { word: '尚在', ongoing: true },
  { word: '仍在', ongoing: true },
];

/** Words just before a cue that cancel it: 无推迟, 没有暂停, 不存在滞后. */
const NEGATORS = ['没有', '不存在', '并非', '不是', '杜绝', '避免', '防止', '未出现', '未发生', '未见', '无', '不'];

/** 尚未发现隐患, 暂未发生事故: not done, and good that it is not. */
const GOOD_NEWS = /^(?:发现|出现|发生|接到|收到)/;

/** Verbs that ask only for work to go on; with them an "ongoing" cue matches the target. */
const ONGOING_ASKS = /持续|继续|推进|跟进|督促|积极|做好|协调/;

/** Broader signs that something is still pending, used only before claiming a row is better than its label. */
export const PENDING_SIGNS = /正在|待|拟|暂|尚|仍|未|将于|将按|将在|需要|需重新|还需|进行中|推进中|洽谈中|论证|筹备|准备/;

export interface CueHit {
  cue: string;
  /** The clause around the cue, as written, for the message. */
  clause: string;
  start: number;
}

const CLAUSE_BREAK = /[，,。；;！？!?\n]/;

const BY_WORD = new Map(NEGATIVE_CUES.map((c) => [c.word, c]));
/** Every cue in one pattern, longest first, so the text is scanned once. */
const CUE_PATTERN = new RegExp(
  [...BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|'),
  'g',
);

/**
 * The first negative cue in a progress text that is not negated, not cancelled by a clause such as
 * 已解决…尚未…的问题, and not an ongoing cue the target itself asked for.
 */
export function findCue(progress: string, target: string): CueHit | null {
  CUE_PATTERN.lastIndex = 0;
  for (let m = CUE_PATTERN.exec(progress); m !== null; m = CUE_PATTERN.exec(progress)) {
    const cue = BY_WORD.get(m[0]) as Cue;
    const at = m.index;
    if (negated(progress, at) || GOOD_NEWS.test(progress.slice(at + cue.word.length, at + cue.word.length + 2))) continue;
    const clause = clauseAround(progress, at, at + cue.word.length);
    if (/解决|化解|整改|消除/.test(clause.before) && /问题/.test(clause.after)) continue;
    if (cue.ongoing && askedToContinue(target, progress, at, cue.word)) continue;
    return { cue: cue.word, clause: clause.text, start: at };
  }
  return pendingCue(progress, target);
}

/** The first of the PENDING_PATTERNS in a progress text, on the same terms as a negative cue. */
function pendingCue(progress: string, target: string): CueHit | null {
  for (const p of PENDING_PATTERNS) {
    p.pattern.lastIndex = 0;
    for (let m = p.pattern.exec(progress); m !== null; m = p.pattern.exec(progress)) {
      const at = m.index;
      if (negated(progress, at)) continue;
      if (p.ongoing && ONGOING_ASKS.test(target) && target.includes(m[0].slice(m[0].length - 2))) continue;
      const clause = clauseAround(progress, at, at + m[0].length);
      return { cue: m[0].replace(/\s+/g, ''), clause: clause.text, start: at };
    }
  }
  return null;
}

function negated(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 3), at);
  for (const n of NEGATORS) if (before.endsWith(n)) return true;
  return false;
}

function askedToContinue(target: string, progress: string, at: number, word: string): boolean {
  if (!ONGOING_ASKS.test(target)) return false;
  // The verb of the ongoing work (办理 in 正在办理, or what follows 尚在/仍在) must be in the target.
  const verb = word.length > 2 ? word.slice(2) : progress.slice(at + word.length, at + word.length + 2);
  return verb.length === 2 && target.includes(verb);
}

function clauseAround(text: string, start: number, end: number): { text: string; before: string; after: string } {
  let s = start;
  while (s > 0 && !CLAUSE_BREAK.test(text[s - 1] as string) && start - s < 30) s--;
  let e = end;
  while (e < text.length && !CLAUSE_BREAK.test(text[e] as string) && e - end < 20) e++;
  return { text: text.slice(s, e).replace(/\s+/g, ''), before: text.slice(s, start), after: text.slice(end, e) };
}
