/**
 * What the app adds around every chart without the charts knowing about URLs or decks: the
 * actions next to the export menu ("Kopiera länk", "Lägg till i presentation", which need the
 * URL state and the deck store) and, on a presentation slide, which chart the slide shows (the
 * frame of that chart is kept, every control is hidden). Provided by src/app/.
 */
import { createContext, useContext, type ComponentType } from "react";

import type { ChartExportData } from "./export/export-data";

export interface ChartActions {
  /** Rendered after the export menu of each chart that has export data. */
  readonly Extra: ComponentType<{ readonly data: ChartExportData }> | null;
  /** Set on a presentation slide: the id of the chart the slide shows. */
  readonly slideChart: string | null;
}

export const ChartActionsContext = createContext<ChartActions>({
  Extra: null,
  slideChart: null,
});

export function useChartActions(): ChartActions {
  return useContext(ChartActionsContext);
}
