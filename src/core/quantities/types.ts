import type { Dim } from './dims';

/** How a figure bounds what it describes. */
export type Bound = 'min' | 'max' | 'exact';

/** One figure read from a Chinese text: a value with its unit and the words around it. */
export interface Claim {
  /** The value as written, in the written unit (the lower bound of a range). */
  value: number;
  /** The upper bound of a range such as 3至5场次; null otherwise. */
  upper: number | null;
  /** The value in the base unit of its dimension (万元 and 亿元 both in 元). */
  base: number;
  /** The unit as written, magnitude included: 万千瓦, 亿元, %. */
  unit: string;
  /** What is counted or measured: money, mu, person, pct, things counted with 家 …; values compare only within one. */
  dim: Dim;
  bound: Bound;
  /** 左右, 约, 近: the value is approximate. */
  approx: boolean;
  /** 预计: an estimate, not a result. */
  estimate: boolean;
  /** A rate of change (增长, 增速, 同比, 提高 …) rather than a level. */
  growth: boolean;
  /** The change is a fall (下降, 减少, 压减). */
  down: boolean;
  /** What a rate of change is measured against: the same period last year (同比) or last month (环比). */
  basis: 'yoy' | 'mom' | null;
  /** A part of a total: after 其中, or in parentheses. */
  part: boolean;
  /** A share of something named before it (占71.96%). */
  share: boolean;
  /** A threshold describing what is counted (20万元以上的村), not a result. */
  qualifier: boolean;
  /** Stated as a running total for the year so far (累计, 截至, 1-9月, 前三季度). */
  cumulative: boolean;
  /** The sentence speaks of the year's task (年度, 全年, 本年). */
  annual: boolean;
  /** Offsets of the figure (number to unit and its suffix) in the source text. */
  start: number;
  end: number;
  /** The figure as written, e.g. 15%左右, 1.32万千瓦, 3至5场次. */
  text: string;
  /** The words that say what the figure measures: item heading, words before and after. */
  metric: string;
  /** Sorted unique character bigrams of metric, for similarity. */
  grams: Uint32Array;
  /** Index of the item (sentence, numbered point) the figure sits in. */
  item: number;
  /** Position among the text's claims, 0-based. */
  index: number;
}
