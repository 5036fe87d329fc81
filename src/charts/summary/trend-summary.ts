/**
 * The summary of a trend chart (Trender): one to four plain sentences from the series alone.
 *
 *   1. how the county's line went from its first to its last year with a value, and Sweden's
 *      latest value;
 *   1b. each kommungrupp median's latest value (beräknat), when drawn;
 *   2. how far apart the kommuner are in the newest year (the grey context lines; trend-spread);
 *   3. each highlighted kommun's latest value against the county that year;
 *   4. caveats: years without a value (a gap, never zero), approximate values, county and Sweden
 *      not drawn because they are totals.
 *
 * "Länet gick från 35,5 % 2005 till 50,3 % 2022. Botkyrka hade 42,0 % 2022, lägre än länet
 * (50,3 %)." Uses the Trender view's messages (registered with the view).
 */
// The summaries' words load with the first summary (see i18n/views/summary.ts).
import "@/i18n/views/summary";
import { formatValue } from "@/domain/format";
import { formatIndicatorPeriod } from "@/domain/format-period";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { TrendLine, TrendSeries } from "../series/trend-series";

import { paragraph, sentence } from "./sentence";
import {
  caveatSentence,
  countySentence,
  medianSentence,
  selectedSentence,
} from "./trend-sentences";
import { trendSpread } from "./trend-spread";

export function trendSummary(
  series: TrendSeries,
  t: Translate,
  locale: UiLocale,
  /** Display name of each line by key ("Botkyrka, kvinnor"); defaults to the area's name. */
  labels: Readonly<Record<string, string>> = {},
): string {
  const fmt = (n: number): string => formatValue(n, series.format, locale);
  const period = (p: string): string =>
    formatIndicatorPeriod(series.indicator, p, locale);
  // "länet", "riket" (the county, Sweden) as words inside a sentence; sentence() raises the
  // first letter. Women and men drawn apart: "länet, kvinnor".
  const name = (line: TrendLine): string => {
    if (line.role === "selected") return labels[line.key] ?? line.name;
    const base = t(
      line.role === "county" ? "trends.summaryCounty" : "trends.summarySweden",
    );
    if (series.group !== "kon") return base;
    return t("trends.lineLabel", {
      name: base,
      group: line.breakdown === "k" ? t("trends.women") : t("trends.men"),
    });
  };
  const county = series.lines.filter((l) => l.role === "county");
  const sweden = series.lines.filter((l) => l.role === "sweden");
  const selected = series.lines.filter((l) => l.role === "selected");

  const w = { t, locale, fmt, period, name };
  return paragraph([
    countySentence(w, county, sweden),
    medianSentence(
      w,
      series.lines.filter((l) => l.role === "group"),
      series.group === "kon",
    ),
    sentence([trendSpread(series, t, locale)]),
    selectedSentence(w, selected, county, series.format),
    caveatSentence(w, series, selected),
  ]);
}
