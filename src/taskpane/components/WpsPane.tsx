import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { WpsHost } from '../../wps';
import { closeWpsPane, findWpsApplication } from '../../wps/detect';
import { HostContext } from '../hooks/HostContext';
import { useLocale } from '../i18n';
import { Pane } from './Pane';

const useStyles = makeStyles({
  bar: { display: 'flex', justifyContent: 'flex-end', marginBlockEnd: tokens.spacingVerticalXS },
});

const CLOSE = { zh: '关闭窗格', en: 'Close pane' } as const;

/**
 * The pane inside WPS 表格: every workbook call goes through the WPS object model. It has its own
 * close button, since a docked pane can keep the ribbon from responding; the ribbon button shows it again.
 */
export function WpsPane() {
  const s = useStyles();
  const locale = useLocale();
  const host = useMemo(() => {
    const app = findWpsApplication();
    if (!app) throw new Error('WPS 表格的对象模型不可用');
    return new WpsHost(app);
  }, []);
  return (
    <HostContext.Provider value={host}>
      <div className={s.bar}>
        <Button appearance="subtle" size="small" icon={<DismissRegular />} aria-label={CLOSE[locale]} title={CLOSE[locale]} onClick={() => closeWpsPane()} />
      </div>
      <Pane />
    </HostContext.Provider>
  );
}
