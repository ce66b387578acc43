import { Body1, Button, Checkbox, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, WrenchRegular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import { useHost } from '../hooks/HostContext';
import { useSheetView } from '../hooks/SheetViewContext';
import { useFixes } from '../hooks/useFixes';
import { usePaging } from '../hooks/usePaging';
import type { ReportState } from '../hooks/useReport';
import { useStrings } from '../i18n';
import { fixKey, seqOfFix } from '../logic/fix-view';
import { ErrorBar } from './ErrorBar';
import { FixItem } from './FixItem';
import { Notice } from './Notice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const PAGE = 100;

export function FixPanel({ state }: { state: ReportState }) {
  const t = useStrings();
  const s = useStyles();
  const host = useHost();
  const report = state.checked?.report ?? null;
  const fx = useFixes(host, report, () => state.refresh(true));
  const all = fx.fixes.length > 0 && fx.selected.length === fx.fixes.length;
  const some = fx.selected.length > 0 && !all;
  const paging = usePaging(PAGE);
  const limit = paging.limit('fixes');
  // Beside the pane, the sheet shows the ticked fixes in their cells while this panel is open.
  const preview = useSheetView()?.preview;
  useEffect(() => {
    preview?.(fx.selected);
    return () => preview?.([]);
  }, [preview, fx.selected]);

  return (
    <div className={s.root}>
      {!report ? <Body1>{t.fix.needCheck}</Body1> : fx.fixes.length === 0 ? <Body1>{t.fix.none}</Body1> : <Body1>{t.fix.intro}</Body1>}
      <div className={s.actions}>
        <Button appearance="primary" icon={<WrenchRegular />} onClick={() => void fx.apply()} disabled={fx.busy || fx.selected.length === 0}>
          {t.fix.apply(fx.selected.length)}
        </Button>
        <Button icon={<ArrowUndoRegular />} onClick={() => void fx.undo()} disabled={fx.busy}>
          {t.fix.undo}
        </Button>
      </div>
      {fx.busy ? <Spinner size="tiny" label={t.fix.working} /> : null}
      {fx.outcome?.kind === 'applied' ? <Notice>{t.fix.applied(fx.outcome.applied, fx.outcome.skipped, fx.outcome.rounds)}</Notice> : null}
      {fx.outcome?.kind === 'applied' && fx.outcome.manual.length ? <Notice intent="warning">{t.fix.manual(fx.outcome.manual.join('、'))}</Notice> : null}
      {fx.outcome?.kind === 'undone' ? (
        <Notice intent={fx.outcome.restored ? 'success' : 'info'}>{fx.outcome.restored ? t.fix.undone(fx.outcome.restored) : t.fix.nothingToUndo}</Notice>
      ) : null}
      <ErrorBar error={fx.error} onDismiss={fx.clearError} />
      {fx.fixes.length > 0 ? (
        <>
          <Checkbox
            label={t.fix.selectAll}
            checked={all ? true : some ? 'mixed' : false}
            onChange={(_, d) => fx.toggleAll(d.checked === true)}
          />
          <ul className={s.list} aria-label={t.fix.listLabel}>
            {fx.fixes.slice(0, limit).map((fix) => (
              <li key={fixKey(fix)}>
                <FixItem fix={fix} seq={report ? seqOfFix(fix, report.findings) : null} checked={fx.isSelected(fix)} onToggle={fx.toggle} />
              </li>
            ))}
          </ul>
          {fx.fixes.length > limit ? (
            <Button appearance="subtle" onClick={() => paging.more('fixes')}>
              {t.check.more(Math.min(PAGE, fx.fixes.length - limit), fx.fixes.length)}
            </Button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
