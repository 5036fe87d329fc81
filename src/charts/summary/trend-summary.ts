/**
 * The summary of a trend chart (Trender): one to four plain sentences from the series alone.
 *
 *   1. how the county's line went from its first to its last year with a value, and Sweden's
 *      latest value;
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
import { decimalsOf, formatValue } from "@/domain/format";
import { formatIndicatorPeriod } from "@/domain/format-period";
import type { Translate, UiLocale } from "@/i18n/i18n";

import { sideOf } from "../series/county-side";
import type { TrendLine, TrendSeries } from "../series/trend-series";

import { listNames, paragraph, sentence } from "./sentence";
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

  const countyText = sentence([
    ...county.map((line) => {
      const { first, last } = line;
      if (!first || !last || first.value === null || last.value === null)
        return t("trends.summaryNoValues", { name: name(line) });
      return first.period === last.period
        ? t("trends.summaryLatest", {
            name: name(line),
            value: fmt(last.value),
            year: period(last.period),
          })
        : t("trends.summaryChange", {
            name: name(line),
            from: fmt(first.value),
            fromYear: period(first.period),
            to: fmt(last.value),
            toYear: period(last.period),
          });
    }),
    ...sweden.flatMap((line) =>
      line.last && line.last.value !== null
        ? [
            t("trends.summaryLatest", {
              name: name(line),
              value: fmt(line.last.value),
              year: period(line.last.period),
            }),
          ]
        : [],
    ),
  ]);

  const selectedText = sentence(
    selected.map((line) => {
      const { last } = line;
      if (!last || last.value === null)
        return t("trends.summaryNoValues", { name: name(line) });
      const head = t("trends.summaryLatest", {
        name: name(line),
        value: fmt(last.value),
        year: period(last.period),
      });
      const reference = county
        .find((c) => c.breakdown === line.breakdown)
        ?.points.find((p) => p.period === last.period);
      if (!reference || reference.value === null) return head;
      const side = sideOf(
        last.value,
        reference.value,
        decimalsOf(series.format),
      );
      const compared = t(
        (
          {
            same: "summary.same",
            above: "summary.higher",
            below: "summary.lower",
          } as const
        )[side],
        { county: fmt(reference.value) },
      );
      return `${head}, ${compared}`;
    }),
  );

  // A kommun line with a year missing between its first and last value is drawn with a gap.
  const gapped = selected.filter((line) => {
    const firstIndex = line.points.findIndex((p) => p.value !== null);
    const lastIndex = line.points.findLastIndex((p) => p.value !== null);
    return line.points
      .slice(firstIndex, lastIndex + 1)
      .some((p) => p.value === null);
  });
  const estimated = series.lines.some((line) =>
    line.points.some((p) => p.value !== null && p.status === "estimated"),
  );
  const caveats = sentence([
    gapped.length > 0
      ? t("trends.summaryGaps", {
          names: listNames([...new Set(gapped.map(name))], locale),
        })
      : null,
    estimated ? t("summary.estimated") : null,
    series.referencesShown ? null : t("trends.summaryTotals"),
  ]);
  return paragraph([
    countyText,
    sentence([trendSpread(series, t, locale)]),
    selectedText,
    caveats,
  ]);
}
