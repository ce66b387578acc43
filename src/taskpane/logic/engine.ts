import { cellKey } from '../../core/address';
import { check } from '../../core/check';
import type { Report } from '../../core/report';
import { defaultFixes, fixesFor } from '../../core/fixes';
import type { Fix, WorkbookHost, WorkbookSettings, WrittenSheet } from '../../core/host';
import { marksFor } from '../../core/marks';
import type { PreviousChoice } from '../../core/history';
import type { Locale } from '../../core/options';
import type { RuleId } from '../../core/rules/ids';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { rosterSheetModel } from '../../core/roster-sheet';
import { buildSummaries } from '../../core/summary';
import { reservedSheetNames } from '../../core/sheet-names';
import { reportSheetNames } from '../../core/table/sheet';
import type { SummaryBy, UnresolvedName } from '../../core/summary/types';

export type { Report, SummaryBy, UnresolvedName };

/** Rules whose fixes can settle a name the summaries could not be sure of. */
const VARIANT_RULES: readonly RuleId[] = ['leader.variant', 'leader.merged'];

/** The names a finding is about, whatever its rule's params call them. */
function namesIn(params: unknown): string[] {
  const p = params as { name?: unknown; raw?: unknown };
  return [p.name, p.raw].filter((v): v is string => typeof v === 'string');
}

/**
 * The safe fixes that settle the summaries' unresolved names; spacing and other spellings the
 * summaries already read correctly are left to 一键修正.
 */
export function nameFixes(report: Report, unresolved: readonly UnresolvedName[]): Fix[] {
  const wanted = new Set(unresolved.map((u) => u.name));
  const cells = new Set(
    report.findings
      .filter((f) => VARIANT_RULES.includes(f.rule) && f.suggestion && namesIn(f.params).some((n) => wanted.has(n)))
      .map((f) => cellKey(f.sheet, f.suggestion?.cell ?? '')),
  );
  return fixesFor(report, VARIANT_RULES).filter((fix) => cells.has(cellKey(fix.sheet, fix.cell)));
}

export interface Checked {
  report: Report;
  /** Every sheet in the workbook. */
  sheets: string[];
  /** The sheets that could be the report, for the sheet picker: not the ledger, the roster or generated sheets. */
  reportSheets: string[];
  /** The workbook as read for this check: fixes the user decides on start from its exact cell text. */
  snapshot: WorkbookSnapshot;
}

/** The pane's glue between a host and the core: read, then let the core decide. */
/** `previous`: last month's report as the user chose it; by default the core finds the month before. */
export async function checkWorkbook(host: WorkbookHost, settings: WorkbookSettings, locale: Locale, previous?: PreviousChoice): Promise<Checked> {
  const snapshot = await host.readSnapshot();
  const report = check(snapshot, {
    sheet: settings.sheet,
    month: settings.month,
    schedule: settings.schedule,
    disabledRules: settings.disabledRules,
    locale,
    ...(previous ? { previous } : {}),
  });
  return { report, sheets: snapshot.sheets.map((s) => s.name), reportSheets: reportSheetNames(snapshot), snapshot };
}

export async function markReport(host: WorkbookHost, report: Report): Promise<number> {
  const marks = marksFor(report.findings);
  await host.applyMarks(marks);
  return marks.length;
}

/** The fixes a further round applies unasked: none that would make a name another person's. */
export function roundFixes(report: Report): Fix[] {
  return defaultFixes(report);
}

/** Summaries keep clear of the user's own sheet names up front, so every link points at the sheet actually written. */
export function summarize(checked: Checked, by: SummaryBy) {
  return buildSummaries(checked.report, { by, order: 'status', reserved: reservedSheetNames(checked.snapshot) });
}

export async function writeRoster(host: WorkbookHost, report: Report): Promise<WrittenSheet | undefined> {
  const written = await host.writeSheets([rosterSheetModel(report)]);
  return written[0];
}
