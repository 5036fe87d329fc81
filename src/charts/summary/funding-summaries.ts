/**
 * Summaries of the Finansiering charts, from their series alone (one to three plain sentences
 * each): the agreements' stacked bars, and the two dumbbell charts — allocation against the
 * population share, and planned against reported use. Uses the Finansiering view's messages
 * (registered with the view).
 */
// The summaries' words load with the first summary (see i18n/views/summary.ts).
import "@/i18n/views/summary";
import { formatDifference, formatValue } from "@/domain/format";
import type { Translate, UiLocale } from "@/i18n/i18n";

import { RECIPIENTS, type AgreementSeries } from "../series/agreement-series";
import type { ExpectedSeries } from "../series/expected-series";
import type { PlanReportSeries } from "../series/plan-report-series";

import { listNames, paragraph, sentence } from "./sentence";

const RECIPIENT_WORD = {
  region: "funding.summaryRegion",
  kommuner: "funding.summaryKommuner",
  lansgemensamt: "funding.summaryLansgemensamt",
} as const;

/**
 * Stacked bars of the agreements: the largest and smallest year, how the latest year was split
 * between the recipients, and that the sums are calculated (and partly inferred recipients).
 */
export function agreementsSummary(
  series: AgreementSeries,
  t: Translate,
  locale: UiLocale,
): string {
  const mn = (n: number): string => formatValue(n, "sek-mnkr1", locale);
  const years = series.years.filter((y) => y.rowSum !== null);
  const sorted = [...years].sort((a, b) => (b.rowSum ?? 0) - (a.rowSum ?? 0));
  const max = sorted[0];
  const min = sorted[sorted.length - 1];
  const extremes =
    max && min && max !== min
      ? t("funding.summaryMaxMin", {
          maxYear: max.period,
          maxValue: mn(max.rowSum ?? 0),
          minYear: min.period,
          minValue: mn(min.rowSum ?? 0),
        })
      : max
        ? t("funding.summaryOneYear", {
            year: max.period,
            value: mn(max.rowSum ?? 0),
          })
        : null;
  const latest = years[years.length - 1];
  const split = latest
    ? t("funding.summarySplit", {
        year: latest.period,
        parts: listNames(
          RECIPIENTS.flatMap((r) => {
            const v = latest.byRecipient[r];
            return v === null
              ? []
              : [
                  t("funding.summaryPart", {
                    value: mn(v),
                    recipient: t(RECIPIENT_WORD[r]),
                  }),
                ];
          }),
          locale,
        ),
      })
    : null;
  const inferred = years.filter((y) => y.inferred).map((y) => y.period);
  return paragraph([
    sentence([extremes]),
    sentence([split]),
    sentence([
      t("funding.summarySums"),
      inferred.length > 0
        ? t("funding.summaryInferred", {
            years: listNames(inferred, locale),
          })
        : null,
    ]),
  ]);
}

/** Dumbbells of allocation against population share: the largest deviation and what it means. */
export function expectedSummary(
  series: ExpectedSeries,
  t: Translate,
  locale: UiLocale,
): string {
  const largest = series.largest;
  const main = largest?.deviation
    ? t(
        (series.maxAbsAmount ?? 0) < 1
          ? "funding.expectedSummary"
          : "funding.expectedSummaryLarge",
        {
          name: largest.name,
          amount: formatDifference(largest.deviation.amount, "sek2", locale),
          percent:
            largest.deviation.percent === null
              ? "–"
              : formatDifference(largest.deviation.percent, "pct2", locale),
        },
      )
    : null;
  const missing = series.rows.filter((r) => r.deviation === null);
  return paragraph([
    main,
    sentence([
      missing.length > 0
        ? t("summary.missingNames", {
            names: listNames(
              missing.map((r) => r.name),
              locale,
            ),
          })
        : null,
    ]),
  ]);
}

/** Dumbbells of planned against reported use: the difference and how each total was reached. */
export function planReportSummary(
  series: PlanReportSeries,
  t: Translate,
  locale: UiLocale,
): string {
  const kr = (n: number | null): string =>
    n === null ? "–" : formatValue(n, "sek0", locale);
  if (series.difference === null) return "";
  return t(
    series.difference >= 0 ? "funding.planSummary" : "funding.planSummaryLess",
    {
      difference: kr(Math.abs(series.difference)),
      reported: kr(series.reportedTotal),
      planned: kr(series.plannedTotal?.value ?? null),
      count: series.reportedSubtotalCount,
    },
  );
}
