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
import { formatValue } from "@/domain/format";
import { shareOfTotal } from "@/domain/metrics/derived";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { RankingRow, RankingSeries } from "../series/ranking-series";
import { valueLabel } from "../value-label";
import { listNames, paragraph, sentence } from "./sentence";
import { label, selection } from "./ranking-selection";
import { caveats, MAX_NAMED } from "./ranking-caveats";

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
