/**
 * Words shared by the scatter's title, summary, table and chart: an axis' name ("… per invånare"
 * when derived), a quadrant ("högt behov, låga resurser"), the county values with "beräknat".
 * Uses the Behov och resurser view's messages (registered with the view).
 */
import { formatValue } from "@/domain/format";
import { formatPopulationPeriod } from "@/domain/format-period";
import type { FormatTag } from "@/domain/indicators";
import type { DerivedHow } from "@/domain/metrics/derived";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { ScatterAxis } from "../series/scatter-axis";
import type { Quadrant } from "../series/scatter-quadrants";

export const lowerFirst = (text: string): string =>
  text.charAt(0).toLocaleLowerCase("sv") + text.slice(1);

/** The axis' indicator label ("… per invånare" when derived). */
export function axisLabel(
  axis: ScatterAxis,
  t: Translate,
  locale: UiLocale,
): string {
  const label = axis.indicator.label[locale];
  return axis.perCapita ? t("needs.perCapitaLabel", { label }) : label;
}

/** "högt behov, låga resurser". */
export const quadrantWords = (q: Quadrant, t: Translate): string =>
  `${t(`needs.needLevel.${q.need}`)}, ${t(`needs.resourceLevel.${q.resource}`)}`;

/**
 * How a derived value was computed, for the table and the export: "beräknat: 3 174 063 kr / 90 000
 * invånare (2017)" or "beräknat: kommunernas värden vägda med folkmängden 2022, 26 av 26 kommuner".
 */
export function derivedNote(
  how: DerivedHow,
  sourceFormat: FormatTag,
  t: Translate,
  locale: UiLocale,
): string {
  if (how.kind === "population-weighted")
    return t("chart.derivedWeighted", {
      populationPeriod: formatPopulationPeriod(how, locale),
      count: how.included?.count ?? 0,
      total: how.included?.total ?? 0,
    });
  return t("chart.derivedPerCapita", {
    value: formatValue(how.numerator, sourceFormat, locale),
    population: formatValue(how.denominator, "num0", locale),
    populationPeriod: formatPopulationPeriod(how, locale),
  });
}
