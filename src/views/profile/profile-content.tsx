/**
 * The Kommunprofil once every dataset has settled: the failed datasets' errors (the rest is still
 * shown), then the facts at the top and the spine chart, table and lists (profile-body).
 */
import {
  buildProfileFacts,
  buildProfileSeries,
  type ObservationSet,
} from "@/charts/series/profile-series";
import type { Settled } from "@/data/gate";
import type { ObservationsDataset } from "@/data/load-dataset";
import type { Area } from "@/domain/areas";
import { PROFILE_FACTS } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import type { Observation } from "@/domain/observations";
import { useT } from "@/i18n/i18n";

import { DatasetErrorMessage } from "../shared/dataset-error";

import { ProfileBody } from "./profile-body";

/** Shown at the top, not as rows: population (SCB and Kolada) and the 2018 stimulus funds. */
const {
  population: POPULATION_INDICATOR,
  koladaPopulation: KOLADA_POPULATION_INDICATOR,
  funds: FUNDS_INDICATOR,
} = PROFILE_FACTS;
const AT_THE_TOP = [
  POPULATION_INDICATOR,
  KOLADA_POPULATION_INDICATOR,
  FUNDS_INDICATOR,
];

const FALLBACK_MISSING = {
  sv: "Uppgift saknas i datasetet.",
  en: "No value in the dataset.",
};

export interface ProfileContentProps {
  readonly kommun: Area;
  readonly kommuner: readonly Area[];
  readonly indicators: readonly Indicator[];
  readonly settled: Settled<ObservationsDataset>;
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
}

export function ProfileContent({
  kommun,
  kommuner,
  indicators,
  settled,
  showTable,
  onToggleTable,
}: ProfileContentProps) {
  const { t } = useT();
  const { loaded, failed } = settled;
  const datasets = new Map<string, ObservationSet>(
    loaded.map((d) => [
      d.entry.id,
      {
        byIndicator: d.byIndicator,
        missingReason: d.entry.missingReason ?? FALLBACK_MISSING,
      },
    ]),
  );
  const byId = new Map(loaded.map((d) => [d.entry.id, d]));
  const obsOf = (id: string | undefined): readonly Observation[] | null =>
    id === undefined ? null : (byId.get(id)?.observations ?? null);
  const find = (id: string) => indicators.find((i) => i.id === id) ?? null;
  const funds = find(FUNDS_INDICATOR);
  const facts = buildProfileFacts({
    kommun: kommun.code,
    populationIndicator: POPULATION_INDICATOR,
    population: obsOf(
      funds?.perCapita?.populationDataset ??
        find(POPULATION_INDICATOR)?.datasetId,
    ),
    koladaPopulationIndicator: KOLADA_POPULATION_INDICATOR,
    koladaPopulation: obsOf(find(KOLADA_POPULATION_INDICATOR)?.datasetId),
    fundsIndicator: funds,
    funds: obsOf(funds?.datasetId),
  });
  const series = buildProfileSeries({
    kommun,
    kommuner,
    indicators,
    datasets,
    exclude: AT_THE_TOP,
  });
  return (
    <>
      {failed.length > 0 && (
        <section
          className="profile-errors"
          aria-label={t("profile.errorsTitle")}
        >
          <p>{t("profile.errorsTitle")}</p>
          {failed.map((f, i) => (
            <DatasetErrorMessage key={i} error={f.error} onRetry={f.retry} />
          ))}
        </section>
      )}
      <ProfileBody
        series={series}
        facts={facts}
        fundsIndicator={funds}
        populationIndicator={find(POPULATION_INDICATOR)}
        datasets={loaded}
        showTable={showTable}
        onToggleTable={onToggleTable}
      />
    </>
  );
}
