import { FluentProvider, makeStyles, mergeClasses, Spinner, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import type { PaneEnvironment } from '../boot/environment';
import { LocaleContext, STRINGS } from '../i18n';

const useStyles = makeStyles({
  provider: { minHeight: '100%', backgroundColor: tokens.colorNeutralBackground1 },
  page: {
    boxSizing: 'border-box',
    maxWidth: '720px',
    marginInline: 'auto',
    padding: tokens.spacingHorizontalM,
  },
  // A full browser window: the standalone page shows the sheet beside the pane.
  wide: { '@media (min-width: 960px)': { maxWidth: '1800px' } },
});

interface Props {
  /** null while office.js decides whether this is Excel or a plain browser. */
  environment: PaneEnvironment | null;
  /** Whether the browser prefers dark, used until the environment is known. */
  darkGuess: boolean;
  children: ReactNode;
}

/** Theme, language and page frame shared by both modes. */
export function Root({ environment, darkGuess, children }: Props) {
  const s = useStyles();
  const locale = environment?.locale ?? 'zh';
  const dark = environment?.dark ?? darkGuess;

  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
    document.title = STRINGS[locale].appTitle;
  }, [locale]);

  useEffect(() => {
    // Read by bench/pane.ts: the first paint of real content, not of the loading spinner.
    if (environment) performance.mark('tongbao:first-render');
  }, [environment]);

  return (
    <LocaleContext.Provider value={locale}>
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={s.provider}>
        <main className={mergeClasses(s.page, environment?.mode === 'standalone' && s.wide)}>{environment ? children : <Spinner label={STRINGS.zh.busy} />}</main>
      </FluentProvider>
    </LocaleContext.Provider>
  );
}
