/** Definition breaks inside the drawn periods, and the list that explains them below the chart. */
import type { TrendSeries } from "@/charts/series/trend-series";
import type { Indicator } from "@/domain/indicators";
import { definitionBreaks, type DefinitionBreak } from "@/domain/trend-breaks";
import { useT } from "@/i18n/i18n";

/** Stands in for a quoted sentence in a message, so it can be wrapped in its own element. */
const QUOTE = "\u0000";

/** The indicator's definition breaks after the first period drawn, at a period the series has. */
export function shownBreaks(
  indicator: Indicator,
  series: TrendSeries,
): DefinitionBreak[] {
  const firstYear = Number(series.periods[0]);
  return definitionBreaks(indicator).filter(
    (b) => b.year > firstYear && series.periods.includes(String(b.year)),
  );
}

export function TrendsBreaks({
  breaks,
}: {
  readonly breaks: readonly DefinitionBreak[];
}) {
  const { t } = useT();
  if (breaks.length === 0) return null;
  return (
    <section className="trends-breaks">
      <h3>{t("trends.breaksHeading")}</h3>
      <ul>
        {breaks.map((b) => (
          <li key={b.year}>
            {/* Kolada's sentence is Swedish in either language: marked lang="sv". */}
            {t("trends.breakNote", { year: b.year, sentence: QUOTE })
              .split(QUOTE)
              .flatMap((part, i) =>
                i === 0
                  ? [part]
                  : [
                      <span key={i} lang="sv">
                        {b.sentence}
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
