import { cellKey } from './address';
import type { Finding, Severity } from './findings';
import type { Mark, MarkStyle } from './host';

export interface MarkLook {
  /** ARGB fill, solid. */
  fill: string;
  fontColor?: string;
  bold?: boolean;
}

/**
 * How marks look, shared by every host so a marked sheet looks the same in Excel, in the file
 * the command line writes and in the browser.
 *
 * Progress lights take the traffic-light colours everybody in the office already reads: a strong
 * red or yellow fill and the text left as it is, because the text is right and only the work is late.
 * Data issues must never be mistaken for them, so they use pale fills of other hues together with a
 * coloured font (bold for errors): the coloured text says "this wording needs editing", and it still
 * shows on a black-and-white printout where the fills turn into similar greys.
 */
export const MARK_STYLES: Record<MarkStyle, MarkLook> = {
  error: { fill: 'FFE4D4F4', fontColor: 'FF7030A0', bold: true },
  warning: { fill: 'FFFCE4D6', fontColor: 'FFC55A11' },
  info: { fill: 'FFDDEBF7', fontColor: 'FF1F4E79' },
  'light-red': { fill: 'FFFF7C80' },
  'light-yellow': { fill: 'FFFFE066' },
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const TAGS: Record<MarkStyle, string> = {
  error: '【错误】',
  warning: '【警告】',
  info: '【提示】',
  'light-red': '【红灯】',
  'light-yellow': '【黄灯】',
};

function lightStyle(f: Finding): MarkStyle {
  return f.light === 'red' ? 'light-red' : 'light-yellow';
}

/** A progress finding without a light (a task finished since last month) is marked as a plain note. */
function ownStyle(f: Finding): MarkStyle {
  return f.kind === 'progress' && f.light !== undefined ? lightStyle(f) : f.severity;
}

/** Data issues first, worst first; then red lights before yellow ones. */
function rank(f: Finding): number {
  if (f.kind !== 'progress') return SEVERITY_RANK[f.severity];
  if (f.light === undefined) return 5;
  return f.light === 'red' ? 3 : 4;
}

/**
 * One mark per cell. A cell with several findings gets one note listing every message; its fill is
 * the worst data issue's, or the light's when the cell has only progress findings.
 */
export function marksFor(findings: readonly Finding[]): Mark[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = cellKey(f.sheet, f.cell);
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  const marks: Mark[] = [];
  for (const list of byCell.values()) {
    const sorted = [...list].sort((a, b) => rank(a) - rank(b));
    const first = sorted[0];
    if (!first) continue;
    const lines: string[] = [];
    const seen = new Set<string>();
    for (const f of sorted) {
      const line = TAGS[ownStyle(f)] + f.message;
      if (seen.has(line)) continue;
      seen.add(line);
      lines.push(line);
    }
    marks.push({ sheet: first.sheet, cell: first.cell, style: ownStyle(first), note: lines.join('\n') });
  }
  return marks;
}
