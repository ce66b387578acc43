import type { ColumnKey } from '../model';
import type { Locale } from '../options';

export const COLUMN_LABELS: Record<Locale, Record<ColumnKey, string>> = {
  zh: { seq: '序号', annual: '年度目标任务', month: '月份目标任务', progress: '完成情况', leaders: '分管领导', units: '责任单位' },
  en: { seq: 'No.', annual: 'annual target', month: 'monthly target', progress: 'progress', leaders: 'leader', units: 'responsible unit' },
};
