import type { Indicator } from "./indicators";

/**
 * Every observation dataset the Kommunprofil needs, from the catalogue: sorted, unique. Shared by
 * the profile and the Kommunrapport, which lists these datasets as its sources.
 */
export function profileDatasetIds(catalogue: readonly Indicator[]): string[] {
  const ids = new Set<string>();
  for (const i of catalogue) {
    if (i.scope !== "kommun") continue;
    ids.add(i.datasetId);
    if (i.perCapita) ids.add(i.perCapita.populationDataset);
  }
  return [...ids].sort();
}
