/** The words a report title uses for the work it reports on, longest first so 重点工作任务 wins over 重点工作. */
const WORK_WORDS = ['重点工作任务', '重点工作', '重点任务', '重点项目', '重点事项', '目标任务', '工作任务', '民生实事'];
const DEFAULT_WORK = '重点工作';

/** A quoted name right before the work word: 《政府工作报告》重点任务. */
const QUOTED = /《[^《》]{1,30}》$/;

/**
 * The report's own name for the work: 重点工作, 重点任务, 《政府工作报告》重点任务… taken from its title,
 * so the 通报 speaks as the report does. Falls back to 重点工作.
 */
export function workName(title: string | null): string {
  const text = (title ?? '').replace(/\s+/g, '');
  let best: { at: number; word: string } | null = null;
  for (const word of WORK_WORDS) {
    const at = text.indexOf(word);
    if (at >= 0 && (best === null || at < best.at)) best = { at, word };
  }
  if (best === null) {
    const quoted = /《[^《》]{1,30}》/.exec(text);
    return quoted ? `${quoted[0]}${DEFAULT_WORK}` : DEFAULT_WORK;
  }
  const quoted = QUOTED.exec(text.slice(0, best.at));
  return `${quoted ? quoted[0] : ''}${best.word}`;
}

/** 关于2023年9月份重点工作完成情况的通报 (the year or month left out when the report does not name it). */
export function bulletinTitle(year: number | null, month: number | null, title: string | null): string {
  const when = `${year !== null ? `${year}年` : ''}${month !== null ? `${month}月份` : ''}`;
  return `关于${when}${workName(title)}完成情况的通报`;
}

/** 2023年10月8日 */
export function chineseDate(date: { year: number; month: number; day: number }): string {
  return `${date.year}年${date.month}月${date.day}日`;
}
