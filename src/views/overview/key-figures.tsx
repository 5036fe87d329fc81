/** The county's key figures, each with its comparisons, a small visual and its source (Översikt). */
import { valueLabel } from "@/charts/value-label";
import { request, useData } from "@/data/use-data";
import { COUNTY_CODE } from "@/domain/areas";
import { formatValue } from "@/domain/format";
import { KEY_FIGURES, STIMULUS_POPULATION } from "@/domain/indicator-roles";
import { perCapita } from "@/domain/metrics/derived";
import { latestObservation, observationsOf } from "@/domain/observations";
import { useT } from "@/i18n/i18n";

import { FigureCard, figurePeriod, type FigureContent } from "./figure-card";
import { RangeBar } from "./mini-charts";
import { useSeriesFigure } from "./series-figure";

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

  const seriesFigure = useSeriesFigure();
  return (
    <ul className="figure-grid">
      <FigureCard
        datasetId={KEY_FIGURES.sickLeave.dataset}
        build={seriesFigure(
          KEY_FIGURES.sickLeave.indicator,
          "pct1",
          t("overview.figures.sickLeave"),
        )}
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
            period: t("overview.period", { period: county.period }),
            value: formatValue(county.value, "pct1", locale),
            label: t("overview.figures.diagnoses"),
            comparisons: [],
            format: "pct1",
            visual:
              county.low !== null && county.high !== null ? (
                <RangeBar
                  low={county.low}
                  high={county.high}
                  value={county.value}
                  format="pct1"
                />
              ) : undefined,
            details: range ? [t("overview.between", { range })] : [],
            basis: [county],
          };
        }}
      />
      <FigureCard
        datasetId={KEY_FIGURES.suicide.dataset}
        build={({ observations }, indicators): FigureContent | null => {
          const suicide = latestObservation(
            observations,
            KEY_FIGURES.suicide.indicator,
            COUNTY_CODE,
          );
          if (!suicide?.value) return null;
          return {
            // The source gives no reference period (catalogue: unstatedPeriods).
            period: figurePeriod(
              indicators.get(KEY_FIGURES.suicide.indicator) ?? null,
              suicide,
              t,
              locale,
            ),
            value: `${t("chart.estimated")} ${formatValue(suicide.value, "num0", locale)}`,
            label: t("overview.figures.suicide"),
            comparisons: [],
            format: "num0",
            basis: [suicide],
          };
        }}
      />
      <FigureCard
        datasetId={KEY_FIGURES.familyCentres.dataset}
        build={seriesFigure(
          KEY_FIGURES.familyCentres.indicator,
          "num0",
          t("overview.figures.familyCentres"),
          ({ observations }) => {
            const centres = latestObservation(
              observations,
              KEY_FIGURES.familyCentres.indicator,
              COUNTY_CODE,
            );
            const kommuner =
              centres &&
              latestObservation(
                observations,
                KEY_FIGURES.familyCentreKommuner.indicator,
                COUNTY_CODE,
                { period: centres.period },
              );
            return kommuner?.value
              ? [
                  t("overview.figures.familyCentresIn", {
                    count: kommuner.value,
                  }),
                ]
              : [];
          },
        )}
      />
      <FigureCard
        datasetId={KEY_FIGURES.agreement.dataset}
        build={seriesFigure(
          KEY_FIGURES.agreement.indicator,
          "mnkr1",
          t("overview.figures.agreement"),
        )}
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
            period: t("overview.period", { period: total.period }),
            value: formatValue(total.value, "sek-mnkr1", locale),
            label: t("overview.figures.stimulus"),
            comparisons: [],
            format: "sek-mnkr1",
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
    </ul>
  );
}
