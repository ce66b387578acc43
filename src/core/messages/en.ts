import { COLUMN_LABELS } from './columns';
import type { MessageCatalog } from './zh';

const col = COLUMN_LABELS.en;
const list = (items: (string | number)[]) => items.join(', ');

export const en: MessageCatalog = {
  'table.not-found': (p) =>
    p.missing !== undefined
      ? `There is no sheet named "${p.missing}"${p.sheets.length ? ` (the workbook has ${list(p.sheets)})` : ''}. Choose the sheet to check.`
      : `No report table found in ${p.sheets.length ? list(p.sheets) : 'the workbook'}: no header row with 序号, 年度目标任务, 完成情况, 分管领导 and 责任单位. Check the headers or choose the sheet with --sheet.`,
  'table.column-missing': (p) => `The header has no ${col[p.column]} column. Add it or use the usual header text.`,
  'table.month-mismatch': (p) => {
    const named = [p.title, p.header, p.sheet].filter((m): m is number => m !== null);
    const one = named[0];
    if (one !== undefined && one !== p.used && named.every((m) => m === one)) {
      return `The sheet says month ${one}; checked as month ${p.used} as asked. Make sure of the month.`;
    }
    const parts: string[] = [];
    if (p.title !== null) parts.push(`title says ${p.title}`);
    if (p.header !== null) parts.push(`header says ${p.header}`);
    if (p.sheet !== null) parts.push(`sheet name says ${p.sheet}`);
    return `The month differs: ${parts.join(', ')}. Checked as month ${p.used}; make them agree.`;
  },
  'seq.invalid': (p) =>
    p.number !== undefined ? `No. "${p.text}" is not written the standard way; write "${p.number}".` : `No. "${p.text}" is not a number. Use Arabic numerals.`,
  'seq.duplicate': (p) => `No. ${p.seq} is used twice (first at ${p.first}). Renumber.`,
  'seq.gap': (p) =>
    p.after === 0
      ? `Numbering does not start at 1: ${list(p.missing)} is missing. Check for a lost row or a skipped number.`
      : `After No. ${p.after}, ${list(p.missing)} is missing. Check for a lost row or a skipped number.`,
  'seq.order': (p) => `No. ${p.seq} comes after ${p.previous}. Number the rows in order.`,
  'cell.empty': (p) =>
    p.value !== undefined ? `The ${col[p.column]} cell holds the error ${p.value}, not text. Fill it in.` : `The ${col[p.column]} cell is empty. Fill it in.`,
  'status.missing': (p) => `Progress does not open with 完成, 部分完成 or 未完成 (it opens "${p.opening}"). State the status first.`,
  'status.nonstandard': (p) =>
    p.place === undefined
      ? `Status "${p.label}" is not standard; write "${p.standard}".`
      : `Status "${p.label}" stands ${p.place === 'end' ? 'at the end' : 'after a heading'}; open the progress with "${p.standard}".`,
  'overdue.month': (p) => (p.status === '未完成' ? "This month's target was not met." : "This month's target was partly met."),
  'leader.spacing': (p) =>
    `Leader names have a space inside: ${[p, ...(p.more ?? [])].map((n) => `"${n.raw}" should be "${n.name}"`).join(', ')}. Remove the spaces.`,
  'leader.variant': (p) => {
    const all = [p, ...(p.more ?? [])];
    const items = all.map((n) =>
      n.reason === 'suspect'
        ? `"${n.name}" looks like another spelling of "${n.canonical}"`
        : n.reason === 'script'
          ? `"${n.name}" is in traditional script; write "${n.canonical}"`
          : `"${n.name}" is one character off "${n.canonical}" on the roster; write "${n.canonical}"`,
    );
    const ask = all.some((n) => n.reason === 'suspect')
      ? 'Check: if it is the same person, use one spelling; if not, list every leader on a 名单 sheet and this stops.'
      : 'Use one spelling.';
    return `Leader ${items.join('; ')}. ${ask}`;
  },
  'leader.merged': (p) => {
    const items = [p, ...(p.more ?? [])].map((n) => {
      const guess = n.likely.join() !== n.parts.join() ? `, probably ${list(n.likely)}` : '';
      return `"${n.raw}" looks like names run together (${list(n.parts)}${guess})`;
    });
    return `Leader ${items.join('; ')}. Check it and separate the names with spaces.`;
  },
  'leader.unknown': (p) =>
    p.more?.length
      ? `Leaders ${[p.name, ...p.more].map((n) => `"${n}"`).join(', ')} are not on the roster (${p.roster}). Check the spelling, or add them to the roster.`
      : `Leader "${p.name}" is not on the roster (${p.roster}). Check the spelling, or add the name to the roster.`,
  'unit.split': (p) =>
    `Unit names are broken by spaces: ${[p, ...(p.more ?? [])].map((u) => `"${u.raw}" should be "${u.name}"`).join(', ')}. Remove the spaces.`,
  'unit.unknown': (p) =>
    p.more?.length
      ? `Units ${[p.name, ...p.more].map((n) => `"${n}"`).join(', ')} are not on the roster (${p.roster}). Check the names, or add them to the roster.`
      : `Unit "${p.name}" is not on the roster (${p.roster}). Check the name, or add the unit to the roster.`,
  'unit.lead-marker': (p) =>
    `Lead marker ${[p.marker, ...(p.more ?? [])].map((m) => `"${m}"`).join(', ')} is not standard. Write "（牵头）" (full-width brackets) right after the lead unit.`,
  'text.stray-space': (p) =>
    `The ${col[p.column]} text has a stray space between characters: "${p.excerpt}"${p.count !== undefined && p.count > 1 ? ` and ${p.count - 1} more` : ''}. Remove it.`,
  'status.mismatch': (p) =>
    p.cue !== null
      ? `Marked 完成, but the progress says "${p.cue}". Check whether it is done, or mark it 部分完成 or 未完成.`
      : `Marked 完成, but the figures miss the target: ${p.metric ? `${p.metric}, ` : ''}target ${p.target}, actual ${p.actual}. Check the status or the figures.`,
  'status.understated': (p) => `Marked ${p.status}, but every figure meets the target (${list(p.met)}). Should it be 完成?`,
  'overdue.deadline': (p) => `The deadline "${p.deadline}" (${p.date}) has passed and the task is not done. Follow it up or state the reason.`,
  'overdue.schedule': (p) =>
    `Annual progress ${p.actual}%${p.basis ? ` (${p.basis})` : ''} is behind the time-proportional schedule of ${p.expected}%, by ${Math.round((p.expected - p.actual) * 10) / 10} points.`,
  'text.restates-target': () => 'The progress text repeats the target and adds no result. State what was actually done.',
};
