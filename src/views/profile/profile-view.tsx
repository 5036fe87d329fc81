/**
 * Kommunprofil: one kommun against the county on every indicator. The kommun is the first code in
 * the URL's `kommuner`, so the selection carries between views. This container loads every
 * dataset the catalogue's kommun indicators need, resolves the kommun and hands ready-made series
 * to the spine chart, the table and the lists. One placeholder while anything loads; a failed
 * dataset gets its own error message and the rest is still shown.
 */
// Registers this view's messages with the i18n layer (they load with the view).
import "@/i18n/views/profile";
import type { DatasetMeta } from "@/data/load-dataset";
import { useAreas, useCatalogue, useObservationsMany } from "@/data/queries";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import {
  buildProfileFacts,
  buildProfileSeries,
  type ObservationSet,
} from "@/charts/series/profile-series";
import { kommunerOf, type Area, type AreaCode } from "@/domain/areas";
import { PROFILE_FACTS } from "@/domain/indicator-roles";
import { profileDatasetIds } from "@/domain/profile-datasets";
import type { Observation } from "@/domain/observations";
import type { UrlNotice } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";
import { SelectField } from "@/ui/field";

import { DatasetErrorMessage } from "../shared/dataset-error";
import { UrlNotices } from "../shared/url-notices";
import { ViewPending } from "../shared/view-pending";

import { ProfileBody } from "./profile-body";
import "./profile.css";

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

/** The profile's kommun: the first known code in the URL; unknown codes yield notices. */
function resolveKommun(
  codes: readonly AreaCode[],
  kommuner: readonly Area[],
): { kommun: Area | null; known: AreaCode[]; notices: UrlNotice[] } {
  const byCode = new Map(kommuner.map((k) => [k.code, k]));
  const known = codes.filter((c) => byCode.has(c));
  const notices: UrlNotice[] = codes
    .filter((c) => !byCode.has(c))
    .map((c) => ({ key: "unknownKommun", value: c }));
  const first = known[0];
  return {
    kommun: first === undefined ? null : (byCode.get(first) ?? null),
    known,
    notices,
  };
}

export default function ProfileView({ url }: { url: UrlStateApi }) {
  const { t, locale } = useT();
  const areas = useAreas("kommuner");
  const catalogue = useCatalogue();
  const ids = catalogue.data
    ? profileDatasetIds(catalogue.data.indicators)
    : [];
  const queries = useObservationsMany(ids);

  const kommuner = areas.data ? kommunerOf(areas.data.areas) : [];
  const { kommun, known, notices } = resolveKommun(
    url.state.kommuner,
    kommuner,
  );
  const heading = (
    <h1 className="view-title">
      {kommun
        ? t("profile.headingKommun", { name: kommun.name })
        : t("profile.heading")}
    </h1>
  );

  if (!areas.data || !catalogue.data) {
    return <ViewPending heading={heading} queries={[areas, catalogue]} />;
  }

  const collator = new Intl.Collator(locale);
  const picker = (
    <div className="controls" role="group" aria-label={t("profile.choose")}>
      <SelectField
        label={t("profile.choose")}
        value={kommun?.code ?? ""}
        options={[
          ...(kommun
            ? []
            : [{ value: "", label: t("profile.choosePlaceholder") }]),
          ...[...kommuner]
            .sort((a, b) => collator.compare(a.name, b.name))
            .map((k) => ({ value: k.code, label: k.name })),
        ]}
        onChange={(code) => {
          const chosen = kommuner.find((k) => k.code === code);
          if (!chosen) return;
          url.update({
            kommuner: [chosen.code, ...known.filter((c) => c !== chosen.code)],
          });
        }}
      />
      {kommun && (
        <a
          className="profile-report-link"
          href={url.href({ view: "report", kommuner: [kommun.code] })}
          onClick={(event) => {
            event.preventDefault();
            url.update({ view: "report", kommuner: [kommun.code] });
          }}
        >
          {t("report.link")}
        </a>
      )}
    </div>
  );

  let body;
  if (!kommun) {
    body = <p className="profile-prompt">{t("profile.prompt")}</p>;
  } else {
    const active = queries; // one per dataset the profile needs
    const failed = active.filter((q) => q.isError);
    const loading = active.some((q) => q.isPending && !q.isError);
    if (loading) {
      body = <ChartPlaceholder state="loading" title={t("chart.loading")} />;
    } else {
      const loaded = active.flatMap((q) => (q.data ? [q.data] : []));
      const datasets = new Map<string, ObservationSet>(
        loaded.map((d) => [
          d.entry.id,
          {
            observations: d.observations,
            missingReason: d.entry.missingReason ?? FALLBACK_MISSING,
          },
        ]),
      );
      const metas: DatasetMeta[] = loaded;
      const indicators = catalogue.data.indicators;
      const funds = indicators.find((i) => i.id === FUNDS_INDICATOR) ?? null;
      const obsOf = (id: string | undefined): readonly Observation[] | null =>
        id === undefined ? null : (datasets.get(id)?.observations ?? null);
      const populationDataset = indicators.find(
        (i) => i.id === POPULATION_INDICATOR,
      )?.datasetId;
      const koladaDataset = indicators.find(
        (i) => i.id === KOLADA_POPULATION_INDICATOR,
      )?.datasetId;
      const facts = buildProfileFacts({
        kommun: kommun.code,
        populationIndicator: POPULATION_INDICATOR,
        population: obsOf(
          funds?.perCapita?.populationDataset ?? populationDataset,
        ),
        koladaPopulationIndicator: KOLADA_POPULATION_INDICATOR,
        koladaPopulation: obsOf(koladaDataset),
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
      body = (
        <>
          {failed.length > 0 && (
            <section
              className="profile-errors"
              aria-label={t("profile.errorsTitle")}
            >
              <p>{t("profile.errorsTitle")}</p>
              {failed.map((q, i) => (
                <DatasetErrorMessage
                  key={i}
                  error={q.error}
                  onRetry={() => {
                    void q.refetch();
                  }}
                />
              ))}
            </section>
          )}
          <ProfileBody
            series={series}
            facts={facts}
            fundsIndicator={funds}
            populationIndicator={
              indicators.find((i) => i.id === POPULATION_INDICATOR) ?? null
            }
            datasets={metas}
            showTable={url.state.table}
            onToggleTable={() => {
              url.update({ table: !url.state.table });
            }}
          />
        </>
      );
    }
  }

  return (
    <>
      {heading}
      <UrlNotices notices={notices} />
      {picker}
      {body}
    </>
  );
}
