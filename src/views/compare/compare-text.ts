/** Title, subtitle and one-sentence summary of the ranked chart. Pure, given a translate function. */
import type { RankingSeries } from "@/charts/series/ranking-series";
import { valueLabel } from "@/charts/value-label";
import { formatPeriod, formatValue } from "@/domain/format";
import type { Translate, UiLocale } from "@/i18n/i18n";

export interface CompareText {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly coverage: string;
}

export function compareText(
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): CompareText {
  const { indicator } = series;
  const period = formatPeriod(series.period);
  const label = indicator.label[locale];
  const fmt = (n: number): string => formatValue(n, series.format, locale);
  const group =
    series.breakdown === ""
      ? ""
      : indicator.breakdowns[series.breakdown]?.[locale];

  const selected = series.rows.filter((r) => r.highlighted && r.value !== null);
  const only = selected.length === 1 ? selected[0] : undefined;
  const title =
    only && only.value !== null && only.rank !== null
      ? t("compare.titleSelected", {
          name: only.name,
          value: fmt(only.value),
          period,
          rank: only.rank,
          n: series.n,
        })
      : t("compare.titleDefault", { label, period });

  const unit =
    series.perCapita && indicator.perCapita
      ? t("compare.perCapitaSubtitle", {
          period,
          populationPeriod: indicator.perCapita.populationPeriod,
        })
      : `${t(`units.${indicator.unit}`)}, ${period}`;
  const subtitle = [only ? label : null, unit, group]
    .filter(Boolean)
    .join(" · ");

  const valued = series.rows.flatMap((r) =>
    r.value === null ? [] : [{ ...r, value: r.value }],
  );
  const parts: string[] = [];
  const [first] = valued;
  if (first && valued.length >= 2) {
    const max = valued.reduce((a, b) => (b.value > a.value ? b : a), first);
    const min = valued.reduce((a, b) => (b.value < a.value ? b : a), first);
    // Values that print the same (34,64 kr everywhere) are not "highest" and "lowest".
    parts.push(
      fmt(max.value) === fmt(min.value)
        ? t("compare.summaryAllEqual", {
            value: fmt(max.value),
            count: valued.length,
          })
        : t("compare.summaryHighLow", {
            high: max.name,
            highValue: fmt(max.value),
            low: min.name,
            lowValue: fmt(min.value),
          }),
    );
  }
  const rangeRow = series.rows.find((r) => r.status === "range-only");
  if (
    valued.length === 0 &&
    rangeRow &&
    rangeRow.low !== null &&
    rangeRow.high !== null
  ) {
    parts.push(
      t("compare.summaryRangeOnly", {
        range: valueLabel(rangeRow, series.format, t, locale),
      }),
    );
  }
  if (series.county) {
    const key = series.countyIsComparable
      ? "compare.summaryCounty"
      : "compare.summaryCountyTotal";
    const estimated =
      series.county.status === "estimated" ? `${t("chart.estimated")} ` : "";
    parts.push(t(key, { value: estimated + fmt(series.county.value) }));
  }
  return {
    title,
    subtitle,
    summary: parts.join(" "),
    coverage: t("chart.coverage", {
      count: series.coverage.withValue,
      total: series.coverage.total,
    }),
  };
}
