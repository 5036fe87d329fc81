/**
 * The words of the national comparisons: title, subtitle, summary (the median and range in words,
 * "beräknat") and coverage. Pure, given a translate function.
 */
import type { RankingSeries } from "@/charts/series/ranking-series";
import type { AreaGroup } from "@/domain/area-groups";
import type { AreaCode } from "@/domain/areas";
import { formatValue } from "@/domain/format";
import { formatIndicatorPeriod } from "@/domain/format-period";
import { type Distribution, standing } from "@/domain/national-reference";
import type { Translate, UiLocale } from "@/i18n/i18n";

export interface NationalText {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly coverage: string;
  readonly medianLabel: string;
}

interface Input {
  readonly series: RankingSeries;
  readonly d: Distribution;
  /** The kommungrupp ("liknande kommuner"), or null for all of Sweden. */
  readonly group: AreaGroup | null;
  readonly selected: AreaCode | null;
  readonly nameOf: (code: AreaCode) => string;
  /** The county's kommuner. */
  readonly county: readonly AreaCode[];
}

function ownWords(input: Input, t: Translate, locale: UiLocale): string {
  const { d, selected, series } = input;
  if (selected === null) return "";
  const fmt = (n: number) => formatValue(n, series.format, locale);
  const name = input.nameOf(selected);
  const own = standing(d, selected);
  if (!own)
    return t("national.ownMissing", {
      name,
      period: formatIndicatorPeriod(series.indicator, series.period, locale),
    });
  const relation =
    own.value > d.median
      ? "above"
      : own.value < d.median
        ? "below"
        : "atMedian";
  return [
    t("national.ownValue", {
      name,
      value: fmt(own.value),
      relation: t(`national.${relation}`),
    }),
    t("national.standing", { lower: own.lower, higher: own.higher }),
  ].join(" ");
}

export function nationalText(
  input: Input,
  t: Translate,
  locale: UiLocale,
): NationalText {
  const { series, d, group, selected } = input;
  const fmt = (n: number) => formatValue(n, series.format, locale);
  const label = series.indicator.label[locale];
  const period = formatIndicatorPeriod(series.indicator, series.period, locale);
  const unit = t(`units.${series.indicator.unit}`);
  const breakdown =
    series.breakdown === ""
      ? ""
      : ` · ${series.indicator.breakdowns[series.breakdown]?.[locale] ?? ""}`;
  const range = { median: fmt(d.median), min: fmt(d.min), max: fmt(d.max) };
  const coverage = t("national.coverage", { count: d.n, total: d.total });
  const own = ownWords(input, t, locale);
  if (group) {
    const name = selected === null ? "" : input.nameOf(selected);
    return {
      title: t("national.groupTitle", { name }),
      subtitle:
        t("national.groupSubtitle", {
          label,
          period,
          group: group.name[locale],
          code: group.code,
          unit,
        }) + breakdown,
      summary: [
        t("national.groupSummary", {
          name,
          group: group.name[locale],
          total: d.total,
          count: d.n,
          ...range,
        }),
        own,
      ]
        .filter(Boolean)
        .join(" "),
      coverage,
      medianLabel: t("national.median"),
    };
  }
  const county = input.county
    .map((c) => d.values.find((v) => v.code === c))
    .filter((v) => v !== undefined);
  return {
    title:
      selected === null
        ? t("national.swedenTitle")
        : t("national.swedenTitleNamed", { name: input.nameOf(selected) }),
    subtitle: t("national.swedenSubtitle", { label, period, unit }) + breakdown,
    summary: [
      t("national.swedenSummary", {
        count: d.n,
        total: d.total,
        ...range,
        above: county.filter((v) => v.value > d.median).length,
        below: county.filter((v) => v.value < d.median).length,
      }),
      own,
    ]
      .filter(Boolean)
      .join(" "),
    coverage,
    medianLabel: t("national.median"),
  };
}
