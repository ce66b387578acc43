import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTableRegular, FolderOpenRegular, LockClosedRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { HostContext } from '../hooks/HostContext';
import { ModeContext } from '../hooks/ModeContext';
import { useStandalone } from '../hooks/useStandalone';
import { useStrings } from '../i18n';
import { ErrorBar } from './ErrorBar';
import { Pane } from './Pane';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  privacy: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  file: { overflowWrap: 'anywhere' },
  hidden: { display: 'none' },
});

/** The pane outside Excel: the user brings a .xlsx, everything runs in this page, the result is downloaded. */
export function StandalonePane({ sample, oldExcel }: { sample: boolean; oldExcel: boolean }) {
  const t = useStrings();
  const s = useStyles();
  const st = useStandalone(sample);
  const input = useRef<HTMLInputElement>(null);

  return (
    <div className={s.root}>
      <div className={s.bar}>
        {oldExcel ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.standalone.oldExcelTitle}</MessageBarTitle>
              {t.standalone.oldExcel}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <Caption1 className={s.privacy}>
          <LockClosedRegular aria-hidden />
          {t.standalone.privacy}
        </Caption1>
        <div className={s.actions}>
          <Button appearance={st.session ? 'secondary' : 'primary'} icon={<FolderOpenRegular />} onClick={() => input.current?.click()} disabled={st.busy}>
            {t.standalone.open}
          </Button>
          {st.session ? (
            <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={() => void st.download()} disabled={st.busy} title={t.standalone.downloadHint}>
              {t.standalone.download}
            </Button>
          ) : (
            <Button appearance="subtle" icon={<DocumentTableRegular />} onClick={() => void st.openSample()} disabled={st.busy}>
              {t.standalone.sample}
            </Button>
          )}
        </div>
        <input
          ref={input}
          className={s.hidden}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t.standalone.open}
          data-testid="file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void st.openFile(file);
          }}
        />
        {st.unsaved ? <Caption1 className={s.file}>{t.standalone.unsaved}</Caption1> : null}
        {st.session ? (
          <Caption1 className={s.file}>
            {t.check.labelled(t.standalone.fileLabel, st.session.name)}
          </Caption1>
        ) : (
          <Body1>{t.standalone.openHint}</Body1>
        )}
        {st.opening ? <Spinner size="tiny" label={t.standalone.reading(st.opening)} /> : null}
        <ErrorBar error={st.error} onDismiss={st.clearError} />
      </div>
      {st.session ? (
        <ModeContext.Provider value="standalone">
          <HostContext.Provider value={st.session.host}>
            <Pane key={st.session.id} />
          </HostContext.Provider>
        </ModeContext.Provider>
      ) : null}
    </div>
  );
}
