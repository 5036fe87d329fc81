/**
 * The summary of the need-against-resources scatter (Behov och resurser): one to three plain
 * sentences from the series alone.
 *
 *   1. how many kommuner have both values, and the county's two values;
 *   2. where each highlighted kommun sits against the county on both axes, or — with none
 *      highlighted — the kommuner with the highest and lowest need;
 *   3. caveats: years that differ, a source that names only a few kommuner, an axis on which all
 *      kommuner have the same value, calculated values per inhabitant.
 *
 * It opens with the one thing nobody may miss: the chart shows association, not cause.
 *
 * Uses the Behov och resurser view's messages (registered with the view).
 */
import { decimalsOf, formatValue } from "@/domain/format";
import { formatPeriod } from "@/domain/format-period";
import type { FormatTag } from "@/domain/indicators";
import type { Translate, UiLocale } from "@/i18n/i18n";

import {
  sideOf,
  type ScatterAxis,
  type ScatterPoint,
  type ScatterSeries,
} from "../series/scatter-series";
import { valueLabel } from "../value-label";

import { paragraph, sentence } from "./sentence";

const lowerFirst = (text: string): string =>
  text.charAt(0).toLocaleLowerCase("sv") + text.slice(1);

/** The axis' indicator label, "… per invånare" when derived. */
function axisName(axis: ScatterAxis, t: Translate, locale: UiLocale): string {
  const label = axis.indicator.label[locale];
  return axis.perCapita ? t("needs.perCapitaLabel", { label }) : label;
}

export function scatterSummary(
  series: ScatterSeries,
  t: Translate,
  locale: UiLocale,
): string {
  const { need, resource } = series;
  const needValue = (v: Parameters<typeof valueLabel>[0]): string =>
    valueLabel(v, need.format, t, locale);
  const resourceValue = (v: Parameters<typeof valueLabel>[0]): string =>
    valueLabel(v, resource.format, t, locale);
  const needPeriod = formatPeriod(need.period);
  const resourcePeriod = formatPeriod(resource.period);

  const points = t("needs.summaryPoints", {
    count: series.coverage.withValue,
    total: series.coverage.total,
    need: lowerFirst(axisName(need, t, locale)),
    needPeriod,
    resource: lowerFirst(axisName(resource, t, locale)),
    resourcePeriod,
  });
  const county =
    need.county && resource.county
      ? t("needs.summaryCounty", {
          need: needValue(need.county),
          resource: resourceValue(resource.county),
        })
      : need.county
        ? t("needs.summaryCountyNeed", { need: needValue(need.county) })
        : resource.county
          ? t("needs.summaryCountyResource", {
              resource: resourceValue(resource.county),
            })
          : t("needs.summaryNoCounty");

  const side = (
    value: number | null,
    reference: number | null,
    format: FormatTag,
  ): string | null =>
    value === null || reference === null
      ? null
      : t(`needs.side.${sideOf(value, reference, decimalsOf(format))}`);
  const selected = series.rows.filter((r) => r.highlighted);
  let where: string | null;
  if (selected.length > 0) {
    where = sentence(
      selected.map((r) => {
        const ns = side(r.need.value, need.county?.value ?? null, need.format);
        const rs = side(
          r.resource.value,
          resource.county?.value ?? null,
          resource.format,
        );
        const values = {
          name: r.name,
          need: needValue(r.need),
          resource: resourceValue(r.resource),
        };
        return ns !== null && rs !== null
          ? t("needs.summarySelectedSide", {
              ...values,
              needSide: ns,
              resourceSide: rs,
            })
          : t("needs.summarySelected", values);
      }),
    );
  } else {
    where = sentence([extremes(series.points, need.format, t, locale)]);
  }

  const caveats = sentence([
    need.period === resource.period
      ? null
      : t("needs.summaryYears", { needPeriod, resourcePeriod }),
    series.fewValues
      ? t("needs.summaryFew", {
          count: need.withValue,
          total: series.coverage.total,
        })
      : null,
    resource.uniform === null
      ? null
      : t("needs.summaryUniform", {
          value: formatValue(resource.uniform, resource.format, locale),
        }),
    resource.perCapita || need.perCapita ? t("needs.summaryDerived") : null,
  ]);
  return paragraph([
    sentence([t("needs.summaryCaution")]),
    sentence([points, county]),
    where,
    caveats,
  ]);
}

/** "högst behov har Sigtuna (22,0 %) och lägst Täby (4,0 %)", among the kommuner drawn. */
function extremes(
  points: readonly ScatterPoint[],
  format: FormatTag,
  t: Translate,
  locale: UiLocale,
): string | null {
  const [first] = points;
  if (!first || points.length < 2) return null;
  const max = points.reduce((a, b) => (b.y > a.y ? b : a), first);
  const min = points.reduce((a, b) => (b.y < a.y ? b : a), first);
  const fmt = (n: number): string => formatValue(n, format, locale);
  if (fmt(max.y) === fmt(min.y)) return null;
  return t("needs.summaryHighLow", {
    high: max.name,
    highValue: fmt(max.y),
    low: min.name,
    lowValue: fmt(min.y),
  });
}
