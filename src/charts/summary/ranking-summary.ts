/**
 * The summary of a ranked chart (Jämför kommuner's bars, the stimulus funds, the tile map): one
 * to three plain sentences built from the series alone.
 *
 *   1. highest and lowest kommun (or "all the same", or the range the source gives) and the
 *      county value — a total (with the largest kommun's share of it), a level or an average
 *      per inhabitant;
 *   2. where each highlighted kommun sits: its value, its value per inhabitant when the indicator
 *      has a per-capita rule (marked as calculated), and how it compares with the county;
 *   3. caveats: kommuner without a value, range-only kommuner, approximate values, and how the
 *      values per inhabitant were calculated.
 *
 * "Botkyrka fick 3 174 063 kr 2018, 34,64 kr per invånare (beräknat), lika mycket per invånare
 * som länets kommuner i genomsnitt."
 */
// The summaries' words load with the first summary (see i18n/views/summary.ts).
import "@/i18n/views/summary";
import {
  decimalsOf,
  formatPeriod,
  formatPopulationPeriod,
  formatValue,
} from "@/domain/format";
import { shareOfTotal } from "@/domain/metrics/derived";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { RankingRow, RankingSeries } from "../series/ranking-series";
import { sideOf } from "../series/scatter-series";
import { valueLabel } from "../value-label";

import { listNames, paragraph, sentence } from "./sentence";

/** Named kommuner in the caveat; more than this and the sentence gives a count. */
const MAX_NAMED = 3;

type Valued = RankingRow & { readonly value: number };

export function rankingSummary(
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): string {
  return paragraph([
    overview(series, t, locale),
    selection(series, t, locale),
    caveats(series, t, locale),
  ]);
}

function overview(
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): string | null {
  const fmt = (n: number): string => formatValue(n, series.format, locale);
  const valued = series.rows.filter((r): r is Valued => r.value !== null);
  let extremes: string | null = null;
  const [first] = valued;
  if (first && valued.length >= 2) {
    const max = valued.reduce((a, b) => (b.value > a.value ? b : a), first);
    const min = valued.reduce((a, b) => (b.value < a.value ? b : a), first);
    // Values that print the same (34,64 kr everywhere) are not "highest" and "lowest".
    if (fmt(max.value) === fmt(min.value))
      extremes = t(
        valued.length === series.rows.length
          ? "summary.allEqual"
          : "summary.allEqualWithValue",
        { count: valued.length, value: fmt(max.value) },
      );
    else {
      // Kommuner that print the same value share the place ("Botkyrka och Sigtuna").
      const tied = (v: number): string => {
        const names = valued
          .filter((r) => fmt(r.value) === fmt(v))
          .map((r) => r.name);
        return names.length <= MAX_NAMED
          ? listNames(names, locale)
          : t("summary.kommunerCount", { count: names.length });
      };
      extremes = t("summary.highLow", {
        high: tied(max.value),
        highValue: label(max, series, t, locale),
        low: tied(min.value),
        lowValue: label(min, series, t, locale),
      });
    }
  } else if (first) {
    extremes = t("summary.onlyOne", {
      name: first.name,
      value: label(first, series, t, locale),
    });
  } else if (series.uniformRange) {
    const [row] = series.rows;
    if (row)
      extremes = t("summary.rangeOnly", {
        range: label(row, series, t, locale),
      });
  }
  let county: string | null = null;
  let share: string | null = null;
  if (series.county) {
    const value = valueLabel(
      { ...series.county, low: null, high: null },
      series.format,
      t,
      locale,
    );
    const key = series.perCapita
      ? "summary.countyAverage"
      : series.countyIsComparable
        ? "summary.county"
        : "summary.countyTotal";
    county = t(key, { value });
    // Of a total, the largest part's share says most (41,2 % of the county's funds).
    const top = valued.reduce<Valued | null>(
      (a, b) => (a === null || b.value > a.value ? b : a),
      null,
    );
    // Only one kommun can be "the largest part": with a tie the share says nothing new. A share
    // of a total with negative parts (changes, differences) means nothing either.
    const alone =
      top !== null &&
      top.value > 0 &&
      series.county.value > 0 &&
      valued.every((r) => r.value >= 0) &&
      valued.filter((r) => fmt(r.value) === fmt(top.value)).length === 1;
    const part =
      alone && !series.perCapita && !series.countyIsComparable
        ? shareOfTotal(top.value, series.county.value)
        : null;
    if (top && part !== null)
      share = t("summary.share", {
        name: top.name,
        share: formatValue(part, "pct1", locale),
      });
  }
  return sentence([extremes, county, share]);
}

function label(
  row: RankingRow,
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): string {
  return valueLabel(row, series.format, t, locale);
}

function selection(
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
  const period = formatPeriod(series.period);
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
        : t(
            (
              {
                same: "summary.perInhabitantSame",
                above: "summary.perInhabitantMore",
                below: "summary.perInhabitantLess",
              } as const
            )[
              sideOf(
                perInhabitant,
                countyPerInhabitant,
                decimalsOf(rule.format),
              )
            ],
            { county: formatValue(countyPerInhabitant, rule.format, locale) },
          );
    return [head, perText, compared].filter(Boolean).join(", ");
  }

  const head = t(verb, {
    name: row.name,
    value: label(row, series, t, locale),
    period,
  });
  if (series.county && series.countyIsComparable) {
    const county = series.county.value;
    const side = sideOf(row.value, county, decimalsOf(series.format));
    const compared = t(
      (
        {
          same: "summary.same",
          above: "summary.higher",
          below: "summary.lower",
        } as const
      )[side],
      { county: formatValue(county, series.format, locale) },
    );
    const judged =
      side === "same" || indicator.polarity === "neutral"
        ? null
        : (side === "above") === (indicator.polarity === "higher-better")
          ? t("summary.better")
          : t("summary.worse");
    return [head, compared, judged].filter(Boolean).join(", ");
  }
  return row.rank === null
    ? head
    : `${head}, ${t("summary.rank", { rank: row.rank, n: series.n })}`;
}

function caveats(
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): string | null {
  const missing = series.rows.filter(
    (r) => r.value === null && r.status !== "range-only",
  );
  const ranges = series.uniformRange
    ? []
    : series.rows.filter((r) => r.value === null && r.status === "range-only");
  const estimated = series.rows.some(
    (r) => r.value !== null && r.status === "estimated",
  );
  const missingText =
    missing.length === 0
      ? null
      : missing.length <= MAX_NAMED
        ? t("summary.missingNames", {
            names: listNames(
              missing.map((r) => r.name),
              locale,
            ),
          })
        : t("summary.missingCount", {
            count: missing.length,
            total: series.rows.length,
          });
  const rule = series.indicator.perCapita;
  return sentence([
    missingText,
    ranges.length > 0
      ? t("summary.rangeCount", { count: ranges.length })
      : null,
    estimated ? t("summary.estimated") : null,
    series.perCapita && rule
      ? t("summary.derived", {
          populationPeriod: formatPopulationPeriod(rule, locale),
        })
      : null,
  ]);
}
