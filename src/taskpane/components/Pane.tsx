import { makeStyles, Spinner, Tab, TabList, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useHost } from '../hooks/HostContext';
import { useReport } from '../hooks/useReport';
import { useSettings } from '../hooks/useSettings';
import { useLocale, useStrings } from '../i18n';
import { notFoundSheets } from '../logic/report-view';
import { CheckPanel } from './CheckPanel';
import { ErrorBar } from './ErrorBar';
import { FixPanel } from './FixPanel';
import { NoReport } from './NoReport';
import { ReportCard } from './ReportCard';
import { SettingsPanel } from './SettingsPanel';
import { SheetGrid } from './SheetGrid';
import { useSheetView } from '../hooks/SheetViewContext';
import { SummaryPanel } from './SummaryPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  split: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'stretch', minWidth: 0 },
  side: { flex: '0 0 420px', minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  sheet: { flex: '1 1 auto', minWidth: 0, height: 'calc(100vh - 160px)', position: 'sticky', top: tokens.spacingVerticalM },
  tabs: { overflowX: 'auto' },
  panel: { minWidth: 0 },
});

const NO_FINDINGS: never[] = [];

type TabId = 'check' | 'fix' | 'summary' | 'settings';
const TABS: TabId[] = ['check', 'fix', 'summary', 'settings'];

/** The pane for one workbook host: Excel's, or the standalone page's in-browser workbook. */
export function Pane() {
  const t = useStrings();
  const s = useStyles();
  const host = useHost();
  const locale = useLocale();
  const settings = useSettings(host);
  const state = useReport(host, settings.settings, settings.loaded, locale);
  const [tab, setTab] = useState<TabId>('check');
  const report = state.checked?.report ?? null;
  const missing = report ? notFoundSheets(report) : null;
  const sheetView = useSheetView();
  const source = report?.sheet ? state.checked?.snapshot.sheets.find((x) => x.name === report.sheet) : undefined;

  if (!report) {
    return (
      <div className={s.root}>
        <ErrorBar error={state.error} onDismiss={state.clearError} onRetry={() => void state.refresh()} />
        {state.loading || !settings.loaded ? <Spinner label={t.loading} /> : null}
      </div>
    );
  }

  const body = (
    <div className={s.root}>
      <ErrorBar error={state.error} onDismiss={state.clearError} onRetry={() => void state.refresh(state.shown)} />
      {missing !== null ? (
        <NoReport
          looked={missing}
          sheets={missing}
          chosen={settings.settings.sheet}
          onChoose={(sheet) => void settings.save({ ...settings.settings, sheet })}
        />
      ) : (
        <>
          <ReportCard
            report={report}
            busy={state.loading}
            onRefresh={() => void state.refresh(state.shown)}
            sheets={state.checked?.sheets ?? []}
            previous={state.previous}
            onPrevious={state.setPrevious}
          />
          <TabList className={s.tabs} size="small" selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
            {TABS.map((id) => (
              <Tab key={id} value={id} id={`tab-${id}`} aria-controls="pane-panel">
                {t.tabs[id]}
              </Tab>
            ))}
          </TabList>
          <div className={s.panel} role="tabpanel" id="pane-panel" aria-labelledby={`tab-${tab}`}>
            {tab === 'check' ? <CheckPanel state={state} /> : null}
            {tab === 'fix' ? <FixPanel state={state} /> : null}
            {tab === 'summary' ? <SummaryPanel state={state} settings={settings} /> : null}
            {tab === 'settings' ? <SettingsPanel settings={settings} state={state} /> : null}
          </div>
        </>
      )}
    </div>
  );
  if (!sheetView || !source) return body;
  return (
    <div className={s.split}>
      <div className={s.side}>{body}</div>
      <div className={s.sheet}>
        <SheetGrid source={source} findings={state.shown ? report.findings : NO_FINDINGS} previewed={sheetView.previewed} target={sheetView.target} />
      </div>
    </div>
  );
}
