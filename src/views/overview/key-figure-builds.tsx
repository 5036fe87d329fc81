/**
 * The key figures that are not a plain county series (series-figure): the diagnoses' range, the
 * estimated suicides whose source states no year, the stimulus total per 2017 inhabitant, and
 * the family centres' count of kommuner.
 */
import { valueLabel } from "@/charts/value-label";
import type { ObservationsDataset } from "@/data/load-dataset";
import { request, useData } from "@/data/use-data";
import { COUNTY_CODE } from "@/domain/areas";
import { formatValue } from "@/domain/format";
import type { Indicator } from "@/domain/indicators";
import { KEY_FIGURES, STIMULUS_POPULATION } from "@/domain/indicator-roles";
import { perCapita } from "@/domain/metrics/derived";
import { latestObservation, observationsOf } from "@/domain/observations";
import { useT } from "@/i18n/i18n";

import { figurePeriod, type FigureContent } from "./figure-card";
import { RangeBar } from "./mini-charts";

type Build = (
  dataset: ObservationsDataset,
  indicators: ReadonlyMap<string, Indicator>,
) => FigureContent | null;

/** The diagnoses' latest county share, with its range drawn and stated where the source has one. */
export function useDiagnosesFigure(): Build {
  const { t, locale } = useT();
  return ({ observations }) => {
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
  };
}

/** The estimated suicides; the source gives no reference period (catalogue: unstatedPeriods). */
export function useSuicideFigure(): Build {
  const { t, locale } = useT();
  return ({ observations }, indicators) => {
    const suicide = latestObservation(
      observations,
      KEY_FIGURES.suicide.indicator,
      COUNTY_CODE,
    );
    if (!suicide?.value) return null;
    return {
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
  };
}

/** The stimulus total, and per inhabitant of 2017, the population the allocation followed. */
export function useStimulusFigure(): Build {
  const { t, locale } = useT();
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
  return ({ observations }) => {
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
  };
}

/** The family centres' detail: in how many kommuner, the same period as the count. */
export function useFamilyCentreDetails() {
  const { t } = useT();
  return ({ observations }: ObservationsDataset): string[] => {
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
      ? [t("overview.figures.familyCentresIn", { count: kommuner.value })]
      : [];
  };
}
