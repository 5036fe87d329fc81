/** Sentence 2 of a ranked chart's summary (ranking-summary.ts): where each highlighted kommun is. */
import { decimalsOf, formatValue } from "@/domain/format";
import { formatObservationPeriod } from "@/domain/format-period";
import type { FormatTag } from "@/domain/indicators";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { RankingRow, RankingSeries } from "../series/ranking-series";
import { sideOf } from "../series/county-side";
import { valueLabel } from "../value-label";
import { countyComparison, sentence } from "./sentence";

export function label(
  row: RankingRow,
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): string {
  return valueLabel(row, series.format, t, locale);
}

export function selection(
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): string | null {
  const clauses = series.rows
    .filter((r) => r.highlighted)
    .map((row) => selectedClause(row, series, t, locale));
  return sentence(clauses);
}

/** "Botkyrka fick 3 174 063 kr 2018, 34,64 kr per invånare (beräknat), lika mycket …". */
function selectedClause(
  row: RankingRow,
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): string {
  const { indicator } = series;
  if (row.value === null) {
    return row.status === "range-only" && row.low !== null && row.high !== null
      ? t("summary.selectedRange", {
          name: row.name,
          range: label(row, series, t, locale),
        })
      : t("summary.selectedMissing", { name: row.name });
  }
  const period = formatObservationPeriod(
    indicator,
    { period: series.period, area: row.code },
    locale,
  );
  const rule = indicator.perCapita;
  // In per-capita mode the drawn value is per inhabitant and the amount is its numerator.
  const amount = series.perCapita
    ? (row.derived?.numerator ?? null)
    : row.value;
  const perInhabitant = series.perCapita ? row.value : row.perInhabitant;
  const countyPerInhabitant = series.perCapita
    ? (series.county?.value ?? null)
    : series.countyPerInhabitant;
  const verb = rule ? "summary.received" : "summary.had";

  if (rule && amount !== null && perInhabitant !== null) {
    const head = t(verb, {
      name: row.name,
      value: valueLabel({ ...row, value: amount }, indicator.format, t, locale),
      period,
    });
    const perText = t("summary.perInhabitant", {
      value: formatValue(perInhabitant, rule.format, locale),
    });
    const compared =
      countyPerInhabitant === null
        ? null
        : perInhabitantCompared(
            perInhabitant,
            countyPerInhabitant,
            rule.format,
            t,
            locale,
          );
    return [head, perText, compared].filter(Boolean).join(", ");
  }

  const head = t(verb, {
    name: row.name,
    value: label(row, series, t, locale),
    period,
  });
  if (series.county && series.countyIsComparable)
    return [
      head,
      ...againstCounty(row.value, series.county.value, series, t, locale),
    ].join(", ");
  return row.rank === null
    ? head
    : `${head}, ${t("summary.rank", { rank: row.rank, n: series.n })}`;
}

/** "lika mycket per invånare som länet (…)", "mer …", "mindre …". */
function perInhabitantCompared(
  value: number,
  county: number,
  format: FormatTag,
  t: Translate,
  locale: UiLocale,
): string {
  const side = sideOf(value, county, decimalsOf(format));
  return t(
    (
      {
        same: "summary.perInhabitantSame",
        above: "summary.perInhabitantMore",
        below: "summary.perInhabitantLess",
      } as const
    )[side],
    { county: formatValue(county, format, locale) },
  );
}

/** "högre än länet (…)" and, when the indicator has a better direction, "bättre" or "sämre". */
function againstCounty(
  value: number,
  county: number,
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): string[] {
  const { indicator } = series;
  const side = sideOf(value, county, decimalsOf(series.format));
  const compared = countyComparison(
    side,
    formatValue(county, series.format, locale),
    t,
  );
  if (side === "same" || indicator.polarity === "neutral") return [compared];
  const better =
    (side === "above") === (indicator.polarity === "higher-better");
  return [compared, better ? t("summary.better") : t("summary.worse")];
}
