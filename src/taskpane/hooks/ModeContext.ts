import { createContext, useContext } from 'react';
import type { PaneMode } from '../boot/environment';

/** Whether the pane works on a live Excel workbook or on a file in the page, where "go to a cell" only takes effect in the download. */
export const ModeContext = createContext<PaneMode>('excel');

export function useMode(): PaneMode {
  return useContext(ModeContext);
}
