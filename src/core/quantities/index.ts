export type { Bound, Claim } from './types';
export { BARE, SKIP, count, isMeasure, measure, sameDim, type Dim, type Measure } from './dims';
export { readText, YEAR_PROGRESS_HINT, type ReadText } from './extract';
export { parseChineseNumeral, parseArabic } from './numerals';
export { unitAt, type UnitMatch } from './units';
export { foldWidth } from './normalize';
export { bigrams, dice } from './grams';
export { splitItems, type TextItem } from './scan';
