/**
 * All of Sweden as context: where the national datasets are (one per Kolada KPI, so a view loads
 * only the KPI it shows) and the areas and kommungrupper that go with them.
 */
import type { Indicator } from "./indicators";

/** Every kommun and county of Sweden (coverage "sweden"). */
export const NATIONAL_AREAS_ID = "omraden-sverige";
/** SKR's kommungrupper 2017 for all 290 kommuner. */
export const KOMMUNGRUPPER_ID = "kommungrupper-2017";

/** The dataset of a Kolada KPI for all of Sweden. */
export const nationalDatasetId = (koladaId: string): string =>
  `kolada-sverige-${koladaId.toLowerCase()}`;

/** The national dataset of an indicator, or null when it is not a Kolada KPI or none is published. */
export function nationalDatasetOf(
  indicator: Pick<Indicator, "koladaId">,
  published: ReadonlySet<string>,
): string | null {
  if (!indicator.koladaId) return null;
  const id = nationalDatasetId(indicator.koladaId);
  return published.has(id) ? id : null;
}
