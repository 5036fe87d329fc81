/**
 * Kommunprofil's facts, after the verdict: population (the stimulus funds' own population and
 * Kolada's year-end figure), the stimulus funds and the funds per inhabitant, marked "beräknat"
 * with how. The sources stand in the frame's source line; full citations are under "Källor".
 */
import { ChartFrame } from "@/charts/chart-frame";
import type { FactValue } from "@/charts/series/profile-facts";
import type { DatasetMeta } from "@/data/load-dataset";
import { formatValue } from "@/domain/format";
import {
  formatIndicatorPeriod,
  formatPopulationPeriod,
} from "@/domain/format-period";
import { useT, type Translate, type UiLocale } from "@/i18n/i18n";

import type { ProfileModel } from "../shared/profile-model";
import { sourceLine } from "../shared/source-line";

/** The source line of the given sources: only the datasets that hold them. */
export function lineFor(
  datasets: readonly DatasetMeta[],
  sourceIds: readonly string[],
  t: Translate,
  locale: UiLocale,
): string {
  const unique = [...new Set(sourceIds)];
  const holding = datasets.filter((d) =>
    d.entry.sources.some((s) => unique.includes(s.id)),
  );
  return sourceLine(holding, unique, t, locale);
}

function Fact({
  label,
  value,
  children,
}: {
  readonly label: string;
  readonly value: string;
  readonly children?: React.ReactNode;
}) {
  return (
    <div className="profile-fact">
      <dt>{label}</dt>
      <dd>
        <span className="profile-fact__value">{value}</span>
        {children}
      </dd>
    </div>
  );
}

export function ProfileFacts({ model }: { readonly model: ProfileModel }) {
  const { t, locale } = useT();
  const { facts, fundsIndicator, populationIndicator, datasets } = model;
  const name = model.series.kommun.name;
  const shown = (f: FactValue | null, format: "num0" | "sek0"): string =>
    f ? formatValue(f.value, format, locale) : t("profile.factMissing");
  const populationPeriod = facts.population
    ? formatIndicatorPeriod(
        populationIndicator,
        facts.population.period,
        locale,
      )
    : "–";
  const fundsPeriod = facts.funds?.period ?? "–";
  const perCapita = facts.fundsPerCapita;
  const rule = fundsIndicator?.perCapita ?? null;
  const used = [facts.population, facts.koladaPopulation, facts.funds];
  return (
    <ChartFrame
      title={t("profile.factsTitle", { name })}
      subtitle={[
        t("profile.population", { period: populationPeriod }),
        t("profile.funds", { period: fundsPeriod }),
      ].join(" · ")}
      sourceLine={lineFor(
        datasets,
        used.flatMap((f) => (f ? [f.observation.sourceId] : [])),
        t,
        locale,
      )}
    >
      <dl className="profile-facts">
        <Fact
          label={t("profile.population", { period: populationPeriod })}
          value={shown(facts.population, "num0")}
        />
        <Fact
          label={t("profile.koladaPopulation", {
            period: facts.koladaPopulation?.period ?? "–",
          })}
          value={shown(facts.koladaPopulation, "num0")}
        />
        <Fact
          label={t("profile.funds", { period: fundsPeriod })}
          value={shown(facts.funds, "sek0")}
        />
        <Fact
          label={t("profile.fundsPerCapita", { period: fundsPeriod })}
          value={
            perCapita && rule
              ? formatValue(perCapita.value, rule.format, locale)
              : t("profile.factMissing")
          }
        >
          {perCapita && rule && (
            <>
              <span className="derived-mark">{t("chart.derived")}</span>
              <span className="table-note">
                {t("profile.derivedHow", {
                  value: formatValue(perCapita.how.numerator, "sek0", locale),
                  population: formatValue(
                    perCapita.how.denominator,
                    "num0",
                    locale,
                  ),
                  populationPeriod: formatPopulationPeriod(
                    perCapita.how,
                    locale,
                  ),
                })}
              </span>
            </>
          )}
        </Fact>
      </dl>
    </ChartFrame>
  );
}
