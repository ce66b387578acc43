/**
 * Ways of writing that work is not finished without a negative word: still being processed (正在办理竣工
 *验收, 正在办理施工许可手续), planned or expected for later (计划10月底投用, 预计年底前完成), or waiting on
 * something (待资金到位后开工). Kept as data, like NEGATIVE_CUES: a locality adds its own phrasing here.
 */
export interface PendingPattern {
  /** What the message calls it. */
  name: string;
  pattern: RegExp;
  /** Work under way: no contradiction when the month's target only asked to push the same work on. */
  ongoing?: boolean;
}

/** When a plan or an estimate says it will happen: a month, the year's end, soon. */
const LATER = '(?:于|在|将于)?\\s*(?:\\d{1,2}\\s*月|[一二三四五六七八九十]{1,2}月|年底|年末|年内|今年|下月|近期|月底|下半年|四季度|明年|\\d{4}\\s*年)';
/** The step a plan or an estimate is about. */
const STEP = '(?:投用|投入使用|投产|运营|运行|竣工|完工|完成|建成|开工|开业|验收|办结|交付|通车)';

export const PENDING_PATTERNS: readonly PendingPattern[] = [
  { name: '正在办理', pattern: /正在(?:办理|进行|组织|开展|履行)[^，,。；;\n]{0,12}(?:验收|手续|审批|报批|审查|评审|备案)/g, ongoing: true },
  { name: '计划', pattern: new RegExp(`(?<![按原])计划${LATER}[^，,。；;\\n]{0,10}${STEP}`, 'g') },
  { name: '预计', pattern: new RegExp(`预计${LATER}[^，,。；;\\n]{0,10}${STEP}`, 'g') },
  { name: '待…后', pattern: /待[^，,。；;\n遇]{1,14}后/g },
];
