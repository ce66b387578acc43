/**
 * Why a task is late, in the report's own words: the clause a 完成情况 gives for it (因…, 由于…, 受…影响,
 * 主要原因是…), or else what the text says after its status. Nothing is invented: it is a quotation.
 */

/** Words that open a stated reason. 受 only counts with its 影响/制约 later in the same sentence. */
const REASON_OPENERS = ['主要原因是', '主要原因为', '原因是', '原因为', '主要是因为', '主要是由于', '由于', '因为', '因'];
const AFFECTED = /受[^。；;！!？?]{1,40}?(影响|制约|限制)/;

/** 因 inside ordinary words is not a reason: 因地制宜, 因素, 原因 (unless 原因是/原因为 opens a reason), 因此. */
const NOT_REASON_YIN = /因(地制宜|素|此|而|势利导|人而异|村施策|户施策|企施策)|原因(?![是为])/g;

const SENTENCE_END = new Set(['。', '；', ';', '！', '!', '？', '?', '\n']);
const OPEN = new Set(['（', '(', '“', '《', '【', '[']);
const CLOSE = new Set(['）', ')', '”', '》', '】', ']']);
const MAX_REASON = 80;
const MAX_FALLBACK = 60;

/** The sentence starting at `start`, up to its end mark; marks inside brackets or quotes do not end it. */
function sentenceFrom(text: string, start: number): string {
  let depth = 0;
  let end = text.length;
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && SENTENCE_END.has(ch)) {
      end = i;
      break;
    }
  }
  return text.slice(start, end).trim();
}

/** Cut at `max` characters, never inside a bracket left open. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const open = Math.max(cut.lastIndexOf('（'), cut.lastIndexOf('('));
  const close = Math.max(cut.lastIndexOf('）'), cut.lastIndexOf(')'));
  const tidyEnd = (t: string) => t.replace(/[，,、；;：:\s]+$/, '');
  if (open <= close) return `${tidyEnd(cut)}…`;
  // Too little would be left before the bracket: keep the bracket and close it after the cut.
  if (open < 8) return `${tidyEnd(cut)}…${cut[open] === '(' ? ')' : '）'}`;
  return `${tidyEnd(cut.slice(0, open))}…`;
}

/** Spaces pasted around figures and line breaks inside a cell say nothing in a sentence of the 通报. */
function tidy(text: string): string {
  return text
    .replace(/\s*\n\s*/g, '；')
    .replace(/(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])[ \t\u3000]+|[ \t\u3000]+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g, '')
    .trim();
}

/** "1." "（1）" "一、" at the start of a cell's first point. */
const LIST_MARK = /^(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]、)\s*/;

function openerAt(text: string): number {
  const masked = text.replace(NOT_REASON_YIN, (m) => '＿'.repeat(m.length));
  let best = -1;
  for (const word of REASON_OPENERS) {
    const at = masked.indexOf(word);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  const affected = AFFECTED.exec(masked);
  if (affected && (best < 0 || affected.index < best)) best = affected.index;
  return best;
}

/** The text after a leading status label and its punctuation: "部分完成。已签约3个" → "已签约3个". */
function afterStatus(progress: string, label: string | null): string {
  let text = progress.trim();
  if (label && text.startsWith(label)) text = text.slice(label.length);
  return tidy(text.replace(/^[\s。，,；;：:、.]+/, '')).replace(LIST_MARK, '');
}

export interface Reason {
  text: string;
  /** 'stated': a clause giving the reason; 'progress': only what was done, since no reason is stated. */
  kind: 'stated' | 'progress';
}

export function reasonOf(progress: string, statusLabel: string | null): Reason | null {
  const body = afterStatus(progress, statusLabel);
  const at = openerAt(body);
  if (at >= 0) {
    const sentence = sentenceFrom(body, at);
    if (sentence.length > 1) return { text: clip(sentence, MAX_REASON), kind: 'stated' };
  }
  const first = sentenceFrom(body, 0);
  return first ? { text: clip(first, MAX_FALLBACK), kind: 'progress' } : null;
}
