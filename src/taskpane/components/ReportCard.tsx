import { Badge, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { historyNoteText, type PreviousChoice } from '../../core/history';
import { useMode } from '../hooks/ModeContext';
import { useLocale, useStrings } from '../i18n';
import type { Report } from '../logic/engine';
import { Notice } from './Notice';
import { PreviousPicker } from './PreviousPicker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  subtle: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

interface Props {
  report: Report;
  busy: boolean;
  onRefresh: () => void;
  /** Every sheet of the workbook, to choose last month's from. */
  sheets: string[];
  previous: PreviousChoice | undefined;
  onPrevious: (previous: PreviousChoice | undefined) => void;
}

export function ReportCard({ report, busy, onRefresh, sheets, previous, onPrevious }: Props) {
  const t = useStrings();
  const locale = useLocale();
  const compared = report.history?.info;
  // In the page, last month may come from another file even when this workbook holds one sheet.
  const standalone = useMode() === 'standalone';
  const s = useStyles();
  const counts = report.statusCounts;
  return (
    <section className={s.root} aria-label={report.title ?? report.sheet ?? undefined}>
      <div className={s.line}>
        <Subtitle2 as="h2" className={s.title}>
          {report.sheet ?? report.title}
        </Subtitle2>
        <Button size="small" appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={onRefresh} disabled={busy}>
          {t.report.refresh}
        </Button>
      </div>
      {report.title ? <Caption1 className={s.subtle}>{report.title}</Caption1> : null}
      <Caption1>
        {t.report.month(report.month, report.year)} · {t.report.tasks(report.tasks.length)}
      </Caption1>
      <div className={s.badges} role="list" aria-label={t.report.statusLabel}>
        <Badge role="listitem" appearance="tint" color="success">
          {t.report.status.完成} {counts.完成}
        </Badge>
        <Badge role="listitem" appearance="tint" color="warning">
          {t.report.status.部分完成} {counts.部分完成}
        </Badge>
        <Badge role="listitem" appearance="tint" color="danger">
          {t.report.status.未完成} {counts.未完成}
        </Badge>
        {counts.缺失 > 0 ? (
          <Badge role="listitem" appearance="tint" color="subtle">
            {t.report.status.缺失} {counts.缺失}
          </Badge>
        ) : null}
      </div>
      {compared ? <Caption1>{t.report.compared(compared.sheet, compared.file ?? null)}</Caption1> : null}
      {report.historyNote ? <Notice intent="info">{historyNoteText(report.historyNote, locale)}</Notice> : null}
      {sheets.length > 1 || standalone ? (
        <PreviousPicker sheets={sheets.filter((name) => name !== report.sheet)} previous={previous} disabled={busy} onChange={onPrevious} />
      ) : null}
      {report.failedRules?.length ? <Notice intent="warning">{t.report.failedRules(report.failedRules.join('、'))}</Notice> : null}
    </section>
  );
}
