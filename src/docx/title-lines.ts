import { textWidth } from '../core/summary/measure';
import { SIZE, TEXT_WIDTH_PT } from './page';

/** Half-width units one line of 二号 title type holds. */
const CAPACITY = Math.floor(TEXT_WIDTH_PT / (SIZE.title / 2));

/** Places a title may break without splitting a word: after 关于…月份, around a 《…》 name, before 完成情况. */
function breakPoints(title: string): number[] {
  const points = new Set<number>();
  for (const re of [/月份/g, /》/g, /的通报$/g]) for (const m of title.matchAll(re)) points.add(m.index + m[0].length);
  for (const re of [/《/g, /完成情况/g, /推进情况/g]) for (const m of title.matchAll(re)) points.add(m.index);
  return [...points].filter((p) => p > 0 && p < title.length).sort((a, b) => a - b);
}

/**
 * The title in lines that break where the meaning does, the upper line no shorter than the lower,
 * as official documents set it. A title no break point can fit is left to the word processor.
 */
export function titleLines(title: string): string[] {
  if (textWidth(title) <= CAPACITY) return [title];
  let best: { lines: string[]; score: number } | null = null;
  for (const at of breakPoints(title)) {
    const lines = [title.slice(0, at), title.slice(at)];
    const [a, b] = lines.map(textWidth) as [number, number];
    if (a > CAPACITY || b > CAPACITY) continue;
    // Balanced lines first; a longer upper line breaks the tie.
    const score = Math.abs(a - b) + (a < b ? 2 : 0);
    if (!best || score < best.score) best = { lines, score };
  }
  return best?.lines ?? [title];
}
