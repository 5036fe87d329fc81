/**
 * Sentence 1 of a ranked chart's summary (ranking-summary.ts): how far apart the kommuner are —
 * highest and lowest (kommuner that print the same value share the place), "all the same", the
 * range the source gives, or, for a total with a per-capita rule, the spread per inhabitant — and
 * the county's value (with the largest kommun's share of a total).
 */
import { formatValue } from "@/domain/format";
import type { FormatTag } from "@/domain/indicators";
import { shareOfTotal } from "@/domain/metrics/derived";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { RankingRow, RankingSeries } from "../series/ranking-series";
import { valueLabel } from "../value-label";
import { label } from "./ranking-selection";
import { listNames } from "./sentence";
import { MAX_NAMED } from "./ranking-caveats";

type Valued = RankingRow & { readonly value: number };

/** The rows with a value. */
export function valuedRows(series: RankingSeries): Valued[] {
  return series.rows.filter((r): r is Valued => r.value !== null);
}

interface Extremes<R> {
  readonly max: R;
  readonly min: R;
}

function extremesOf<R>(rows: readonly R[], value: (r: R) => number) {
  const [first] = rows;
  if (first === undefined) return null;
  return rows.reduce<Extremes<R>>(
    (e, r) => ({
      max: value(r) > value(e.max) ? r : e.max,
      min: value(r) < value(e.min) ? r : e.min,
    }),
    { max: first, min: first },
  );
}

/** The names that print `value` ("Botkyrka och Sigtuna"), or their count when there are many. */
function tiedNames<R extends { readonly name: string }>(
  rows: readonly R[],
  text: (r: R) => string,
  value: string,
  t: Translate,
  locale: UiLocale,
): string {
  const names = rows.filter((r) => text(r) === value).map((r) => r.name);
  return names.length <= MAX_NAMED
    ? listNames(names, locale)
    : t("summary.kommunerCount", { count: names.length });
}

/** The message of a spread between two different values; the same parameters for each. */
type SpreadKey =
  "summary.highLow" | "summary.spread" | "summary.spreadPopulation";

/**
 * Highest and lowest (with `key`'s words), "all the same" when they print alike, the only
 * kommun with a value, or the one range the source gives for all.
 */
function spread(
  series: RankingSeries,
  valued: readonly Valued[],
  key: SpreadKey,
  t: Translate,
  locale: UiLocale,
): string | null {
  const fmt = (n: number): string => formatValue(n, series.format, locale);
  const ends = extremesOf(valued, (r) => r.value);
  if (ends && valued.length >= 2) {
    const { max, min } = ends;
    // Values that print the same (34,64 kr everywhere) are not "highest" and "lowest".
    if (fmt(max.value) === fmt(min.value))
      return t(
        valued.length === series.rows.length
          ? "summary.allEqual"
          : "summary.allEqualWithValue",
        { count: valued.length, value: fmt(max.value) },
      );
    const text = (r: Valued): string => fmt(r.value);
    return t(key, {
      high: tiedNames(valued, text, fmt(max.value), t, locale),
      highValue: label(max, series, t, locale),
      low: tiedNames(valued, text, fmt(min.value), t, locale),
      lowValue: label(min, series, t, locale),
    });
  }
  if (ends) {
    const only = ends.max;
    return t("summary.onlyOne", {
      name: only.name,
      value: label(only, series, t, locale),
    });
  }
  const [row] = series.rows;
  return series.uniformRange && row
    ? t("summary.rangeOnly", { range: label(row, series, t, locale) })
    : null;
}

/** A level or values per inhabitant: highest and lowest. */
export function levelSpread(
  series: RankingSeries,
  valued: readonly Valued[],
  t: Translate,
  locale: UiLocale,
): string | null {
  return spread(series, valued, "summary.highLow", t, locale);
}

/** A total: the range of the totals ("without regard to population" after the per-inhabitant one). */
export function totalSpread(
  series: RankingSeries,
  valued: readonly Valued[],
  afterPerInhabitant: boolean,
  t: Translate,
  locale: UiLocale,
): string | null {
  const key = afterPerInhabitant
    ? "summary.spreadPopulation"
    : "summary.spread";
  return spread(series, valued, key, t, locale);
}

type PerInhabitant = RankingRow & { readonly perInhabitant: number };

/**
 * A total shown in kr with a per-capita rule: how the kommuner differ per
 * inhabitant (beräknat) — "all the same" says the totals only follow the population. Null in
 * per-capita mode (the bars are per inhabitant already) or without the population.
 */
export function perInhabitantSpread(
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): string | null {
  const rule = series.indicator.perCapita;
  if (series.perCapita || !rule) return null;
  const rows = series.rows.filter(
    (r): r is PerInhabitant => r.perInhabitant !== null,
  );
  const ends = extremesOf(rows, (r) => r.perInhabitant);
  if (!ends || rows.length < 2) return null;
  const fmt = (r: PerInhabitant): string =>
    formatValue(r.perInhabitant, rule.format satisfies FormatTag, locale);
  const high = fmt(ends.max);
  const low = fmt(ends.min);
  if (high === low)
    return t(
      rows.length === series.rows.length
        ? "summary.perInhabitantAllEqual"
        : "summary.perInhabitantAllEqualWithValue",
      { count: rows.length, value: high },
    );
  return t("summary.perInhabitantSpread", {
    high: tiedNames(rows, fmt, high, t, locale),
    highValue: high,
    low: tiedNames(rows, fmt, low, t, locale),
    lowValue: low,
  });
}

/** The county's value: a level, a total, or the kommuner's average per inhabitant. */
export function countyClause(
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): string | null {
  if (!series.county) return null;
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
  return t(key, { value });
}

/**
 * Of a total, the largest part's share (41,2 % of the county's funds). Only one kommun can be
 * "the largest part": with a tie the share says nothing new. A share of a total with negative
 * parts (changes, differences) means nothing either.
 */
export function shareClause(
  series: RankingSeries,
  valued: readonly Valued[],
  t: Translate,
  locale: UiLocale,
): string | null {
  const { county } = series;
  if (!county || series.perCapita || series.countyIsComparable) return null;
  const fmt = (n: number): string => formatValue(n, series.format, locale);
  const top = extremesOf(valued, (r) => r.value)?.max;
  const alone =
    top !== undefined &&
    top.value > 0 &&
    county.value > 0 &&
    valued.every((r) => r.value >= 0) &&
    valued.filter((r) => fmt(r.value) === fmt(top.value)).length === 1;
  const part = alone ? shareOfTotal(top.value, county.value) : null;
  return top && part !== null
    ? t("summary.share", {
        name: top.name,
        share: formatValue(part, "pct1", locale),
      })
    : null;
}
