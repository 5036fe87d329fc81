/** Title, subtitle, line labels and the summary of the trend chart. Pure. */
import type { TrendLine, TrendSeries } from "@/charts/series/trend-series";
import { trendSummary } from "@/charts/summary/trend-summary";
import { formatIndicatorPeriod } from "@/domain/format-period";
import type { Translate, UiLocale } from "@/i18n/i18n";

export interface TrendsText {
  readonly title: string;
  readonly subtitle: string;
  readonly years: string;
  readonly coverage: string;
  readonly summary: string;
  readonly labels: Record<string, string>;
}

/** "2005–2022" from the first and last period with any value on the chart. */
function yearsShown(series: TrendSeries, locale: UiLocale): string {
  const withValue = series.periods.filter((_, i) =>
    series.lines.some((l) => l.points[i]?.value !== null),
  );
  const first = withValue[0];
  const last = withValue[withValue.length - 1];
  if (first === undefined || last === undefined) return "–";
  const a = formatIndicatorPeriod(series.indicator, first, locale);
  const b = formatIndicatorPeriod(series.indicator, last, locale);
  if (a === b) return a;
  // A period the source does not state stays whole ("år anges inte i källan …").
  const unstated = series.indicator.unstatedPeriods ?? {};
  if (first in unstated || last in unstated) return `${a} – ${b}`;
  return `${a.split("–")[0] ?? a}–${b.split("–").pop() ?? b}`;
}

function lineName(line: TrendLine, t: Translate): string {
  if (line.role === "county") return t("trends.county");
  if (line.role === "sweden") return t("trends.sweden");
  if (line.role === "group")
    return t("trends.medianLabel", { code: line.median?.code ?? line.name });
  return line.name;
}

function lineLabel(line: TrendLine, split: boolean, t: Translate): string {
  const name = lineName(line, t);
  if (!split) return name;
  const group = line.breakdown === "k" ? t("trends.women") : t("trends.men");
  return t("trends.lineLabel", { name, group });
}

export function trendsText(
  series: TrendSeries,
  t: Translate,
  locale: UiLocale,
  groupLabel: string,
): TrendsText {
  const { indicator } = series;
  const split = series.group === "kon";
  const years = yearsShown(series, locale);
  const labels: Record<string, string> = {};
  for (const line of series.lines) labels[line.key] = lineLabel(line, split, t);

  const label = indicator.label[locale];
  const title = t("trends.title", { label, years });
  const subtitle = [
    t("trends.subtitle", { unit: t(`units.${indicator.unit}`), years }),
    series.group === "" ? null : groupLabel,
  ]
    .filter(Boolean)
    .join(" · ");

  const selected = series.lines.filter((l) => l.role === "selected");
  const selectedAreas = [...new Set(selected.map((l) => l.area))];
  const kommuner = series.lines.filter(
    (l) => l.role === "context" || l.role === "selected",
  );
  let coverage: string;
  if (selectedAreas.length > 0)
    coverage = t("trends.coverage", {
      count: series.selectedWithValue,
      total: selectedAreas.length,
    });
  else if (kommuner.length > 0)
    coverage = t("trends.coverageContext", {
      count: kommuner.filter((l) => l.last !== null).length,
      total: kommuner.length,
    });
  else if (series.lines.some((l) => l.role === "sweden"))
    coverage = t("trends.coverageNone");
  else coverage = t("trends.coverageCounty");

  return {
    title,
    subtitle,
    years,
    coverage,
    summary: trendSummary(series, t, locale, labels),
    labels,
  };
}
