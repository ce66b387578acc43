import { Body1, Button, Field, Link, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, CopyRegular, DocumentTextRegular, TableAddRegular } from '@fluentui/react-icons';
import type { BulletinGroupBy } from '../../core/bulletin';
import { useHost } from '../hooks/HostContext';
import { useMode } from '../hooks/ModeContext';
import { useBulletin, type BulletinDone } from '../hooks/useBulletin';
import type { ReportState } from '../hooks/useReport';
import type { SettingsState } from '../hooks/useSettings';
import { useStrings, type Strings } from '../i18n';
import { BulletinSettings } from './BulletinSettings';
import { ErrorBar } from './ErrorBar';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  preview: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    maxHeight: '320px',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
  },
});

function doneText(done: BulletinDone, t: Strings['bulletin']): string {
  if (done === 'copied') return t.copied;
  if (done === 'copy-failed') return t.copyFailed;
  if (done === 'downloaded') return t.downloaded;
  return t.sheetWritten(done.sheet.name);
}

/** 生成通报: the draft of the written 通报, previewed, copied, downloaded as Word or written to a sheet. */
export function BulletinSection({ state, settings }: { state: ReportState; settings: SettingsState }) {
  const t = useStrings().bulletin;
  const s = useStyles();
  const host = useHost();
  const live = useMode() === 'excel';
  const b = useBulletin(host, settings.settings, () => state.refresh(state.shown));
  const report = state.checked?.report ?? null;
  const { phase, done } = b;

  return (
    <section className={s.root} aria-labelledby="bulletin-title">
      <Subtitle2 as="h2" id="bulletin-title">{t.title}</Subtitle2>
      <Body1>{t.intro}</Body1>
      <Field label={t.groupBy}>
        <RadioGroup layout="horizontal" value={b.groupBy} onChange={(_, d) => b.setGroupBy(d.value as BulletinGroupBy)} disabled={b.busy}>
          <Radio value="leader" label={t.byLeader} />
          <Radio value="unit" label={t.byUnit} />
        </RadioGroup>
      </Field>
      <BulletinSettings settings={settings} />
      <div>
        <Button icon={<DocumentTextRegular />} onClick={() => void b.run()} disabled={!report || b.busy}>
          {t.run}
        </Button>
      </div>
      <ErrorBar error={b.error} onDismiss={b.clearError} />
      {phase.kind === 'confirm' ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.doubts(phase.unresolved.map((u) => `“${u.name}”可能是“${u.canonical}”`).join('；'))}{' '}
            <Link as="button" onClick={() => void b.proceed()}>
              {t.anyway}
            </Link>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {phase.kind === 'ready' ? (
        <>
          <div className={s.preview} tabIndex={0} role="document" aria-label={t.previewLabel} data-testid="bulletin-preview">
            {phase.text}
          </div>
          <div className={s.actions}>
            <Button appearance="primary" icon={<CopyRegular />} onClick={() => void b.copy()} disabled={b.busy}>
              {t.copy}
            </Button>
            <Button icon={<ArrowDownloadRegular />} onClick={() => void b.download()} disabled={b.busy}>
              {t.download}
            </Button>
            {live ? (
              <Button icon={<TableAddRegular />} onClick={() => void b.toSheet()} disabled={b.busy}>
                {t.toSheet}
              </Button>
            ) : null}
          </div>
          {done ? (
            <Body1 role="status">
              {doneText(done, t)}
              {typeof done === 'object' ? (
                <>
                  {' '}
                  <Link as="button" onClick={() => void b.select(done.sheet.name)}>
                    {t.goToSheet}
                  </Link>
                </>
              ) : null}
            </Body1>
          ) : null}
          {!live ? <Body1>{t.draftNote}</Body1> : <Body1>{t.draftNoteExcel}</Body1>}
        </>
      ) : null}
    </section>
  );
}
