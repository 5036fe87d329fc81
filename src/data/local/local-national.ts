/**
 * A local dataset's rows for the rest of Sweden (other kommuner, regions): kept with the dataset
 * (coverage "sweden") for the national comparisons, stored apart from the county's rows so the
 * county's views read exactly what they read before. The national comparisons ask for the
 * dataset under its national id, which reads the county's rows and the rest of Sweden's.
 */
import { useQuery } from "@tanstack/react-query";

import type { Indicator } from "@/domain/indicators";

import { localDatasetsQueryOptions } from "../queries";
import type { LocalDatasetMeta } from "./local-dataset";
import { localNationalId } from "./local-national-id";

/**
 * The national id of the local dataset an indicator comes from, when that dataset keeps rows for
 * the rest of Sweden (for "Län och regioner": only when the indicator has values for other
 * regions); null otherwise.
 */
export function localNationalDatasetOf(
  indicator: Pick<Indicator, "id" | "datasetId">,
  local: readonly LocalDatasetMeta[],
  level: "kommun" | "region" = "kommun",
): string | null {
  const meta = local.find((m) => m.id === indicator.datasetId);
  if (meta?.coverage !== "sweden") return null;
  if (level === "region" && !meta.regionIndicators?.includes(indicator.id))
    return null;
  return localNationalId(meta.id);
}

/**
 * The local datasets' metadata for the national comparisons (an empty list until known). Here,
 * not in queries.ts, so the app shell does not grow for it.
 */
export function useLocalMetas(): readonly LocalDatasetMeta[] {
  return useQuery(localDatasetsQueryOptions()).data ?? [];
}
