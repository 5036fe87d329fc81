/**
 * The sentences of a trend chart's summary (trend-summary): the county's and Sweden's lines, the
 * kommungrupp medians, the highlighted kommuner against the county, and the caveats.
 */
import { decimalsOf } from "@/domain/format";
import type { Translate, UiLocale } from "@/i18n/i18n";

import { sideOf } from "../series/county-side";
import type { TrendLine, TrendSeries } from "../series/trend-series";

import { countyComparison, listNames, sentence } from "./sentence";

/** What the sentences are written with: messages, value and period formats, line names. */
export interface TrendWords {
  readonly t: Translate;
  readonly locale: UiLocale;
  readonly fmt: (n: number) => string;
  readonly period: (p: string) => string;
  readonly name: (line: TrendLine) => string;
}

/** The county's line from its first to its last year with a value, and Sweden's latest. */
export function countySentence(
  w: TrendWords,
  county: readonly TrendLine[],
  sweden: readonly TrendLine[],
): string | null {
  const { t, fmt, period, name } = w;
  return sentence([
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
}

/** Each kommungrupp median's latest value (derived): "medianen i kommungrupp A2 (…) var …". */
export function medianSentence(
  w: TrendWords,
  medians: readonly TrendLine[],
  split: boolean,
): string | null {
  const { t, fmt, period, locale } = w;
  return sentence(
    medians.flatMap((line) => {
      const { last, median } = line;
      if (!last || last.value === null || !median) return [];
      const code = split
        ? t("trends.lineLabel", {
            name: median.code,
            group: line.breakdown === "k" ? t("trends.women") : t("trends.men"),
          })
        : median.code;
      return [
        t("trends.summaryMedian", {
          code,
          name: median.name[locale],
          value: fmt(last.value),
          year: period(last.period),
        }),
      ];
    }),
  );
}

/** Each highlighted kommun's latest value against the county's that year. */
export function selectedSentence(
  w: TrendWords,
  selected: readonly TrendLine[],
  county: readonly TrendLine[],
  format: TrendSeries["format"],
): string | null {
  const { t, fmt, period, name } = w;
  return sentence(
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
      const side = sideOf(last.value, reference.value, decimalsOf(format));
      const compared = countyComparison(side, fmt(reference.value), t);
      return `${head}, ${compared}`;
    }),
  );
}

/** Caveats: gaps in a kommun's line, approximate values, county and Sweden not drawn. */
export function caveatSentence(
  w: TrendWords,
  series: TrendSeries,
  selected: readonly TrendLine[],
): string | null {
  const { t, name, locale } = w;
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
  return sentence([
    gapped.length > 0
      ? t("trends.summaryGaps", {
          names: listNames([...new Set(gapped.map(name))], locale),
        })
      : null,
    estimated ? t("summary.estimated") : null,
    series.referencesShown ? null : t("trends.summaryTotals"),
  ]);
}
