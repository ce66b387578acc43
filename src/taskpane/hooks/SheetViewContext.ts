import { createContext, useContext } from 'react';

/** The standalone page's view of the sheet, when it is on screen: a finding clicked is shown there. */
export interface SheetView {
  show: (sheet: string, cell: string) => void;
}

export const SheetViewContext = createContext<SheetView | null>(null);

export function useSheetView(): SheetView | null {
  return useContext(SheetViewContext);
}
