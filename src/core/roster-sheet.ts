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
  notes: string[];
}

class EntryList {
  readonly list: Entry[] = [];
  private readonly seen = new Map<string, Entry>();

  add(name: string, note?: string): Entry {
    let entry = this.seen.get(name);
    if (!entry) {
      entry = { name, notes: [] };
      this.seen.set(name, entry);
      this.list.push(entry);
    }
    if (note && !entry.notes.includes(note)) entry.notes.push(note);
    return entry;
  }

  get(name: string): Entry | undefined {
    return this.seen.get(name);
  }
}

/**
 * Leaders as the office should confirm them: every resolved name once. A doubtful spelling is not listed
 * as a name of its own, which would make it look confirmed once the sheet is read back as the roster;
 * it is noted on the row of the name it likely stands for, so the user can add it if it is another person.
 */
function leaderEntries(source: RosterSource): Entry[] {
  const entries = new EntryList();
  for (const name of source.names.roster?.leaders ?? []) entries.add(name);
  const doubtful: { name: string; verdict: ReturnType<NameIndex['leader']> }[] = [];
  const verdicts = new Set<string>();
  for (const task of source.tasks) {
    for (const name of task.leaders) {
      if (verdicts.has(name)) continue;
      verdicts.add(name);
      const v = source.names.leader(name);
      if (v.kind === 'ok' || v.kind === 'mapped') entries.add(v.canonical);
      else doubtful.push({ name, verdict: v });
    }
  }
  for (const { name, verdict: v } of doubtful) {
    if (v.kind === 'suspect') {
      const note = `表中另有“${name}”，疑似本人的不同写法；如确是另一人，请在本列另起一行填写“${name}”`;
      if (entries.get(v.canonical)) entries.add(v.canonical, note);
      else entries.add(name, `疑似“${v.canonical}”的不同写法，请核实后改正或删除本行`);
    } else if (v.kind === 'merged') {
      const parts = v.likely ?? v.parts;
      const home = parts.map((p) => entries.get(p)).find((e) => e !== undefined);
      const note = `表中“${name}”疑似“${parts.join('”“')}”连写，请在通报表中用空格分开`;
      if (home) entries.add(home.name, note);
      else entries.add(name, `${note}，并改正或删除本行`);
    } else {
      entries.add(name, '不在原名单中：请核对，确认无误后保留');
    }
  }
  return entries.list;
}

function unitEntries(source: RosterSource): Entry[] {
  const entries = new EntryList();
  for (const name of source.names.roster?.units ?? []) entries.add(name);
  for (const task of source.tasks) {
    for (const unit of task.units) {
      if (!unit.name) continue;
      const { canonical, known } = source.names.unit(unit.name);
      entries.add(canonical || unit.name, known === false ? '不在原名单中：请核对，确认无误后保留' : undefined);
    }
  }
  return entries.list;
}

/**
 * The 名单 sheet for "从当前表格生成名单": the leaders and units found in the report, normalised,
 * one per row, with doubtful spellings explained in 备注 so the user can settle them before it is used.
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
    const note = [
      ...(leader?.notes ?? []).map((n) => `分管领导：${n}`),
      ...(unit?.notes ?? []).map((n) => `责任单位：${n}`),
    ].join('\n');
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
