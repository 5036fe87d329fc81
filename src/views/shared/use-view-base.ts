/**
 * What most views start from: the areas and the indicator catalogue (the published one plus the
 * indicators of "Egen data"), in one gate. The view's body gets them as a ViewBase.
 */
import type { Gate } from "@/data/gate";
import type { AreasDataset, IndicatorsDataset } from "@/data/load-dataset";
import { request, useData } from "@/data/use-data";

export interface ViewBase {
  readonly areas: AreasDataset;
  readonly catalogue: IndicatorsDataset;
}

export function useViewBase(): Gate<ViewBase> {
  return useData({ areas: request.areas(), catalogue: request.catalogue() });
}
