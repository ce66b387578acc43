/** Quantities measured against a base unit: money in 元, area in 亩 or 平方米, length in 米, rates in %. */
export type Measure =
  | 'money'
  | 'usd'
  | 'eur'
  | 'mu'
  | 'm2'
  | 'm'
  | 'm3'
  | 'person'
  | 'person-time'
  | 'pp'
  | 'pct'
  | 'days'
  | 'hours'
  | 'minutes'
  | 'ton'
  | 'kwh'
  | 'kw'
  | 'ug-m3';

/**
 * What a figure measures; two figures compare only when they measure the same thing.
 * - measure: an amount in a base unit (Measure);
 * - count: things counted by a measure word — 5家 and 5个 count different things;
 * - bare: a bare magnitude (3.3亿), comparable only with another bare one;
 * - skip: a duration written like a unit (3个月), never compared.
 *
 * Dims are made only through measure() and count() and the two constants, once each, so two
 * figures measure the same thing exactly when their dims are the same object (sameDim).
 */
export type Dim =
  | { readonly kind: 'measure'; readonly name: Measure }
  | { readonly kind: 'count'; readonly noun: string }
  | { readonly kind: 'bare' }
  | { readonly kind: 'skip' };

export type MeasureDim = Extract<Dim, { kind: 'measure' }>;
export type CountDim = Extract<Dim, { kind: 'count' }>;

export const BARE: Dim = Object.freeze({ kind: 'bare' });
export const SKIP: Dim = Object.freeze({ kind: 'skip' });

const measures = new Map<Measure, MeasureDim>();
const counts = new Map<string, CountDim>();

export function measure(name: Measure): MeasureDim {
  let dim = measures.get(name);
  if (dim === undefined) {
    dim = Object.freeze({ kind: 'measure', name });
    measures.set(name, dim);
  }
  return dim;
}

/** Things counted with a measure word: count('家'). */
export function count(noun: string): CountDim {
  let dim = counts.get(noun);
  if (dim === undefined) {
    dim = Object.freeze({ kind: 'count', noun });
    counts.set(noun, dim);
  }
  return dim;
}

export function sameDim(a: Dim, b: Dim): boolean {
  return a === b;
}

/** Whether a dim is the given measure, e.g. isMeasure(c.dim, 'pct'). */
export function isMeasure(dim: Dim, name: Measure): boolean {
  return dim.kind === 'measure' && dim.name === name;
}
