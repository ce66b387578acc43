import { Body1, Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { CheckmarkStarburstRegular, EraserRegular, HighlightRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Finding } from '../../core/findings';
import { useHost } from '../hooks/HostContext';
import { useAction } from '../hooks/useAction';
import { useFindingsView } from '../hooks/useFindingsView';
import { useMarks } from '../hooks/useMarks';
import { useMode } from '../hooks/ModeContext';
import { useSheetView } from '../hooks/SheetViewContext';
import type { ReportState } from '../hooks/useReport';
import { useStrings } from '../i18n';
import { findingKey } from '../logic/findings-view';
import { ErrorBar } from './ErrorBar';
import { FindingFilters } from './FindingFilters';
import { FindingList } from './FindingList';
import { Notice } from './Notice';

const NO_TASKS: never[] = [];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function CheckPanel({ state }: { state: ReportState }) {
  const t = useStrings();
  const s = useStyles();
  const host = useHost();
  const report = state.checked?.report ?? null;
  const findings: readonly Finding[] = state.shown && report ? report.findings : [];
  const view = useFindingsView(findings, report?.sheet ?? null, report?.tasks ?? NO_TASKS);
  const sheetView = useSheetView();
  const marks = useMarks(host, report, () => state.refresh(state.shown));
  const mode = useMode();
  const [current, setCurrent] = useState<Finding | null>(null);
  const select = useAction(async (f: Finding) => {
    setCurrent(f);
    sheetView?.show(f.sheet, f.cell);
    await host.selectCell(f.sheet, f.cell);
  });

  return (
    <div className={s.root}>
      <div className={s.actions}>
        <Button appearance="primary" icon={<CheckmarkStarburstRegular />} onClick={() => void state.refresh(true)} disabled={state.loading}>
          {state.shown ? t.check.rerun : t.check.run}
        </Button>
        <Button icon={<HighlightRegular />} onClick={() => void marks.apply()} disabled={!report || marks.busy || state.loading}>
          {t.marks.apply}
        </Button>
        <Button icon={<EraserRegular />} onClick={() => void marks.clear()} disabled={marks.busy}>
          {t.marks.clear}
        </Button>
      </div>
      {state.loading ? <Spinner size="tiny" label={t.check.running} /> : marks.busy ? <Spinner size="tiny" label={t.marks.working} /> : null}
      {marks.outcome?.kind === 'marked' ? <Notice>{t.marks.applied(marks.outcome.cells)}</Notice> : null}
      {marks.outcome?.kind === 'cleared' ? <Notice>{t.marks.cleared}</Notice> : null}
      <ErrorBar error={marks.error} onDismiss={marks.clearError} />
      {!state.shown ? <Body1>{t.check.notRun}</Body1> : null}
      {state.shown && report ? (
        <>
          <Body1 role="status">
            {view.total === 0 ? t.check.none : view.shown === view.total ? t.check.total(view.total) : t.check.shown(view.shown, view.total)}
          </Body1>
          {view.total > 0 ? <FindingFilters filter={view.filter} onChange={view.setFilter} leaders={view.names.leaders} units={view.names.units} /> : null}
          <FindingList
            groups={view.groups}
            taskOf={view.taskOf}
            currentKey={current ? findingKey(current) : null}
            onSelect={(f) => void select.run(f)}
            notice={
              select.error ? (
                <ErrorBar error={select.error} onDismiss={select.clearError} />
              ) : mode === 'standalone' && current && !sheetView ? (
                <Notice intent="info">{t.check.selectedInFile(current.cell)}</Notice>
              ) : null
            }
          />
        </>
      ) : null}
    </div>
  );
}
