/**
 * The data of the kommungrupp median lines, loaded only when the option is on and a kommun is
 * selected: the indicator's national dataset (one Kolada KPI, every kommun of Sweden) and SKR's
 * kommungrupper 2017. Also whether the indicator has a national dataset at all (from the manifest).
 */
import type { Gate } from "@/data/gate";
import type { GroupsDataset, ObservationsDataset } from "@/data/load-dataset";
import { request, useData } from "@/data/use-data";
import { isAdditive, type Indicator } from "@/domain/indicators";
import type { AreaCode } from "@/domain/areas";
import { SWEDEN_CODE } from "@/domain/areas";
import { KOMMUNGRUPPER_ID, nationalDatasetOf } from "@/domain/national";
import type { Observation } from "@/domain/observations";
import type { Translate } from "@/i18n/i18n";

import type { ReferenceAvailability } from "./trends-reference-control";

export interface MedianData {
  readonly national: ObservationsDataset;
  readonly groups: GroupsDataset;
}

export interface TrendMedians {
  /** The indicator's national dataset; null when none, undefined while the manifest loads. */
  readonly datasetId: string | null | undefined;
  /** The national data, when the lines are asked for and can be drawn; else null. */
  readonly gate: Gate<MedianData> | null;
}

export function useTrendMedians(
  indicator: Indicator,
  wanted: boolean,
  selected: readonly AreaCode[],
): TrendMedians {
  const manifest = useData({ manifest: request.manifest() });
  let datasetId: string | null | undefined = undefined;
  if (manifest.status === "error") datasetId = null;
  if (manifest.status === "ready") {
    const published = new Set(manifest.data.manifest.datasets.map((d) => d.id));
    datasetId = nationalDatasetOf(indicator, published);
  }
  const on = wanted && typeof datasetId === "string" && selected.length > 0;
  const gate = useData({
    national: request.observations(on ? (datasetId ?? null) : null),
    groups: on ? request.groups(KOMMUNGRUPPER_ID) : null,
  });
  if (!on) return { datasetId, gate: null };
  if (gate.status !== "ready") return { datasetId, gate };
  const { national, groups } = gate.data;
  return national && groups
    ? { datasetId, gate: { status: "ready", data: { national, groups } } }
    : { datasetId, gate: null };
}

/** Why Riket or the median cannot be drawn now (null: it can). */
export function referenceAvailability(
  indicator: Indicator,
  observations: readonly Observation[] | null,
  medians: TrendMedians,
  selected: readonly AreaCode[],
  t: Translate,
): ReferenceAvailability {
  let sweden: string | null = null;
  if (isAdditive(indicator.unit)) sweden = t("trends.refTotals");
  else if (
    observations !== null &&
    !observations.some((o) => o.area === SWEDEN_CODE && o.value !== null)
  )
    sweden = t("trends.refNoSweden");
  let group: string | null = null;
  if (medians.datasetId === null) group = t("trends.refNoNational");
  else if (selected.length === 0) group = t("trends.refChooseKommun");
  return { sweden, group };
}
