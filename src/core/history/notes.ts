import type { Locale } from '../options';
import type { HistoryNote } from './types';

/** The one line saying why this check is not compared with last month, and what to do. */
export function historyNoteText(note: HistoryNote, locale: Locale = 'zh'): string {
  return locale === 'en' ? english(note) : chinese(note);
}

function chinese(n: HistoryNote): string {
  const skip = '本次校验不与上月对比。';
  switch (n.reason) {
    case 'other-year':
      return `上月报表“${n.sheet}”是${n.year}年的，本月是${n.current}年，不是同一年，${skip}请选择同一年上个月的报表。`;
    case 'same-month':
      return `上月报表“${n.sheet}”与本月同为${n.month}月，${skip}请选择上个月的报表。`;
    case 'later-month':
      return `上月报表“${n.sheet}”是${n.month}月的，晚于本月（${n.current}月），${skip}请选择上个月的报表。`;
    case 'no-table':
      return `“${n.sheet}”中没有找到通报表，${skip}`;
    case 'no-sheet':
      return `${n.file !== undefined ? `文件“${n.file}”中` : ''}没有名为“${n.sheet}”的工作表，${skip}`;
    case 'mismatch':
      return `“${n.sheet}”的 ${n.tasks} 项任务与本月只有 ${n.matched} 项对得上，不像同一份通报表，${skip}请确认上月报表。`;
  }
}

function english(n: HistoryNote): string {
  const skip = 'This check is not compared with last month.';
  switch (n.reason) {
    case 'other-year':
      return `Last month's report "${n.sheet}" is from ${n.year}, this one from ${n.current}. ${skip} Choose last month's report of the same year.`;
    case 'same-month':
      return `Last month's report "${n.sheet}" is for ${n.month}, the same month as this one. ${skip} Choose last month's report.`;
    case 'later-month':
      return `Last month's report "${n.sheet}" is for month ${n.month}, after this one (${n.current}). ${skip} Choose last month's report.`;
    case 'no-table':
      return `No report table was found in "${n.sheet}". ${skip}`;
    case 'no-sheet':
      return `${n.file !== undefined ? `The file "${n.file}" has no sheet` : 'There is no sheet'} named "${n.sheet}". ${skip}`;
    case 'mismatch':
      return `Only ${n.matched} of the ${n.tasks} tasks in "${n.sheet}" match this month's: it does not look like the same report. ${skip}`;
  }
}
