import type { Issue } from '../findings';
import { STANDARD_MARKER, standardizeLeadMarkers } from '../names/units';
import { soleCellText, unitTokens } from './name-cells';
import type { Rule } from './types';

export const unitLeadMarker: Rule<'unit.lead-marker'> = {
  id: 'unit.lead-marker',
  severity: 'info',
  kind: 'data',
  description: '牵头标记写法不规范（应在牵头单位后写“（牵头）”）',
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
