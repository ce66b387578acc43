import type { Report } from '../report';
import { percentText, countStatuses } from '../summary/figures';
import { groupTasks, type Bucket, type Grouped } from '../summary/group';
import { previousRates } from '../summary/history';
import type { StatusCounts, UnresolvedName } from '../summary/types';
import { redLights } from './lights';
import { problemBlocks } from './problems';
import { bulletinTitle, chineseDate, workName } from './title';
import type { Block, BulletinDoc, BulletinHistory, BulletinOptions } from './types';

export const DEFAULT_RECIPIENT = '各有关单位：';

export const DEFAULT_REQUIREMENTS = [
  '各分管领导要督促分管单位对照年度目标任务，倒排工期、压实责任，确保按期完成。',
  '未完成、部分完成事项的牵头单位要认真分析原因，明确整改措施和完成时限，配合单位要主动对接、形成合力。',
  '各责任单位要如实填报完成情况，写明完成的数字和成效，按时报送下月推进情况。',
].join('\n');

/** 完成104项，部分完成13项，未完成7项 (and the tasks with no status, when there are any). */
function countsClause(c: StatusCounts): string {
  const parts = [`完成${c.完成}项`, `部分完成${c.部分完成}项`, `未完成${c.未完成}项`];
  if (c.未标明) parts.push(`未标明完成状态${c.未标明}项`);
  return parts.join('，');
}

function pointsText(now: number, before: number): string {
  const diff = Math.round((now - before) * 1000) / 10;
  if (diff === 0) return '完成率与上月持平';
  return `完成率较上月${diff > 0 ? '提高' : '下降'}${Math.abs(diff)}个百分点`;
}

function overview(month: number | null, work: string, total: StatusCounts, history: BulletinHistory | null | undefined): string {
  const when = month !== null ? `截至${month}月底，` : '';
  let text = `${when}${total.total}项${work}中，${countsClause(total)}，完成率${percentText(total.rate)}`;
  if (history) {
    text += `，${pointsText(total.rate, history.previousRate)}`;
    if (history.repeated) text += `；连续两个月以上未完成${history.repeated}项`;
  }
  return `${text}。`;
}

/** A name only suspected to be another's variant is counted apart, as on the summary sheets, and says so. */
function doubtOf(bucket: Bucket, unresolved: readonly UnresolvedName[]): string | null {
  return unresolved.find((u) => u.name === bucket.name)?.canonical ?? null;
}

function leaderSentence(bucket: Bucket, counts: StatusCounts, doubt: string | null): string {
  const note = doubt !== null ? `（姓名待核实，疑似“${doubt}”）` : '';
  return `${bucket.name}同志${note}分管${counts.total}项，${countsClause(counts)}，完成率${percentText(counts.rate)}。`;
}

function leaderBlocks(grouped: Grouped, options: BulletinOptions): Block[] {
  const buckets = grouped.leaders;
  if (!buckets.length) return [{ kind: 'paragraph', text: '本月通报表未填写分管领导。' }];
  const counted = buckets.map((b) => ({ bucket: b, counts: countStatuses(b.rows), doubt: doubtOf(b, grouped.unresolved) }));
  if (options.leaderLayout === 'table') {
    return [{
      kind: 'table',
      header: ['分管领导', '分管事项', '完成', '部分完成', '未完成', '完成率'],
      rows: counted.map(({ bucket, counts, doubt }) => [
        doubt !== null ? `${bucket.name}（待核实）` : bucket.name,
        String(counts.total),
        String(counts.完成),
        String(counts.部分完成),
        String(counts.未完成),
        percentText(counts.rate),
      ]),
    }];
  }
  return counted.map(({ bucket, counts, doubt }) => ({ kind: 'paragraph', text: leaderSentence(bucket, counts, doubt) }));
}

function requirementBlocks(text: string | undefined): Block[] {
  const lines = (text?.trim() ? text : DEFAULT_REQUIREMENTS).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.map((line) => ({ kind: 'paragraph', text: line }));
}

/**
 * What last month says, from the comparison the check made: the same rate the 分管领导汇总 sheet shows
 * as 上月完成率, and the months in a row each task has been unfinished.
 */
export function historyOf(report: Report): BulletinHistory | null {
  const history = report.history;
  if (!history) return null;
  const monthsByTask = new Map<number, number>();
  history.streaks.forEach((months, index) => {
    if (months >= 2) monthsByTask.set(index, months);
  });
  return { previousRate: previousRates(history, report.names).total, repeated: monthsByTask.size, monthsByTask };
}

/**
 * The draft 通报 of a checked report: 标题, 主送, 一、总体情况, 二、分管领导分项情况, 三、存在的问题,
 * 四、下步工作要求, 附件 and 落款. Counts come from the grouping the summary sheets use, so the draft and
 * the 分管领导汇总 sheet can never disagree.
 */
export function buildBulletin(report: Report, options: BulletinOptions): BulletinDoc {
  const grouped = groupTasks(report.tasks, report.names, report.sheet);
  const total = countStatuses(grouped.rows);
  const work = workName(report.title);
  const lights = redLights(report.tasks, report.findings);
  // Given explicitly (null: leave last month out), or else whatever the check compared.
  const history = options.history === undefined ? historyOf(report) : options.history;
  const body: Block[] = [
    { kind: 'heading', level: 1, text: '一、总体情况' },
    { kind: 'paragraph', text: overview(report.month, work, total, history) },
    { kind: 'heading', level: 1, text: '二、分管领导分项情况' },
    ...leaderBlocks(grouped, options),
    { kind: 'heading', level: 1, text: '三、存在的问题' },
    ...problemBlocks({ grouped, lights, months: history?.monthsByTask, by: options.groupBy }),
    { kind: 'heading', level: 1, text: '四、下步工作要求' },
    ...requirementBlocks(options.requirements),
  ];
  return {
    title: bulletinTitle(report.year, report.month, report.title),
    recipient: options.recipient?.trim() || DEFAULT_RECIPIENT,
    body,
    attachment: `附件：${report.title?.replace(/\s+/g, '') || `${report.sheet ?? ''}通报表`}`,
    issuer: options.issuer?.trim() ?? '',
    date: chineseDate(options.date),
  };
}
