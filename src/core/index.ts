export { check } from './check';
export { exitCode } from './exit';
export { countStatuses, type Report, type StatusCounts } from './report';
export { readStatus, STATUS_LABELS, type StatusReading } from './status';
export { RULES, ruleById, ruleOrder } from './rules';
export type { Rule, RuleContext } from './rules/types';
export type { RuleId, RuleParams } from './rules/ids';
export { renderMessage } from './messages';
export { COLUMN_LABELS } from './messages/columns';
export type { Evidence, Finding, Issue, Light, RuleKind, Severity, Span, Suggestion } from './findings';
export { STATUSES, type ColumnKey, type ReportTable, type Status, type Task, type TaskCells, type UnitRef } from './model';
export type { CellValue, MergeArea, SheetSnapshot, WorkbookSnapshot } from './snapshot';
export { columnName, parseA1, qualified, toA1 } from './address';
export { DEFAULT_SCHEDULE, type CheckOptions, type Locale, type ScheduleThresholds } from './options';
export type { LeaderToken, LeaderVerdict, NameIndex, Roster, UnitToken } from './names/types';
export { chooseTable, fieldCells, readTable, type FieldCell } from './table';
export {
  buildSummaries,
  LEADER_OVERVIEW_SHEET,
  NO_LEADER,
  UNIT_OVERVIEW_SHEET,
  type LeaderFigures,
  type Summary,
  type SummaryBy,
  type SummaryOptions,
  type SummaryOrder,
  type UnitFigures,
  type UnresolvedName,
} from './summary';
export { cleanSheetName, reservedSheetNames, uniqueSheetName } from './sheet-names';
export { rosterSheetModel, ROSTER_SHEET } from './roster-sheet';
