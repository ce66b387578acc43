import { Body1, Button, Caption1, makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTableRegular, FolderOpenRegular, LockClosedRegular, SendRegular } from '@fluentui/react-icons';
import { useMemo, useRef, useState, type DragEvent } from 'react';
import type { Fix } from '../../core/host';
import { HostContext } from '../hooks/HostContext';
import { ModeContext } from '../hooks/ModeContext';
import { SheetViewContext, type SheetView } from '../hooks/SheetViewContext';
import { useStandalone } from '../hooks/useStandalone';
import { useWide } from '../hooks/useWide';
import { useStrings } from '../i18n';
import { isXlsxName } from '../standalone/files';
import { ErrorBar } from './ErrorBar';
import { Notice } from './Notice';
import { Pane } from './Pane';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: '100%', borderRadius: tokens.borderRadiusMedium },
  dragging: { outline: `${tokens.strokeWidthThickest} dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-4px' },
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

/** The sheet view's state, kept here so the panels can steer it and the view can sit beside them. */
function useSheetViewState(): SheetView {
  const [target, setTarget] = useState<SheetView['target']>(null);
  const [previewed, setPreviewed] = useState<readonly Fix[]>([]);
  return useMemo(
    () => ({ target, previewed, show: (sheet, cell) => setTarget({ sheet, cell }), preview: (fixes) => setPreviewed(fixes) }),
    [target, previewed],
  );
}

/** The pane outside Excel: the user brings a .xlsx, everything runs in this page, the result is downloaded. */
export function StandalonePane({ sample, oldExcel }: { sample: boolean; oldExcel: boolean }) {
  const t = useStrings();
  const s = useStyles();
  const st = useStandalone(sample, (name) => window.confirm(t.standalone.switchConfirm(name)));
  const input = useRef<HTMLInputElement>(null);
  const wide = useWide();
  const view = useSheetViewState();
  const [dragging, setDragging] = useState(false);
  const [refused, setRefused] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (!file) return;
    setRefused(!isXlsxName(file.name));
    if (isXlsxName(file.name)) void st.openFile(file);
  };

  return (
    <ModeContext.Provider value="standalone">
      <div
        className={mergeClasses(s.root, dragging && s.dragging)}
        onDragOver={(e) => {
          if (![...e.dataTransfer.types].includes('Files')) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setDragging(false);
        }}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
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
              <>
                <Button
                  appearance={st.worked ? 'primary' : 'secondary'}
                  icon={<ArrowDownloadRegular />}
                  onClick={() => void st.download()}
                  disabled={st.busy}
                  title={t.standalone.downloadHint}
                >
                  {t.standalone.download}
                </Button>
                <Button icon={<SendRegular />} onClick={() => void st.downloadSubmission()} disabled={st.busy} title={t.standalone.downloadSubmitHint}>
                  {t.standalone.downloadSubmit}
                </Button>
              </>
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
          {dragging ? <Notice intent="info">{t.standalone.dropHere}</Notice> : null}
          {refused ? <Notice intent="warning">{t.standalone.onlyXlsx}</Notice> : null}
          {st.unsaved ? <Caption1 className={s.file}>{t.standalone.unsaved}</Caption1> : null}
          {st.session ? (
            <Caption1 className={s.file}>{t.check.labelled(t.standalone.fileLabel, st.session.name)}</Caption1>
          ) : (
            <Body1>
              {t.standalone.openHint} {t.standalone.drop}
            </Body1>
          )}
          {st.opening ? <Spinner size="tiny" label={t.standalone.reading(st.opening)} /> : null}
          <ErrorBar error={st.error} onDismiss={st.clearError} />
        </div>
        {st.session ? (
          <HostContext.Provider value={st.session.host}>
            <SheetViewContext.Provider value={wide ? view : null}>
              <Pane key={st.session.id} />
            </SheetViewContext.Provider>
          </HostContext.Provider>
        ) : null}
      </div>
    </ModeContext.Provider>
  );
}
