/**
 * The Kommunrapport's first page: the kommun's name and the data's date, the verdict on health and
 * need (shared with the Kommunprofil), then population and stimulus funds in one line each.
 */
import type { DatasetMeta } from "@/data/load-dataset";
import { formatValue } from "@/domain/format";
import { formatDate, formatIndicatorPeriod } from "@/domain/format-period";
import { periodBounds } from "@/domain/periods";
import { today } from "@/domain/today";
import { useT } from "@/i18n/i18n";

import type { ProfileModel } from "../shared/profile-model";
import type { References } from "../shared/profile-references";
import { ProfileVerdict } from "../shared/profile-verdict";

/** The last year any row has a value for ("2022"), from the periods' last month. */
function lastYear(periods: readonly string[]): string {
  const ends = periods.flatMap((p) => {
    const bounds = periodBounds(p);
    return bounds ? [bounds.end] : [];
  });
  return ends.length === 0 ? "–" : String(Math.floor(Math.max(...ends) / 12));
}

export function ReportCover({
  model,
  datasets,
  cite,
}: {
  readonly model: ProfileModel;
  readonly cite: References["cite"];
  /** Every dataset the report draws on (their publication dates). */
  readonly datasets: readonly DatasetMeta[];
}) {
  const { t, locale } = useT();
  const { series, facts, fundsIndicator } = model;
  const published = datasets
    .map((d) => d.version.published)
    .reduce((a, b) => (b > a ? b : a), "");
  const perCapita = facts.fundsPerCapita;
  const rule = fundsIndicator?.perCapita ?? null;
  return (
    <header className="report__cover">
      <h1 className="report__title">
        {t("report.title", { name: series.kommun.name })}
      </h1>
      <p className="report__dates">
        {t("report.dates", {
          period: lastYear(
            series.groups.flatMap((g) => g.rows.map((r) => r.period)),
          ),
          published: published === "" ? "–" : formatDate(published, locale),
          printed: formatDate(today(), locale),
        })}
      </p>
      <ProfileVerdict series={series} />
      <ul className="report__facts">
        {facts.population && (
          <li>
            {t("report.population", {
              period: formatIndicatorPeriod(
                model.populationIndicator,
                facts.population.period,
                locale,
              ),
              value: formatValue(facts.population.value, "num0", locale),
              cite: cite(facts.population.observation),
            })}
          </li>
        )}
        {facts.funds && (
          <li>
            {perCapita && rule
              ? t("report.funding", {
                  period: facts.funds.period,
                  value: formatValue(facts.funds.value, "sek0", locale),
                  perCapita: formatValue(perCapita.value, rule.format, locale),
                  cite: cite(facts.funds.observation),
                })
              : t("report.fundingNoPerCapita", {
                  period: facts.funds.period,
                  value: formatValue(facts.funds.value, "sek0", locale),
                  cite: cite(facts.funds.observation),
                })}
          </li>
        )}
      </ul>
    </header>
  );
}
