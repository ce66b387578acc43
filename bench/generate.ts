import ExcelJS from 'exceljs';

/**
 * Realistic 通报表 workbooks of any size, for the benchmark and for tests that need a large report:
 * varied wording with numbers, several leaders per cell (some split by a space or in traditional
 * script), units with 牵头 markers in both bracket styles, and the statuses in about the proportions
 * real reports have, including nonstandard labels and the odd empty cell.
 */

export interface GenerateOptions {
  month?: number;
  year?: number;
  seed?: number;
  /** Repeat the header every this many tasks with a blank row before it, as a report pasted from print does. */
  pageEvery?: number;
  leaders?: number;
}

/** Small deterministic generator (mulberry32), so a given seed always gives the same workbook. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '克华继元美男海南晋赞伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英志红建国文斌宇鹏飞凤兰春梅玉成亮新云峰松林波宁颖慧琳晨瑞祥德福安庆';
const UNITS = [
  '区发改局', '区财政局', '区商务局', '区统计局', '区工信局', '区自然资源局', '区住建局', '区交通运输局', '区农业农村局', '区水利局',
  '区教体局', '区卫健局', '区民政局', '区人社局', '区文旅局', '区市场监管局', '区应急局', '区行政审批服务局', '区大数据中心', '区投资促进中心',
  '区生态环境分局', '区城管局', '区科技局', '区司法局', '区医保局', '区退役军人事务局', '区供销社', '区税务局', '经济开发区管委会', '化工区管委会',
];
const PROJECTS = ['产业园', '污水处理厂', '棚户区改造', '综合管廊', '物流园', '人才公寓', '智慧城市平台', '高标准农田', '乡村振兴示范片区', '老旧小区改造', '冷链仓储', '新材料项目', '技改项目', '职业学校', '社区卫生服务中心'];
const MEASURES = ['一般公共预算收入', '固定资产投资', '社会消费品零售总额', '规上工业增加值', '外贸进出口', '实际使用外资', '城镇新增就业', '居民人均可支配收入'];
const VERBS = ['推进', '完成', '启动', '建成', '开工', '验收', '招标', '组卷报批'];

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)] as T;
}

function int(rnd: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rnd() * (hi - lo + 1));
}

function leaderPool(rnd: () => number, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const given = rnd() < 0.7 ? pick(rnd, [...GIVEN]) + pick(rnd, [...GIVEN]) : pick(rnd, [...GIVEN]);
    names.add(pick(rnd, [...SURNAMES]) + given);
  }
  return [...names];
}

/** A leader as staff type it: mostly clean, sometimes a two-character name split by a space. */
function written(rnd: () => number, name: string): string {
  if (name.length === 2 && rnd() < 0.05) return `${name[0]} ${name[1]}`;
  return name;
}

function unitsCell(rnd: () => number): string {
  const count = int(rnd, 1, 4);
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(pick(rnd, UNITS));
  const list = [...chosen];
  const marker = rnd() < 0.88 ? '（牵头）' : rnd() < 0.6 ? '(牵头)' : '';
  if (count > 1 && marker) list[0] = list[0] + marker;
  return list.join(rnd() < 0.9 ? ' ' : '、');
}

type Status = '完成' | '部分完成' | '未完成';

/** About the mix of the real September report: 104 完成, 13 部分完成, 7 未完成 out of 124. */
function status(rnd: () => number): Status {
  const r = rnd();
  return r < 0.84 ? '完成' : r < 0.945 ? '部分完成' : '未完成';
}

function taskTexts(rnd: () => number, month: number): { annual: string; target: string; progress: string } {
  const s = status(rnd);
  const kind = rnd();
  if (kind < 0.35) {
    const m = pick(rnd, MEASURES);
    const yearly = int(rnd, 3, 15);
    const monthly = Math.max(1, yearly + int(rnd, -3, 2));
    const share = s === '完成' ? 1 + rnd() * 0.6 : s === '部分完成' ? 0.6 + rnd() * 0.35 : rnd() * 0.5;
    const actual = Math.round(monthly * share * 10) / 10;
    return {
      annual: `${m}增长${yearly}%以上，确保完成上级下达的目标任务。`,
      target: `${m}增长${monthly}%。`,
      progress: `${s}。1-${month}月份${m}增长${actual}%，${actual >= monthly ? '高于' : '低于'}目标${Math.abs(Math.round((actual - monthly) * 10) / 10)}个百分点。`,
    };
  }
  if (kind < 0.7) {
    const p = pick(rnd, PROJECTS);
    const total = int(rnd, 4, 60);
    const planned = int(rnd, Math.ceil(total / 2), total);
    const done = s === '完成' ? planned + int(rnd, 0, total - planned) : s === '部分完成' ? int(rnd, 1, planned - 1) : 0;
    const invest = int(rnd, 2, 30);
    const spent = Math.round(invest * (s === '完成' ? 1 + rnd() * 0.3 : s === '部分完成' ? 0.5 + rnd() * 0.45 : rnd() * 0.3) * 10) / 10;
    const verb = pick(rnd, VERBS);
    return {
      annual: `实施${p}${total}个，${pick(rnd, VERBS)}年度建设任务，年底前全部投入使用。`,
      target: `累计${verb}${planned}个，完成投资${invest}亿元。`,
      progress: `${s}。已累计${verb}${done}个，完成投资${spent}亿元，完成率${Math.round((done / planned) * 100)}%。`,
    };
  }
  const p = pick(rnd, PROJECTS);
  const planned = int(rnd, 30, 90);
  const built = s === '完成' ? int(rnd, planned, 100) : s === '部分完成' ? int(rnd, Math.ceil(planned / 2), planned - 1) : int(rnd, 0, Math.floor(planned / 3));
  const label = rnd() < 0.04 ? pick(rnd, s === '完成' ? ['已完成', '全部完成'] : s === '部分完成' ? ['基本完成', '正在推进'] : ['尚未完成']) : s;
  const tender = s === '完成' ? '已完成' : '正在进行';
  return {
    annual: `加快${p}建设，${month + 2}月底前完成主体工程，年内建成投用。`,
    target: `${p}：完成主体施工${planned}%；同步开展设备招标。`,
    progress: `${label}。${p}：主体施工已完成${built}%，设备招标${tender}；下一步将加强调度，确保按期完成。`,
  };
}

/** The rows of a report sheet: title, header, then the tasks (with repeated headers if asked). */
export function generateRows(tasks: number, options: GenerateOptions = {}): (string | number | null)[][] {
  const month = options.month ?? 9;
  const year = options.year ?? 2023;
  const rnd = random(options.seed ?? 20230930);
  const pool = leaderPool(rnd, options.leaders ?? 50);
  const header = ['序号', '年度目标任务', `${month}月份目标任务`, '完成情况', '分管区领导', '责任单位'];
  const rows: (string | number | null)[][] = [[`${year}年《政府工作报告》重点工作${month}月份完成情况通报表`, null, null, null, null, null], header];
  for (let i = 1; i <= tasks; i++) {
    if (options.pageEvery && i > 1 && (i - 1) % options.pageEvery === 0) rows.push([], [...header]);
    const t = taskTexts(rnd, month);
    const count = rnd() < 0.55 ? 1 : int(rnd, 2, 4);
    const leaders = new Set<string>();
    while (leaders.size < count) leaders.add(pick(rnd, pool));
    const progress = rnd() < 0.003 ? null : t.progress;
    rows.push([i, t.annual, t.target, progress, [...leaders].map((n) => written(rnd, n)).join(' '), unitsCell(rnd)]);
  }
  return rows;
}

const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = { name: '宋体', size: 11 };
const TITLE_STYLE: Partial<ExcelJS.Style> = { font: { ...FONT, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } };
const HEADER_STYLE: Partial<ExcelJS.Style> = { font: { ...FONT, bold: true }, border: BORDER, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
const CENTER_STYLE: Partial<ExcelJS.Style> = { font: FONT, border: BORDER, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
const TEXT_STYLE: Partial<ExcelJS.Style> = { font: FONT, border: BORDER, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } };
/** 序号 and 分管领导 are centred, the texts left-aligned, as in the real report. */
const BODY_STYLES = [CENTER_STYLE, TEXT_STYLE, TEXT_STYLE, TEXT_STYLE, CENTER_STYLE, TEXT_STYLE];
const WIDTHS = [6, 40, 40, 60, 12, 22];

/** Rows tall enough for the longest text, as a report formatted for printing has them. */
function heightFor(row: readonly (string | number | null)[]): number {
  let lines = 1;
  row.forEach((v, i) => {
    if (typeof v === 'string') lines = Math.max(lines, Math.ceil((v.length * 2) / Math.max(1, (WIDTHS[i] ?? 10) - 2)));
  });
  return Math.min(409, Math.max(18, lines * 15.5));
}

/**
 * An .xlsx workbook holding one generated report sheet, laid out and formatted like the real one
 * (title merged over A:F, bordered and wrapped cells in 宋体, row heights set), so reading it costs
 * what reading a real report costs.
 */
export function generateWorkbook(tasks: number, options: GenerateOptions = {}): ExcelJS.Workbook {
  const month = options.month ?? 9;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`${month}月`);
  const rows = generateRows(tasks, options);
  rows.forEach((values, r) => {
    const row = ws.addRow(values);
    if (r === 0 || values.length === 0) return;
    const header = values[0] === '序号';
    values.forEach((_v, c) => {
      row.getCell(c + 1).style = header ? HEADER_STYLE : (BODY_STYLES[c] ?? TEXT_STYLE);
    });
    row.height = header ? 18.5 : heightFor(values);
  });
  ws.mergeCells(1, 1, 1, 6);
  ws.getCell('A1').style = TITLE_STYLE;
  ws.getRow(1).height = 32;
  WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' };
  return wb;
}

export async function generateXlsx(tasks: number, options: GenerateOptions = {}): Promise<Uint8Array> {
  const buffer = await generateWorkbook(tasks, options).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
