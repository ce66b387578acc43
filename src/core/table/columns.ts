import type { ColumnKey, ExtraColumnKey, FieldKey } from '../model';
import { toSimplified } from '../names/normalize';
import { CHINESE_NUMERAL, monthNumber } from './numerals';

/** The six columns every report has. */
export const COLUMN_KEYS: readonly ColumnKey[] = ['seq', 'annual', 'month', 'progress', 'leaders', 'units'];
export const EXTRA_COLUMN_KEYS: readonly ExtraColumnKey[] = ['status', 'light', 'coUnits'];
export const FIELD_KEYS: readonly FieldKey[] = [...COLUMN_KEYS, ...EXTRA_COLUMN_KEYS];

const M = `(?:\\d{1,2}|${CHINESE_NUMERAL}{1,3})`;
/** A month or a month range such as 1-9月 / 1至9月份; the last number is the month. */
const MONTH_PREFIX = `(?:${M}[-—–~～至到])?(${M})月份?`;

/**
 * Header variants per column, matched against the squashed header text (NFKC, no spaces)
 * with any bracketed note removed. Kept as data so a new district's wording is one line here.
 */
const PATTERNS: Record<FieldKey, RegExp> = {
  seq: /^(?:序号|编号|序列号|序次|No\.?|NO\.?)$/i,
  annual: /^(?:(?:\d{4}年度?|(?:\d{4}年)?(?:年度|全年|本年度?))(?:工作|重点)?(?:目标任务|目标|任务|工作任务|工作目标|重点任务|工作|工作要点)|(?:重点|主要|工作|目标)(?:工作)?任务|重点工作|工作目标|任务目标)$/,
  month: new RegExp(
    `^(?:\\d{4}年)?(?:${MONTH_PREFIX}|本月|当月|月度|本月度)(?:工作|重点)?(?:目标任务|目标|任务|工作任务|工作目标|计划|工作计划|推进计划|工作|工作要点|工作安排)$`,
  ),
  progress: new RegExp(
    `^(?:${MONTH_PREFIX}|本月|当月)?(?:工作)?(?:完成情况|进展情况|推进情况|完成进度|进展|工作进展|落实情况|完成进展|进度情况|推进落实情况|目标完成情况|任务完成情况)$`,
  ),
  leaders: /^(?:分管|责任|牵头|联系)(?:区|县|市|旗|镇|乡|街道|区级|县级|市级)?(?:级)?领导(?:同志)?$/,
  units: /^(?:责任|牵头|承办|主责|责任落实|牵头责任)(?:单位|部门)(?:[/、](?:单位|部门))?$/,
  status: /^(?:完成|进展|推进|进度|任务)?状态$|^(?:是否完成|完成与否|是否达序时|是否达到序时进度)$/,
  light: /^(?:亮灯|亮灯情况|亮灯状态|进度亮灯|进度评价|序时评价|进展评价|评价|红黄绿灯|灯色|进度预警|预警情况)$/,
  coUnits: /^(?:配合|协办|协同|协助|参与|配合责任)(?:单位|部门)$/,
};

const BRACKETED = /[（(【[][^）)】\]]*[）)】\]]/g;
/** "*序号", "责任单位※": a form's required-field marks. */
const REQUIRED_MARKS = /[*＊※]/g;
const BRACKET_CHARS = /[（()）【】[\]]/g;

/** The column a header cell names, if any. `key` is squashed header text. */
export function matchColumn(key: string): FieldKey | null {
  if (!key || key.length > 40) return null;
  if (/[*＊※]/.test(key)) return matchColumn(key.replace(REQUIRED_MARKS, ''));
  const bare = key.replace(BRACKETED, '');
  const unwrapped = key.replace(BRACKET_CHARS, '');
  for (const col of FIELD_KEYS) {
    const re = PATTERNS[col];
    if (re.test(bare) || re.test(key) || re.test(unwrapped)) return col;
  }
  // A header typed in traditional script (序號, 完成情況) names the same column.
  const simple = toSimplified(key);
  return simple !== key ? matchColumn(simple) : null;
}

/** A progress header that names the verdict rather than the work: beside 工作进展, it is the status column. */
const VERDICT_HEADER = new RegExp(`^(?:${MONTH_PREFIX})?(?:完成情况|完成进度|目标完成情况|任务完成情况)$`);

export function isVerdictHeader(key: string): boolean {
  return VERDICT_HEADER.test(key.replace(BRACKETED, ''));
}

const MONTH_IN_HEADER = new RegExp(`^(?:\\d{4}年)?${MONTH_PREFIX}`);

/** The month named in a month-target header such as "9月份目标任务"; null for 本月目标任务. */
export function headerMonth(key: string): number | null {
  const m = MONTH_IN_HEADER.exec(key);
  return m?.[1] !== undefined ? monthNumber(m[1]) : null;
}
