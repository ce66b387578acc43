export { align, goals, monthGoals, MIN_SIMILARITY, STRONG_SIMILARITY, type Pairing } from './align';
export { compatible, verdict, APPROX_TOLERANCE, type Verdict } from './compare';
export { NEGATIVE_CUES, PENDING_SIGNS, findCue, type Cue, type CueHit } from './cues';
export { findDeadlines, hasPassed, formatDate, deadlineWorkDone, clauseAt, type Deadline } from './deadline';
export { readSchedule, expectedByMonth, type ScheduleReading, type ScheduleTexts } from './schedule';
export { restatement, RESTATE_SIMILARITY } from './restate';
export { readTask, progressBody, TaskReading } from './reading';
export { findShortfall, negativeCue, allTargetsMet, type Shortfall } from './status';
export { phraseOf, metricName, targetName } from './phrase';
