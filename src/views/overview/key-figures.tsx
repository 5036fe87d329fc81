/** The county's key figures, each with its source (Översikt). */
import { valueLabel } from "@/charts/value-label";
import { perCapita } from "@/domain/metrics/derived";
import { formatValue } from "@/domain/format";
import { formatObservationPeriod, formatPeriod } from "@/domain/format-period";
import { latestObservation, observationsOf } from "@/domain/observations";
import { useT } from "@/i18n/i18n";
import { COUNTY_CODE } from "@/domain/areas";
import { KEY_FIGURES, STIMULUS_POPULATION } from "@/domain/indicator-roles";
import type { ObservationsDataset } from "@/data/load-dataset";
import { request, useData } from "@/data/use-data";

import { FigureCard, type FigureContent } from "./figure-card";

const byPeriod = (dataset: ObservationsDataset, indicator: string) =>
  observationsOf(dataset, indicator)
    .filter((o) => o.area === COUNTY_CODE && o.breakdown === "")
    .sort((a, b) => a.period.localeCompare(b.period));

export function KeyFigures() {
  const { t, locale } = useT();
  // The stimulus card also needs the 2017 population the allocation followed.
  const population = useData({
    dataset: request.observations(STIMULUS_POPULATION.dataset),
  });
  const pop2017 =
    population.status === "ready"
      ? latestObservation(
          observationsOf(
            population.data.dataset,
            STIMULUS_POPULATION.indicator,
          ),
          STIMULUS_POPULATION.indicator,
          COUNTY_CODE,
          { period: STIMULUS_POPULATION.period },
        )
      : null;

  return (
    <ul className="figure-grid">
      <FigureCard
        datasetId={KEY_FIGURES.agreement.dataset}
        build={(dataset): FigureContent | null => {
          const totals = byPeriod(dataset, KEY_FIGURES.agreement.indicator);
          const latest = totals.at(-1);
          if (!latest?.value) return null;
          const earlier = totals
            .slice(0, -1)
            .map(
              (o) =>
                `${o.period}: ${formatValue(o.value ?? 0, "mnkr1", locale)}`,
            );
          return {
            value: formatValue(latest.value, "mnkr1", locale),
            label: t("overview.figures.agreement", { period: latest.period }),
            details:
              earlier.length > 0
                ? [t("overview.earlier", { list: earlier.join(" · ") })]
                : [],
            basis: totals,
          };
        }}
      />
      <FigureCard
        datasetId={KEY_FIGURES.stimulus.dataset}
        build={({ observations }): FigureContent | null => {
          const total = latestObservation(
            observations,
            KEY_FIGURES.stimulus.indicator,
            COUNTY_CODE,
          );
          if (!total?.value) return null;
          const perInhabitant = perCapita(total.value, pop2017?.value ?? null);
          return {
            value: formatValue(total.value, "sek-mnkr1", locale),
            label: t("overview.figures.stimulus", { period: total.period }),
            details: [
              formatValue(total.value, "sek0", locale),
              ...(perInhabitant !== null && pop2017?.value
                ? [
                    t("overview.perInhabitant", {
                      value: formatValue(perInhabitant, "sek2", locale),
                      total: formatValue(total.value, "sek0", locale),
                      population: formatValue(pop2017.value, "num0", locale),
                      period: pop2017.period,
                    }),
                  ]
                : []),
            ],
            basis: [total],
          };
        }}
      />
      <FigureCard
        datasetId={KEY_FIGURES.diagnoses.dataset}
        build={({ observations }): FigureContent | null => {
          const county = latestObservation(
            observations,
            KEY_FIGURES.diagnoses.indicator,
            COUNTY_CODE,
          );
          if (!county?.value) return null;
          const range =
            county.low !== null && county.high !== null
              ? valueLabel(
                  { ...county, value: null, status: "range-only" },
                  "pct1",
                  t,
                  locale,
                )
              : null;
          return {
            value: formatValue(county.value, "pct1", locale),
            label: t("overview.figures.diagnoses", { period: county.period }),
            details: range ? [t("overview.between", { range })] : [],
            basis: [county],
          };
        }}
      />
      <FigureCard
        datasetId={KEY_FIGURES.suicide.dataset}
        withCatalogue
        build={({ observations }, indicators): FigureContent | null => {
          const suicide = latestObservation(
            observations,
            KEY_FIGURES.suicide.indicator,
            COUNTY_CODE,
          );
          if (!suicide?.value) return null;
          return {
            value: `${t("chart.estimated")} ${formatValue(suicide.value, "num0", locale)}`,
            label: t("overview.figures.suicide"),
            details: [
              formatObservationPeriod(
                indicators.get(KEY_FIGURES.suicide.indicator) ?? null,
                suicide,
                locale,
              ),
            ],
            basis: [suicide],
          };
        }}
      />
      <FigureCard
        datasetId={KEY_FIGURES.sickLeave.dataset}
        build={({ observations }): FigureContent | null => {
          const county = latestObservation(
            observations,
            KEY_FIGURES.sickLeave.indicator,
            COUNTY_CODE,
          );
          if (!county?.value) return null;
          const sweden = latestObservation(
            observations,
            KEY_FIGURES.sickLeave.indicator,
            "00",
            {
              period: county.period,
            },
          );
          return {
            value: formatValue(county.value, "pct1", locale),
            label: t("overview.figures.sickLeave", {
              period: formatPeriod(county.period),
            }),
            details: sweden?.value
              ? [
                  `${t("chart.sweden")}: ${formatValue(sweden.value, "pct1", locale)}`,
                ]
              : [],
            basis: [county],
          };
        }}
      />
      <FigureCard
        datasetId={KEY_FIGURES.familyCentres.dataset}
        withCatalogue
        build={({ observations }, indicators): FigureContent | null => {
          const centres = latestObservation(
            observations,
            KEY_FIGURES.familyCentres.indicator,
            COUNTY_CODE,
          );
          if (!centres?.value) return null;
          const kommuner = latestObservation(
            observations,
            KEY_FIGURES.familyCentreKommuner.indicator,
            COUNTY_CODE,
            {
              period: centres.period,
            },
          );
          return {
            value: formatValue(centres.value, "num0", locale),
            label: t("overview.figures.familyCentres", {
              period: formatObservationPeriod(
                indicators.get(KEY_FIGURES.familyCentres.indicator) ?? null,
                centres,
                locale,
              ),
            }),
            details: kommuner?.value
              ? [
                  t("overview.figures.familyCentresIn", {
                    count: kommuner.value,
                  }),
                ]
              : [],
            basis: kommuner ? [centres, kommuner] : [centres],
          };
        }}
      />
    </ul>
  );
}
