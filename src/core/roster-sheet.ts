import type { Task } from './model';
import type { NameIndex } from './names/types';
import type { ModelCell, SheetModel } from './sheet-model';
import { fitWidth, lineCount, lineWidths, rowHeight, textWidth } from './summary/measure';
import { BODY_SIZE, SUMMARY_STYLES } from './summary/styles';

export const ROSTER_SHEET = '名单';

/** What the 名单 sheet is made from (a Report from check() has it). */
export interface RosterSource {
  tasks: Task[];
  names: NameIndex;
}

interface Entry {
  name: string;
  note: string;
}

function addEntry(list: Entry[], seen: Map<string, Entry>, name: string, note: string): void {
  const existing = seen.get(name);
  if (existing) {
    if (note && !existing.note) existing.note = note;
    return;
  }
  const entry = { name, note };
  seen.set(name, entry);
  list.push(entry);
}

/** Leaders as the office should confirm them: resolved names once each, doubtful ones with a note saying why. */
function leaderEntries(source: RosterSource): Entry[] {
  const list: Entry[] = [];
  const seen = new Map<string, Entry>();
  for (const name of source.names.roster?.leaders ?? []) addEntry(list, seen, name, '');
  const verdicts = new Map<string, ReturnType<NameIndex['leader']>>();
  for (const task of source.tasks) {
    for (const name of task.leaders) {
      if (verdicts.has(name)) continue;
      const v = source.names.leader(name);
      verdicts.set(name, v);
      switch (v.kind) {
        case 'ok':
        case 'mapped':
          addEntry(list, seen, v.canonical, '');
          break;
        case 'suspect':
          addEntry(list, seen, name, `疑似“${v.canonical}”的不同写法：如是同一人，请删除本行或改正表中写法`);
          break;
        case 'merged':
          addEntry(list, seen, name, `疑似多个姓名连写（${v.parts.join('、')}）：请在表中用空格分开，并删除本行`);
          break;
        case 'unknown':
          addEntry(list, seen, name, '不在原名单中：请核对，确认无误后保留');
          break;
      }
    }
  }
  return list;
}

function unitEntries(source: RosterSource): Entry[] {
  const list: Entry[] = [];
  const seen = new Map<string, Entry>();
  for (const name of source.names.roster?.units ?? []) addEntry(list, seen, name, '');
  for (const task of source.tasks) {
    for (const unit of task.units) {
      if (!unit.name) continue;
      const { canonical, known } = source.names.unit(unit.name);
      addEntry(list, seen, canonical || unit.name, known === false ? '不在原名单中：请核对，确认无误后保留' : '');
    }
  }
  return list;
}

/**
 * The 名单 sheet for "从当前表格生成名单": the leaders and units found in the report, normalised,
 * one per row, with the doubtful ones explained in 备注 so the user can correct them before it is used.
 * The roster reader takes the 分管领导 and 责任单位 columns back and ignores 备注.
 */
export function rosterSheetModel(source: RosterSource): SheetModel {
  const leaders = leaderEntries(source);
  const units = unitEntries(source);
  const count = Math.max(leaders.length, units.length);
  const rows: (ModelCell | null)[][] = [[
    { value: '分管领导', style: 'header' },
    { value: '责任单位', style: 'header' },
    { value: '备注', style: 'header' },
  ]];
  const notes: string[] = [];
  for (let i = 0; i < count; i++) {
    const leader = leaders[i];
    const unit = units[i];
    const note = [leader?.note ? `分管领导：${leader.note}` : '', unit?.note ? `责任单位：${unit.note}` : '']
      .filter(Boolean)
      .join('\n');
    notes.push(note);
    rows.push([
      leader ? { value: leader.name, style: 'text' } : { value: null, style: 'text' },
      unit ? { value: unit.name, style: 'text' } : { value: null, style: 'text' },
      { value: note || null, style: 'text' },
    ]);
  }
  let leaderWidth = textWidth('分管领导');
  for (const l of leaders) leaderWidth = Math.max(leaderWidth, textWidth(l.name));
  let unitWidth = textWidth('责任单位');
  for (const u of units) unitWidth = Math.max(unitWidth, textWidth(u.name));
  const noteWidth = notes.some(Boolean) ? 48 : 16;
  const heights: (number | null)[] = [
    null,
    ...notes.map((n) => (n ? rowHeight(lineCount(lineWidths(n), noteWidth), BODY_SIZE) : null)),
  ];
  return {
    name: ROSTER_SHEET,
    role: 'roster',
    rows,
    styles: SUMMARY_STYLES,
    merges: [],
    columnWidths: [fitWidth(leaderWidth, 12, 24), fitWidth(unitWidth, 16, 40), noteWidth],
    rowHeights: heights,
    freeze: { rows: 1, columns: 0 },
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, titleRows: [1, 1], footer: '&C第 &P 页 共 &N 页' },
  };
}
