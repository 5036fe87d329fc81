/** The words around the scatter: title, subtitle, axis titles, summary, coverage and notes. */
import type { ScatterAxis } from "@/charts/series/scatter-axis";
import { concernRows } from "@/charts/series/scatter-quadrants";
import type { ScatterSeries } from "@/charts/series/scatter-series";
import { scatterSummary } from "@/charts/summary/scatter-summary";
import { axisLabel, lowerFirst } from "@/charts/summary/scatter-words";
import type { AreaCode } from "@/domain/areas";
import { formatValue } from "@/domain/format";
import {
  formatIndicatorPeriod,
  formatPopulationPeriod,
} from "@/domain/format-period";
import type { Translate, UiLocale } from "@/i18n/i18n";
import { listNames } from "@/charts/summary/sentence";

import { selectedTitle } from "./needs-title";

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
  /** Set when a county value (reference line) is missing and cannot be computed. */
  readonly countyMissing: string | null;
  /** How the county resources value was computed (for "Om uppgifterna"), when it was. */
  readonly countyComputed: string | null;
  /** The axes' indicator names (table headers). */
  readonly needLabel: string;
  readonly resourceLabel: string;
  /** The axes' titles on the chart, with unit or "beräknat". */
  readonly needTitle: string;
  readonly resourceTitle: string;
  /** Kommuner the title names (labelled on the chart). */
  readonly named: readonly AreaCode[];
}

/** At most this many kommuner are named in the title; more are counted. */
const TITLE_NAMES = 3;

/** "Barn 0–19 år med låg ekonomisk standard (procent)", "Stimulansmedel … per invånare (beräknat)". */
function axisTitle(axis: ScatterAxis, t: Translate, locale: UiLocale): string {
  const label = axisLabel(axis, t, locale);
  if (axis.perCapita) return t("needs.axisDerived", { label });
  if (axis.indicator.unit === "kr-per-inhabitant") return label;
  return t("needs.axisUnit", {
    label,
    unit: t(`units.${axis.indicator.unit}`),
  });
}

/** The point of the chart: one selected kommun's quadrant, or who has high need and low resources. */
function titleOf(
  series: ScatterSeries,
  t: Translate,
  locale: UiLocale,
): { title: string; named: AreaCode[] } {
  const selected = series.rows.filter((r) => r.highlighted);
  const [only] = selected;
  if (selected.length === 1 && only) {
    const title = selectedTitle(only, series, t);
    if (title !== null) return { title, named: [] };
  }
  const uniform =
    series.need.uniform !== null || series.resource.uniform !== null;
  if (!uniform && series.rows.some((r) => r.quadrant !== null)) {
    const concern = concernRows(series.rows);
    if (concern.length === 0)
      return { title: t("needs.titleConcernNone"), named: [] };
    if (concern.length > TITLE_NAMES)
      return {
        title: t("needs.titleConcernCount", { count: concern.length }),
        named: [],
      };
    return {
      title: t("needs.titleConcern", {
        names: listNames(
          concern.map((r) => r.name),
          locale,
        ),
      }),
      named: concern.map((r) => r.code),
    };
  }
  return {
    title: t("needs.titleDefault", {
      need: axisLabel(series.need, t, locale),
      resource: lowerFirst(axisLabel(series.resource, t, locale)),
    }),
    named: [],
  };
}

function countyNotes(
  series: ScatterSeries,
  t: Translate,
  locale: UiLocale,
): Pick<NeedsText, "countyMissing" | "countyComputed"> {
  const { need, resource } = series;
  const missing = [
    need.county
      ? null
      : t("needs.countyMissing", { which: t("needs.whichNeed") }),
    resource.county
      ? null
      : t("needs.countyMissing", { which: t("needs.whichResource") }),
  ].filter((s) => s !== null);
  const how = resource.county?.derived;
  return {
    countyMissing: missing.length > 0 ? missing.join(" ") : null,
    countyComputed:
      how?.kind === "population-weighted" && how.included
        ? t("needs.countyComputedAbout", {
            resource: lowerFirst(axisLabel(resource, t, locale)),
            populationPeriod: formatPopulationPeriod(how, locale),
            ...how.included,
          })
        : null,
  };
}

export function needsText(
  series: ScatterSeries,
  t: Translate,
  locale: UiLocale,
): NeedsText {
  const { need, resource } = series;
  const needPeriod = formatIndicatorPeriod(need.indicator, need.period, locale);
  const resourcePeriod = formatIndicatorPeriod(
    resource.indicator,
    resource.period,
    locale,
  );
  const { title, named } = titleOf(series, t, locale);
  return {
    title,
    subtitle: t("needs.subtitle", {
      period:
        need.period === resource.period
          ? needPeriod
          : t("needs.subtitleYears", { needPeriod, resourcePeriod }),
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
    ...countyNotes(series, t, locale),
    needLabel: axisLabel(need, t, locale),
    resourceLabel: axisLabel(resource, t, locale),
    needTitle: axisTitle(need, t, locale),
    resourceTitle: axisTitle(resource, t, locale),
    named,
  };
}
