import { useMemo } from 'react';
import { OfficeHost } from '../../office';
import { HostContext } from '../hooks/HostContext';
import { Pane } from './Pane';

/** The pane inside Excel: every workbook call goes through the Office.js host. */
export function ExcelPane() {
  const host = useMemo(() => new OfficeHost(), []);
  return (
    <HostContext.Provider value={host}>
      <Pane />
    </HostContext.Provider>
  );
}
