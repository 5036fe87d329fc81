/**
 * The title when one kommun is selected: its quadrant against the county ("Botkyrka jämfört med
 * länet: högt behov, höga resurser"), or, with only one county value, its side on that axis.
 */
import { sideOf } from "@/charts/series/county-side";
import type { ScatterAxis } from "@/charts/series/scatter-axis";
import type { ScatterRow, ScatterSeries } from "@/charts/series/scatter-series";
import type { ScatterValue } from "@/charts/series/scatter-values";
import { quadrantWords } from "@/charts/summary/scatter-words";
import { decimalsOf } from "@/domain/format";
import type { Translate } from "@/i18n/i18n";

function side(v: ScatterValue, axis: ScatterAxis, t: Translate): string | null {
  const county = axis.county?.value ?? null;
  if (v.value === null || county === null) return null;
  return t(`needs.side.${sideOf(v.value, county, decimalsOf(axis.format))}`);
}

export function selectedTitle(
  row: ScatterRow,
  series: ScatterSeries,
  t: Translate,
): string | null {
  if (row.quadrant)
    return t("needs.titleSelected", {
      name: row.name,
      quadrant: quadrantWords(row.quadrant, t),
    });
  const needSide = side(row.need, series.need, t);
  if (needSide !== null)
    return t("needs.titleSelectedNeed", { name: row.name, needSide });
  const resourceSide = side(row.resource, series.resource, t);
  if (resourceSide !== null)
    return t("needs.titleSelectedResource", { name: row.name, resourceSide });
  return null;
}
