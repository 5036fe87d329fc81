/**
 * The catalogue's trend breaks inside the drawn periods, and the list that explains them below
 * the chart. The breaks are fields of the indicator (reviewed when the catalogue is built).
 */
import type { TrendSeries } from "@/charts/series/trend-series";
import type { Indicator, TrendBreak } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";

/** Stands in for a quoted sentence in a message, so it can be wrapped in its own element. */
const QUOTE = "\u0000";

/** The indicator's definition changes after the first period drawn, at a period the series has. */
export function shownBreaks(
  indicator: Indicator,
  series: TrendSeries,
): TrendBreak[] {
  const firstYear = Number(series.periods[0]);
  return (indicator.breaks ?? []).filter(
    (b) =>
      b.kind === "definition-change" &&
      Number(b.period) > firstYear &&
      series.periods.includes(b.period),
  );
}

/** The last period of a series its source has closed, or null. */
export function seriesEnd(indicator: Indicator): string | null {
  return (
    (indicator.breaks ?? []).find((b) => b.kind === "series-end")?.period ??
    null
  );
}

export function TrendsBreaks({
  breaks,
}: {
  readonly breaks: readonly TrendBreak[];
}) {
  const { t } = useT();
  if (breaks.length === 0) return null;
  return (
    <section className="trends-breaks">
      <h3>{t("trends.breaksHeading")}</h3>
      <ul>
        {breaks.map((b) => (
          <li key={b.period}>
            {/* Kolada's sentence is Swedish in either language: marked lang="sv". */}
            {t("trends.breakNote", { year: b.period, sentence: QUOTE })
              .split(QUOTE)
              .flatMap((part, i) =>
                i === 0
                  ? [part]
                  : [
                      <span key={i} lang="sv">
                        {b.quote}
                      </span>,
                      part,
                    ],
              )}
          </li>
        ))}
      </ul>
    </section>
  );
}
