import type { Finding, Issue } from './findings';
import { renderMessage } from './messages';
import type { Task } from './model';
import { buildNameIndex, normalizeName, readRosterSheet } from './names';
import { sharedLeaders } from './names/leaders';
import { sharedUnits } from './names/units';
import type { Roster } from './names/types';
import { DEFAULT_SCHEDULE, type CheckOptions, type Locale } from './options';
import { countStatuses, type Report } from './report';
import { RULES, ruleById, ruleOrder } from './rules';
import type { RuleId } from './rules/ids';
import { tableNotFoundIssue } from './rules/table-not-found';
import type { Rule, RuleContext } from './rules/types';
import type { WorkbookSnapshot } from './snapshot';
import { chooseTable, type Splitters } from './table';
import { parseA1, scanA1 } from './address';
import { buildHistory } from './history';

/**
 * Leader cells split as the names rules split them: the roster's names, normalised, settle close calls.
 * The readings the names module remembers are passed on as they are; the table reader copies what it keeps.
 */
function splitters(roster: Roster | null): Splitters {
  const known = roster && roster.leaders.length > 0 ? new Set(roster.leaders.map(normalizeName)) : undefined;
  return {
    leaders: (text) => sharedLeaders(text, known),
    units: (text) => sharedUnits(text),
  };
}

/**
 * The issue completed in place into a finding: a rule's issues are made for this one check and handed over,
 * so copying them would only make garbage. Fields keep the order a copy would give them.
 */
function toFinding(issue: Issue, rule: Rule, sheet: string, locale: Locale): Finding {
  const finding = issue as Finding;
  finding.severity = issue.severity ?? rule.severity;
  finding.kind = rule.kind;
  finding.sheet = sheet;
  finding.message = renderMessage(issue, locale);
  return finding;
}

/** Row of a finding's cell, for sorting; a malformed address sorts first rather than throwing. */
function rowOf(cell: string): number {
  const plain = scanA1(cell);
  if (plain !== null) return plain.row;
  try {
    return parseA1(cell).row;
  } catch {
    return -1;
  }
}

function sortFindings(findings: Finding[]): Finding[] {
  const keyed = findings.map((f, i) => ({ f, i, row: rowOf(f.cell), order: ruleOrder(f.rule) }));
  keyed.sort((a, b) => a.row - b.row || a.order - b.order || a.i - b.i);
  return keyed.map((k) => k.f);
}

/** A rule that throws on some odd input must not take the whole check down: it is skipped and named in the report. */
function runRule(rule: Rule, ctx: RuleContext): Issue[] | null {
  try {
    return rule.check(ctx);
  } catch {
    return null;
  }
}

/**
 * Checks one workbook: chooses the report sheet, reads its table and tasks, and runs every enabled rule.
 * Never throws on bad input: an unusable workbook gives a report with no table and a table.not-found finding.
 */
export function check(workbook: WorkbookSnapshot, options: CheckOptions = {}): Report {
  const roster = options.roster ?? readRosterSheet(workbook);
  const disabled = new Set<RuleId>(options.disabledRules ?? []);
  const locale = options.locale ?? 'zh';
  const split = splitters(roster);
  const choice = chooseTable(workbook, split, options.sheet, options.month);
  const { table, sheet } = choice;
  const tasks: Task[] = table?.tasks ?? [];
  const names = buildNameIndex(tasks, roster);
  const base = { title: table?.title ?? null, month: table?.month ?? null, year: table?.year ?? null, tasks, names };

  if (!table || !sheet) {
    const notFound = ruleById('table.not-found');
    const findings =
      notFound && !disabled.has('table.not-found')
        ? [toFinding(tableNotFoundIssue(choice.looked, choice.missing), notFound, sheet?.name ?? choice.looked[0] ?? '', locale)]
        : [];
    return { ...base, sheet: null, table: null, findings, statusCounts: countStatuses(tasks) };
  }

  const history = buildHistory(table, workbook, options.previous, split);
  const ctx: RuleContext = {
    history: history.context,
    workbook,
    sheet,
    table,
    names,
    year: table.year,
    month: table.month,
    schedule: { ...DEFAULT_SCHEDULE, ...options.schedule },
    locale,
  };
  const findings: Finding[] = [];
  const failedRules: RuleId[] = [];
  for (const rule of RULES) {
    if (disabled.has(rule.id)) continue;
    const issues = runRule(rule, ctx);
    if (issues === null) failedRules.push(rule.id);
    else for (const issue of issues) findings.push(toFinding(issue, rule, sheet.name, locale));
  }
  const report: Report = { ...base, sheet: sheet.name, table, findings: sortFindings(findings), statusCounts: countStatuses(tasks) };
  if (failedRules.length) report.failedRules = failedRules;
  if (history.context) report.history = history.context;
  if (history.note) report.historyNote = history.note;
  return report;
}
