import { buildBulletin, type BulletinDoc, type BulletinGroupBy } from '../../core/bulletin';
import type { WorkbookSettings } from '../../core/host';
import { groupTasks } from '../../core/summary/group';
import type { UnresolvedName } from '../../core/summary/types';
import type { Checked } from './engine';

/** The draft of the 通报 for a checked report, dated today, in the office's saved words. */
export function draftBulletin(checked: Checked, settings: WorkbookSettings, groupBy: BulletinGroupBy, now = new Date()): BulletinDoc {
  return buildBulletin(checked.report, {
    ...(settings.bulletin ?? {}),
    groupBy,
    leaderLayout: 'paragraph',
    date: { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() },
  });
}

/** Names the draft would count apart, as the summaries would: the user settles them first, or goes ahead. */
export function bulletinDoubts(checked: Checked): UnresolvedName[] {
  const { report } = checked;
  return groupTasks(report.tasks, report.names, report.sheet).unresolved;
}

/** 关于2023年9月份重点工作完成情况的通报.docx — a name that says what the file is. */
export function bulletinFileName(doc: BulletinDoc): string {
  return `${doc.title.replace(/[\\/:*?"<>|]/g, '')}（草稿）.docx`;
}
