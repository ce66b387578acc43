import { createContext, useContext } from 'react';
import type { Fix } from '../../core/host';

/** Where the sheet view should go, and what it should preview: set by the panels, drawn beside them. */
export interface SheetView {
  /** Scrolls the view to a cell and highlights it. */
  show: (sheet: string, cell: string) => void;
  /** The fixes to draw in their cells, as they will read once applied. */
  preview: (fixes: readonly Fix[]) => void;
  target: { sheet: string; cell: string } | null;
  previewed: readonly Fix[];
}

/** Present only in the standalone page at desktop width, where the sheet is shown beside the pane. */
export const SheetViewContext = createContext<SheetView | null>(null);

export function useSheetView(): SheetView | null {
  return useContext(SheetViewContext);
}
