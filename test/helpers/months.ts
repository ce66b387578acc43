import type { SheetSnapshot } from '../../src/core/snapshot';
import { report, type ReportRow } from './grid';

/** One task as several offices write them, with its progress for the month at hand. */
export interface MonthTask {
  seq?: number | string;
  annual: string;
  month?: string;
  progress: string;
  leaders?: string;
  units?: string;
}

/** Annual targets in the wording of several districts' reports, each a different task. */
export const ANNUAL = {
  forest: '完成新增造林绿化2.5万亩，森林覆盖率提高0.5个百分点。',
  invest: '全年完成固定资产投资120亿元，同比增长8%以上。',
  talent: '引进大学生4500人以上，新建人才公寓2处。',
  market: '新增市场主体1万户以上，其中企业3000户。',
  road: '实施农村公路大中修工程120公里，年底前全部完工。',
  school: '新建、改扩建中小学幼儿园6所，新增学位5400个。',
  water: '完成淄河流域综合治理工程，6月底前主体完工。',
  elder: '新建社区养老服务中心10处，城乡居家养老服务覆盖率达到90%。',
  trade: '实现进出口总额85亿元，实际利用外资8000万美元。',
  permit: '推行“一网通办”，政务服务事项网上可办率达到95%以上。',
  clinic: '建设紧密型县域医共体，村卫生室标准化建设完成率100%。',
  waste: '生活垃圾分类覆盖率达到80%，建成垃圾中转站3座。',
} as const;

const LEADERS: Record<keyof typeof ANNUAL, string> = {
  forest: '郭克华',
  invest: '贾继元',
  talent: '高晋',
  market: '贾继元',
  road: '房美男',
  school: '于海南',
  water: '房美男',
  elder: '于海南',
  trade: '贾继元',
  permit: '崔赞',
  clinic: '于海南',
  waste: '高晋',
};

const UNITS: Record<keyof typeof ANNUAL, string> = {
  forest: '区自然资源局（牵头） 各镇街',
  invest: '区发改局（牵头） 区统计局',
  talent: '区委组织部（牵头） 区人社局',
  market: '区市场监管局',
  road: '区交通运输局',
  school: '区教体局（牵头） 区财政局',
  water: '区水利局',
  elder: '区民政局',
  trade: '区商务局',
  permit: '区行政审批服务局',
  clinic: '区卫健局',
  waste: '区综合执法局（牵头） 各镇街',
};

export type TaskName = keyof typeof ANNUAL;

/** A task of the pool with its progress this month; the leader and unit default to the pool's. */
export function task(name: TaskName, progress: string, more: Partial<MonthTask> = {}): MonthTask {
  return { annual: ANNUAL[name], progress, leaders: LEADERS[name], units: UNITS[name], ...more };
}

/** A month's report sheet of these tasks, numbered from 1 unless a task says otherwise. */
export function monthSheet(month: number, tasks: MonthTask[], opts: { year?: number; name?: string; title?: string | null } = {}): SheetSnapshot {
  const rows: Partial<ReportRow>[] = tasks.map((t, i) => ({
    seq: t.seq ?? i + 1,
    annual: t.annual,
    month: t.month ?? `${month}月份持续推进`,
    progress: t.progress,
    leaders: t.leaders ?? '郭克华',
    units: t.units ?? '区发改局',
  }));
  return report({ month, rows, year: opts.year, name: opts.name, title: opts.title });
}
