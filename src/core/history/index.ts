export { buildHistory, matchItems, type HistoryResult } from './compare';
export { datelessKey, textKey } from './keys';
export { matchTasks, type MatchItem, type Matching } from './match';
export { historyNoteText } from './notes';
export type { HistoryContext, HistoryInfo, HistoryNote, PreviousChoice } from './types';
