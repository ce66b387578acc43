import type { RuleId, RuleParams } from '../rules/ids';
import { COLUMN_LABELS } from './columns';

export type MessageCatalog = { [K in RuleId]: (p: RuleParams[K]) => string };

const col = COLUMN_LABELS.zh;
const list = (items: (string | number)[]) => items.join('、');
/** Where the roster came from, as a user would name it: a file given with --roster, or a sheet of the workbook. */
const rosterSource = (source: string) => (/\.(csv|json|txt)$/i.test(source) ? `名单文件“${source}”` : `“${source}”工作表`);

/** Each message says what is wrong, then what to do. */
export const zh: MessageCatalog = {
  'table.not-found': (p) =>
    p.missing !== undefined
      ? `没有名为“${p.missing}”的工作表${p.sheets.length ? `（工作簿中有：${list(p.sheets)}）` : ''}。请选择要校验的工作表。`
      : `没有找到通报表：在 ${p.sheets.length ? list(p.sheets) : '工作簿'} 中找不到含“序号、年度目标任务、完成情况、分管领导、责任单位”的表头行。请确认表头文字，或指定要校验的工作表（命令行用 --sheet）。`,
  'table.column-missing': (p) => `表头缺少“${col[p.column]}”列。请补上这一列，或把表头改成常用写法。`,
  'table.month-mismatch': (p) => {
    const named = [p.title, p.header, p.sheet].filter((m): m is number => m !== null);
    const one = named[0];
    if (one !== undefined && one !== p.used && named.every((m) => m === one)) {
      return `表中写的是${one}月，已按指定的${p.used}月校验。请确认月份。`;
    }
    const parts: string[] = [];
    if (p.title !== null) parts.push(`标题为${p.title}月`);
    if (p.header !== null) parts.push(`表头为${p.header}月`);
    if (p.sheet !== null) parts.push(`工作表名为${p.sheet}月`);
    return `月份不一致：${parts.join('，')}。已按${p.used}月校验，请统一月份。`;
  },
  'seq.invalid': (p) =>
    p.number !== undefined ? `序号“${p.text}”不是规范写法，应写“${p.number}”。` : `序号“${p.text}”不是数字。请改为阿拉伯数字。`,
  'seq.duplicate': (p) => `序号 ${p.seq} 重复（首次出现在 ${p.first}）。请重新编号。`,
  'seq.gap': (p) =>
    p.after === 0
      ? `序号没有从 1 开始，缺少 ${list(p.missing)}。请检查是否漏行或编号跳号。`
      : `序号 ${p.after} 之后缺少 ${list(p.missing)}。请检查是否漏行或编号跳号。`,
  'seq.order': (p) => `序号 ${p.seq} 排在 ${p.previous} 之后，顺序颠倒。请按顺序编号。`,
  'cell.empty': (p) =>
    p.value !== undefined ? `“${col[p.column]}”是错误值 ${p.value}，没有内容。请填写。` : `“${col[p.column]}”为空。请填写。`,
  'status.missing': (p) =>
    `完成情况没有以“完成”“部分完成”或“未完成”开头（现为“${p.opening}”）。请在开头写明完成状态。`,
  'status.nonstandard': (p) =>
    p.place === undefined
      ? `完成状态“${p.label}”不规范，应写“${p.standard}”。`
      : `完成状态“${p.label}”写在${p.place === 'end' ? '末尾' : '小标题之后'}，应在完成情况开头写“${p.standard}”。`,
  'overdue.month': (p) => (p.status === '未完成' ? '本月目标未完成。' : '本月目标部分完成。'),
  'leader.spacing': (p) =>
    `分管领导姓名中间有空格：${[p, ...(p.more ?? [])].map((n) => `“${n.raw}”应为“${n.name}”`).join('，')}。请删除姓名中的空格。`,
  'leader.variant': (p) => {
    const all = [p, ...(p.more ?? [])];
    const items = all.map((n) =>
      n.reason === 'suspect'
        ? `“${n.name}”疑似“${n.canonical}”的不同写法`
        : n.reason === 'script'
          ? `“${n.name}”是繁体写法，应为“${n.canonical}”`
          : `“${n.name}”与名单中的“${n.canonical}”只差一字，应为“${n.canonical}”`,
    );
    const ask = all.some((n) => n.reason === 'suspect')
      ? '请核实：是同一人就统一写法；不是同一人，请在“名单”工作表中列出全部分管领导，之后不再提示。'
      : all.some((n) => n.reason === 'roster')
        ? '请按名单改正。'
        : '请统一写法。';
    return `分管领导${items.join('；')}。${ask}`;
  },
  'leader.merged': (p) => {
    const items = [p, ...(p.more ?? [])].map((n) => {
      const guess = n.likely.join() !== n.parts.join() ? `，可能是${n.likely.map((l) => `“${l}”`).join('和')}` : '';
      return `“${n.raw}”疑似多个姓名连在一起（${list(n.parts)}${guess}）`;
    });
    return `分管领导${items.join('；')}。请核实，并用空格分开各个姓名。`;
  },
  'leader.unknown': (p) =>
    `分管领导${[p.name, ...(p.more ?? [])].map((n) => `“${n}”`).join('、')}不在名单（${rosterSource(p.roster)}）中。请核对姓名写法；如名单不全，请把姓名加入名单。`,
  'unit.split': (p) =>
    `责任单位名称被空格断开：${[p, ...(p.more ?? [])].map((u) => `“${u.raw}”应为“${u.name}”`).join('，')}。请删除名称中的空格。`,
  'unit.unknown': (p) =>
    `责任单位${[p.name, ...(p.more ?? [])].map((n) => `“${n}”`).join('、')}不在名单（${rosterSource(p.roster)}）中。请核对单位名称；如名单不全，请把单位加入名单。`,
  'unit.lead-marker': (p) =>
    `牵头标记${[p.marker, ...(p.more ?? [])].map((m) => `“${m}”`).join('、')}不规范。请在牵头单位名称后紧接着写“（牵头）”（全角括号）。`,
  'text.stray-space': (p) =>
    `“${col[p.column]}”中汉字之间有多余空格：“${p.excerpt}”${p.count !== undefined && p.count > 1 ? `等${p.count}处` : ''}。请删除空格。`,
  'status.mismatch': (p) =>
    p.cue !== null
      ? `标为“完成”，但完成情况写有“${p.cue}”。请核实是否已完成，或改为“部分完成”“未完成”。`
      : `标为“完成”，但数字未达到目标：${p.metric ? `${p.metric}，` : ''}目标${p.target}，实际${p.actual}。请核实完成状态或数字。`,
  'status.understated': (p) => `标为“${p.status}”，但各项数字均已达到目标（${list(p.met)}）。请核实是否应为“完成”。`,
  'overdue.deadline': (p) => `目标期限“${p.deadline}”（${p.date}）已过，任务仍未完成。请督促进度，或说明原因。`,
  'overdue.schedule': (p) =>
    `年度进度${p.actual}%${p.basis ? `（${p.basis}）` : ''}，低于序时进度${p.expected}%，落后${Math.round((p.expected - p.actual) * 10) / 10}个百分点。`,
  'text.restates-target': () => '完成情况照抄目标任务，缺少具体成效。请写明实际进展和数字。',
};
