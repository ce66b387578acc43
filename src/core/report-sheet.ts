import type { Evidence, Finding, PreviousEvidence, Severity } from './findings';
import { MARK_STYLES } from './marks';
import { ruleTitle } from './rules';
import type { CellStyle, ModelCell, SheetModel } from './sheet-model';

export const REPORT_SHEET_NAME = '校验报告';

/** What the 校验报告 sheet says about the checked report. */
export interface ReportSheetInput {
  /** The checked sheet, or null when no report table was found. */
  sheet: string | null;
  title: string | null;
  month: number | null;
  tasks: number;
  findings: readonly Finding[];
}

const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export function levelLabel(f: Finding): string {
  if (f.kind === 'progress' && f.light !== undefined) return f.light === 'red' ? '红灯' : '黄灯';
  return SEVERITY_LABEL[f.severity];
}

/** The evidence in one line: the two numbers compared, the cue word, the deadline. */
export function evidenceText(e: Evidence | undefined): string {
  if (!e) return '';
  const parts: string[] = [];
  if (e.target) parts.push(`目标：${e.target.text}`);
  if (e.progress) parts.push(`实际：${e.progress.text}`);
  if (e.cue) parts.push(`关键词：${e.cue}`);
  if (e.deadline) parts.push(`期限：${e.deadline}`);
  if (e.previous) parts.push(previousText(e.previous));
  // A quoted text often ends in its own 。 or ；: one mark between parts, never "。；".
  return parts.map((p) => p.replace(/[。；;，,、\s]+$/u, '')).join('；');
}

/** Last month's task in the evidence line: 上月“8月”序号 3（部分完成）：…; a new task has none. */
function previousText(p: PreviousEvidence): string {
  const where = `上月“${p.sheet}”${p.seq !== null ? `序号 ${p.seq}` : ''}${p.status !== null ? `（${p.status}）` : ''}`;
  return p.text ? `${where}：${p.text}` : `${where}：无此项`;
}

const HEADERS = ['序号', '单元格', '规则', '级别', '说明', '依据'];
/** In Excel width units; a Chinese character takes about two. */
const WIDTHS = [7, 10, 22, 7, 62, 44];
const COLS = HEADERS.length;
const FONT_SIZE = 11;

/** Display width of a line: a Chinese character counts two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return w;
}

function linesIn(text: string, columnWidth: number): number {
  const usable = Math.max(1, columnWidth - 2);
  let lines = 0;
  for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(width(line) / usable));
  return lines;
}

function rowHeightFor(texts: { text: string; width: number }[]): number | null {
  let lines = 1;
  for (const t of texts) lines = Math.max(lines, linesIn(t.text, t.width));
  if (lines <= 1) return null;
  return Math.min(409, Math.ceil(lines * FONT_SIZE * 1.4 + 4));
}

function styles(): Record<string, CellStyle> {
  const body: CellStyle = { wrap: true, vertical: 'top', border: true, size: FONT_SIZE };
  const out: Record<string, CellStyle> = {
    title: { bold: true, size: 16, horizontal: 'center', vertical: 'middle' },
    counts: { size: FONT_SIZE, wrap: true, vertical: 'middle' },
    header: { bold: true, size: FONT_SIZE, fill: 'FFD9D9D9', horizontal: 'center', vertical: 'middle', border: true, wrap: true },
    body,
    center: { ...body, horizontal: 'center' },
    link: { ...body, horizontal: 'center', fontColor: 'FF0563C1' },
  };
  // The level cell looks like the mark on the sheet, so the two are easy to match up.
  for (const [key, look] of Object.entries(MARK_STYLES)) {
    out[`level-${key}`] = { ...body, horizontal: 'center', fill: look.fill, fontColor: look.fontColor, bold: look.bold };
  }
  return out;
}

function levelStyle(f: Finding): string {
  if (f.kind === 'progress' && f.light !== undefined) return f.light === 'red' ? 'level-light-red' : 'level-light-yellow';
  return `level-${f.severity}`;
}

function countsLine(input: ReportSheetInput): string {
  const n = { error: 0, warning: 0, info: 0, red: 0, yellow: 0, note: 0 };
  for (const f of input.findings) {
    if (f.kind === 'progress') {
      if (f.light === 'red') n.red++;
      else if (f.light === 'yellow') n.yellow++;
      else n.note++;
    } else n[f.severity]++;
  }
  const where = input.sheet === null ? '未找到通报表' : `工作表“${input.sheet}”${input.month ? `，${input.month}月` : ''}，共 ${input.tasks} 项任务`;
  const data = n.error + n.warning + n.info;
  return (
    `${where}。数据问题 ${data} 条（错误 ${n.error}，警告 ${n.warning}，提示 ${n.info}）；` +
    `进度提示 ${n.red + n.yellow + n.note} 条（红灯 ${n.red}，黄灯 ${n.yellow}${n.note ? `，提示 ${n.note}` : ''}）。点击“单元格”列可跳到对应单元格。`
  );
}

function text(value: string | number | null, style: string): ModelCell {
  return { value, style };
}

/** The 校验报告 sheet: a title, the counts, then one row per finding with a link to its cell. */
export function reportSheet(input: ReportSheetInput): SheetModel {
  const title = `校验报告：${input.title ?? input.sheet ?? '通报表'}`;
  const rows: (ModelCell | null)[][] = [
    [text(title, 'title'), null, null, null, null, null],
    [text(countsLine(input), 'counts'), null, null, null, null, null],
    HEADERS.map((h) => text(h, 'header')),
  ];
  const rowHeights: (number | null)[] = [30, 36, 22];
  for (const f of input.findings) {
    const evidence = evidenceText(f.evidence);
    rows.push([
      text(f.seq, 'center'),
      { value: f.cell, style: 'link', link: { sheet: f.sheet, cell: f.cell } },
      text(ruleTitle(f.rule, 'zh'), 'body'),
      text(levelLabel(f), levelStyle(f)),
      text(f.message, 'body'),
      text(evidence || null, 'body'),
    ]);
    rowHeights.push(
      rowHeightFor([
        { text: f.message, width: WIDTHS[4] ?? 60 },
        { text: evidence, width: WIDTHS[5] ?? 40 },
        { text: ruleTitle(f.rule, 'zh'), width: WIDTHS[2] ?? 20 },
      ]),
    );
  }
  const merges = [
    { top: 0, left: 0, bottom: 0, right: COLS - 1 },
    { top: 1, left: 0, bottom: 1, right: COLS - 1 },
  ];
  if (input.findings.length === 0) {
    rows.push([text('未发现问题。', 'body'), null, null, null, null, null]);
    merges.push({ top: 3, left: 0, bottom: 3, right: COLS - 1 });
    rowHeights.push(null);
  }
  return {
    name: REPORT_SHEET_NAME,
    role: 'report',
    rows,
    styles: styles(),
    merges,
    columnWidths: [...WIDTHS],
    rowHeights,
    freeze: { rows: 3, columns: 0 },
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, titleRows: [3, 3], footer: '&C第 &P 页 共 &N 页' },
  };
}
