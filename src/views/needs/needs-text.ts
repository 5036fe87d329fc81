/** The words around the scatter: title, subtitle, summary, coverage and notes. */
import type {
  ScatterAxis,
  ScatterSeries,
} from "@/charts/series/scatter-series";
import { sideOf } from "@/charts/series/scatter-series";
import { scatterSummary } from "@/charts/summary/scatter-summary";
import { decimalsOf, formatValue } from "@/domain/format";
import { formatPeriod, formatPopulationPeriod } from "@/domain/format-period";
import type { FormatTag } from "@/domain/indicators";
import type { Translate, UiLocale } from "@/i18n/i18n";

export interface NeedsText {
  readonly title: string;
  readonly subtitle: string;
  readonly coverage: string;
  readonly summary: string;
  /** Set when the need and resources are for different years. */
  readonly yearsDiffer: string | null;
  /** Set when the source names only a few kommuner. */
  readonly fewValues: string | null;
  /** Set when every kommun has the same resources value at the precision shown. */
  readonly uniformX: string | null;
  /** Set when a county value (reference line) is missing. */
  readonly countyMissing: string | null;
  readonly needLabel: string;
  readonly resourceLabel: string;
}

export const lowerFirst = (text: string): string =>
  text.charAt(0).toLocaleLowerCase("sv") + text.slice(1);

/** The axis' indicator label ("… per invånare" when derived). */
function axisLabel(axis: ScatterAxis, t: Translate, locale: UiLocale): string {
  const label = axis.indicator.label[locale];
  return axis.perCapita ? t("needs.perCapitaLabel", { label }) : label;
}

/** The unit of an axis for the subtitle. */
function axisUnit(axis: ScatterAxis, t: Translate, locale: UiLocale): string {
  if (axis.perCapita && axis.indicator.perCapita)
    return t("needs.derivedUnit", {
      populationPeriod: formatPopulationPeriod(
        axis.indicator.perCapita,
        locale,
      ),
    });
  return t(`units.${axis.indicator.unit}`);
}

export function needsText(
  series: ScatterSeries,
  t: Translate,
  locale: UiLocale,
): NeedsText {
  const { need, resource } = series;
  const needLabel = axisLabel(need, t, locale);
  const resourceLabel = axisLabel(resource, t, locale);
  const needPeriod = formatPeriod(need.period);
  const resourcePeriod = formatPeriod(resource.period);
  const side = (
    value: number | null,
    county: number | null,
    format: FormatTag,
  ): string | null =>
    value === null || county === null
      ? null
      : t(`needs.side.${sideOf(value, county, decimalsOf(format))}`);

  const selected = series.rows.filter((r) => r.highlighted);
  const needCounty = need.county?.value ?? null;
  const resourceCounty = resource.county?.value ?? null;

  let title: string = t("needs.titleDefault", {
    need: needLabel,
    resource: lowerFirst(resourceLabel),
  });
  const [only] = selected;
  if (selected.length === 1 && only) {
    const ns = side(only.need.value, needCounty, need.format);
    const rs = side(only.resource.value, resourceCounty, resource.format);
    if (ns !== null && rs !== null)
      title = t("needs.titleSelected", {
        name: only.name,
        needSide: ns,
        resourceSide: rs,
      });
    else if (ns !== null)
      title = t("needs.titleSelectedNeed", { name: only.name, needSide: ns });
    else if (rs !== null)
      title = t("needs.titleSelectedResource", {
        name: only.name,
        resourceSide: rs,
      });
  }

  return {
    title,
    subtitle: t("needs.subtitle", {
      needPeriod,
      needUnit: axisUnit(need, t, locale),
      resourcePeriod,
      resourceUnit: axisUnit(resource, t, locale),
    }),
    coverage: t("chart.coverage", {
      count: series.coverage.withValue,
      total: series.coverage.total,
    }),
    summary: scatterSummary(series, t, locale),
    yearsDiffer:
      need.period === resource.period
        ? null
        : t("needs.yearsDiffer", { needPeriod, resourcePeriod }),
    fewValues: series.fewValues
      ? t("needs.fewValues", {
          count: need.withValue,
          total: series.coverage.total,
        })
      : null,
    uniformX:
      resource.uniform === null
        ? null
        : t("needs.uniformX", {
            count: resource.withValue,
            value: formatValue(resource.uniform, resource.format, locale),
          }),
    countyMissing:
      need.county && resource.county
        ? null
        : [
            ...(need.county
              ? []
              : [t("needs.countyMissing", { which: t("needs.whichNeed") })]),
            ...(resource.county
              ? []
              : [
                  t("needs.countyMissing", { which: t("needs.whichResource") }),
                ]),
          ].join(" "),
    needLabel,
    resourceLabel,
  };
}
