import type { Issue } from '../findings';
import { STANDARD_MARKER, standardizeLeadMarkers } from '../names/units';
import { soleCellText, unitTokens } from './name-cells';
import type { Rule } from './types';

/** A nonstandard 牵头 marker as written; more: the cell's other ones. */
export interface UnitLeadMarkerParams {
  marker: string;
  more?: string[];
}

export const unitLeadMarker: Rule<'unit.lead-marker', UnitLeadMarkerParams> = {
  id: 'unit.lead-marker',
  severity: 'info',
  kind: 'data',
  meta: {
    title: { zh: '牵头标记不规范', en: 'Non-standard lead marker' },
    description: {
      zh: '牵头标记不规范（“(牵头)”“[牵头]”“【牵头】”或单写“牵头”），可一键改为紧跟单位的“（牵头）”',
      en: 'The 牵头 marker is nonstandard ("(牵头)", "[牵头]", "【牵头】" or a bare "牵头"); can be rewritten to "（牵头）" right after the unit in one step',
    },
    messages: {
      zh: (p) =>
        `牵头标记${[p.marker, ...(p.more ?? [])].map((m) => `“${m}”`).join('、')}不规范。请在牵头单位名称后紧接着写“（牵头）”（全角括号）。`,
      en: (p) =>
        `Lead marker ${[p.marker, ...(p.more ?? [])].map((m) => `"${m}"`).join(', ')} is not standard. Write "（牵头）" (full-width brackets) right after the lead unit.`,
    },
  },
  check(ctx) {
    const issues: Issue<'unit.lead-marker'>[] = [];
    for (const task of ctx.table.tasks) {
      const cell = task.cells.units;
      if (cell === null) continue;
      const units = unitTokens(task);
      if (!units.some((u) => u.marker !== null && u.marker !== STANDARD_MARKER)) continue;
      const markers = [...new Set(units.map((u) => u.marker).filter((m): m is string => m !== null && m !== STANDARD_MARKER))];
      const [marker, ...more] = markers;
      if (marker === undefined) continue;
      const issue: Issue<'unit.lead-marker'> = { rule: 'unit.lead-marker', cell, seq: task.seq, params: more.length > 0 ? { marker, more } : { marker } };
      const text = soleCellText(ctx, task, 'units');
      if (text !== null) {
        const to = standardizeLeadMarkers(text);
        if (to !== text) issue.suggestion = { cell, from: text, to };
      }
      issues.push(issue);
    }
    return issues;
  },
};
