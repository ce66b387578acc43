/**
 * The written 通报 as data: what each face (the .docx, the plain text, the pane's preview, the 通报文稿
 * sheet) renders. Every figure in it comes from the summary model the summary sheets are built from.
 */

/** A run of text; `strong` is for the few words a reader must not miss (none by default). */
export interface Heading {
  kind: 'heading';
  /** 1: 一、总体情况 (黑体); 2: （一）郭克华同志分管 (楷体). */
  level: 1 | 2;
  text: string;
}

export interface Paragraph {
  kind: 'paragraph';
  text: string;
}

export interface Table {
  kind: 'table';
  header: string[];
  rows: string[][];
}

export type Block = Heading | Paragraph | Table;

export interface BulletinDoc {
  /** 关于2023年9月份重点工作完成情况的通报 */
  title: string;
  /** 主送机关, e.g. 各有关单位： */
  recipient: string;
  body: Block[];
  /** 附件：… naming the 通报表 itself. */
  attachment: string;
  /** 落款: the issuing office; empty when the office did not set one. */
  issuer: string;
  /** 成文日期 in Chinese: 2023年10月8日. */
  date: string;
}

export type BulletinGroupBy = 'leader' | 'unit';
export type LeaderLayout = 'paragraph' | 'table';

/** What the office can set; kept in the workbook with the other settings. */
export interface BulletinSettings {
  recipient?: string;
  /** 四、下步工作要求: the office's own standard paragraph(s), one per line. */
  requirements?: string;
  issuer?: string;
}

/** Last month, when a previous report was compared; without it the sentences about it are left out. */
export interface BulletinHistory {
  /** 完成率 of last month's report, 0–1. */
  previousRate: number;
  /** Tasks not 完成 for two months or more in a row. */
  repeated: number;
  /** Months in a row not 完成, by task index in the report (only for tasks with two or more). */
  monthsByTask?: ReadonlyMap<number, number>;
}

export interface BulletinOptions extends BulletinSettings {
  groupBy: BulletinGroupBy;
  leaderLayout: LeaderLayout;
  /** The day the draft is dated; the caller passes today's date so the core stays deterministic. */
  date: { year: number; month: number; day: number };
  /** Last month; when absent, taken from the check's own comparison (report.history); null leaves it out. */
  history?: BulletinHistory | null;
}
