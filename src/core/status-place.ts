import { readStatus, type StatusReading } from './status';

/**
 * Where a progress text states its status: at the front (the standard place), after a heading
 * ("总体情况：完成。…"), or as the closing sentence ("…已签约12个，滞后。", "…目前进度滞后").
 */
export type StatusPlace = 'front' | 'heading' | 'end';

export interface PlacedStatus extends StatusReading {
  place: StatusPlace;
  /** Where the heading or the closing clause holding the label begins (the label's start at the front). */
  from: number;
}

/** A heading that only introduces the verdict: 总体情况：, 完成情况:, 进度评价：, 状态：… */
const HEADING = /^[\s\u3000]*(?:总体|整体|综合|目前|当前)?(?:完成|进展|推进|进度|总体)?(?:情况|进度|状态|评价|结论|进展)[\s\u3000]*[:：][\s\u3000]*/;

/** What may stand before a closing verdict in its own clause: 目前, 总体, 综合评价为… */
const CLOSING_LEAD = /^(?:截至目前|目前|当前|现阶段|总体|整体|综合|总体评价|综合评价|评价)?(?:为|是|[:：])?/;

/** Punctuation that ends a text; the closing clause is read without it. */
const TRAILING = /[\s\u3000。．.！!；;]*$/;
const CLAUSE_BREAKS = '。．！!？?；;，,：:\n';

/**
 * The status of a progress text wherever a supervisor would find it: the opening label, else a label
 * right after a heading, else a label that is the whole of the closing clause. A word inside a
 * sentence ("项目已于9月完成") is never a status.
 */
export function placeStatus(text: string): PlacedStatus {
  const front = readStatus(text);
  if (front.status !== null) return { ...front, place: 'front', from: front.start };
  const heading = HEADING.exec(text);
  if (heading !== null) {
    const after = readStatus(text.slice(heading[0].length));
    if (after.status !== null) return shifted(after, heading[0].length, 'heading', 0);
  }
  return closing(text) ?? { ...front, place: 'front', from: 0 };
}

function closing(text: string): PlacedStatus | null {
  const end = text.length - (TRAILING.exec(text)?.[0].length ?? 0);
  let start = end;
  while (start > 0 && !CLAUSE_BREAKS.includes(text.charAt(start - 1))) start--;
  // The closing clause must follow something: a text that is one clause opens with it.
  if (start === 0 || text.slice(0, start).trim().length === 0) return null;
  const clause = text.slice(start, end);
  const lead = CLOSING_LEAD.exec(clause)?.[0].length ?? 0;
  const tail = clause.slice(lead);
  const r = readStatus(tail);
  if (r.status === null || tail.slice(r.end).trim() !== '') return null;
  return shifted(r, start + lead, 'end', start);
}

function shifted(r: StatusReading, by: number, place: StatusPlace, from: number): PlacedStatus {
  return { ...r, start: r.start + by, end: r.end + by, standard: false, place, from };
}
