import {
  Body1,
  Button,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import { TableSimpleRegular } from '@fluentui/react-icons';
import { useHost } from '../hooks/HostContext';
import type { ReportState } from '../hooks/useReport';
import { useMode } from '../hooks/ModeContext';
import { useRoster } from '../hooks/useRoster';
import { useSummaries } from '../hooks/useSummaries';
import { useStrings } from '../i18n';
import type { SummaryBy } from '../logic/engine';
import { ErrorBar } from './ErrorBar';
import { Notice } from './Notice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

const UNRESOLVED_SHOWN = 8;

export function SummaryPanel({ state }: { state: ReportState }) {
  const t = useStrings();
  const s = useStyles();
  const host = useHost();
  const report = state.checked?.report ?? null;
  const sum = useSummaries(host, report, () => state.refresh(state.shown));
  const roster = useRoster(host, report, () => state.refresh(state.shown));
  const phase = sum.phase;
  const live = useMode() === 'excel';

  return (
    <div className={s.root}>
      <Field label={t.summary.by}>
        <RadioGroup value={sum.by} onChange={(_, d) => sum.setBy(d.value as SummaryBy)} disabled={sum.busy}>
          <Radio value="leader" label={t.summary.byLeader} />
          <Radio value="unit" label={t.summary.byUnit} />
          <Radio value="both" label={t.summary.byBoth} />
        </RadioGroup>
      </Field>
      <div>
        <Button appearance="primary" icon={<TableSimpleRegular />} onClick={() => void sum.run()} disabled={!report || sum.busy}>
          {t.summary.run}
        </Button>
      </div>
      {!report ? <Body1>{t.summary.needReport}</Body1> : null}
      <ErrorBar error={sum.error ?? roster.error} onDismiss={() => { sum.clearError(); roster.clearError(); }} />
      {roster.written ? (
        <Notice>
          {t.settings.rosterMade(roster.written.name)}{' '}
          <Link as="button" onClick={() => void roster.select(roster.written?.name ?? '')}>
            {roster.written.name}
          </Link>
        </Notice>
      ) : null}
      {phase.kind === 'confirm' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.summary.unresolvedTitle}</MessageBarTitle>
            {t.summary.unresolved(
              phase.unresolved
                .slice(0, UNRESOLVED_SHOWN)
                .map((u) => `${u.name} → ${u.canonical}`)
                .join('；') + (phase.unresolved.length > UNRESOLVED_SHOWN ? '…' : ''),
            )}
            {phase.fixable === 0 ? <div>{t.summary.noFixable}</div> : null}
          </MessageBarBody>
          <MessageBarActions>
            {phase.fixable > 0 ? (
              <Button appearance="primary" onClick={() => void sum.fixNames()} disabled={sum.busy}>
                {t.summary.fixNames}
              </Button>
            ) : (
              <Button
                appearance="primary"
                onClick={() => void roster.make().then((sheet) => sheet && roster.select(sheet.name))}
                disabled={sum.busy || roster.busy}
              >
                {t.settings.makeRoster}
              </Button>
            )}
            <Button onClick={() => void sum.proceed()} disabled={sum.busy}>
              {t.summary.anyway}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {phase.kind === 'working' || sum.busy ? (
        <Field validationMessage={t.summary.working} validationState="none">
          <ProgressBar aria-label={t.summary.working} />
        </Field>
      ) : null}
      {phase.kind === 'done' ? (
        <div role="status">
          <Body1>{live ? t.summary.made(phase.written.length) : t.summary.madeInFile(phase.written.length)}</Body1>
          <ul className={s.list}>
            {phase.written.map((w) => (
              <li key={w.name}>
                {live ? (
                  <Link as="button" onClick={() => void sum.select(w.name)}>
                    {w.name}
                  </Link>
                ) : (
                  <span data-sheet-name={w.name}>{w.name}</span>
                )}
                {w.name !== w.wanted ? t.summary.renamed(w.wanted) : w.replaced ? t.summary.replaced : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
