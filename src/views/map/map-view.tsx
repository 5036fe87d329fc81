/**
 * Karta: a tile map of the 26 kommuner coloured by one indicator. This container loads the data,
 * resolves the URL state against it and hands a ready-made series to the tile map. Choosing a
 * tile opens the Kommunprofil with that kommun first in the selection.
 */
// Registers this view's messages with the i18n layer (they load with the view).
import "@/i18n/views/map";
import { ChartFrame } from "@/charts/chart-frame";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { RankingTable } from "@/charts/ranking-table";
import { buildMapSeries } from "@/charts/series/map-series";
import { buildRankingSeries } from "@/charts/series/ranking-series";
import { missingReason, TileMap } from "@/charts/tile-map";
import { citeSource } from "@/data/citation";
import type { DatasetMeta } from "@/data/load-dataset";
import { useAreas, useIndicators, useObservations } from "@/data/queries";
import { kommunerOf, type AreaCode } from "@/domain/areas";
import { populationByArea } from "@/domain/metrics/derived";
import type { ViewState } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import { DatasetErrorMessage } from "../shared/dataset-error";
import { sourceLine } from "../shared/source-line";
import { IndicatorAbout } from "../shared/indicator-about";
import {
  comparableIndicators,
  pendingSelection,
  resolveIndicator,
  resolveSelection,
} from "../shared/resolve-indicator";
import { UrlNotices } from "../shared/url-notices";
import { ViewPending } from "../shared/view-pending";

import { MapControls } from "./map-controls";
import { mapText } from "./map-text";
import "./map.css";

/** The start indicator of the map: children with low economic standard, which varies a lot. */
const MAP_DEFAULT_INDICATOR = "kolada-n66077";

const FALLBACK_MISSING = {
  sv: "Uppgift saknas i datasetet.",
  en: "No value in the dataset.",
};

export default function MapView({ url }: { url: UrlStateApi }) {
  const { t, locale } = useT();
  const areas = useAreas("kommuner");
  const catalogue = useIndicators("indikatorer");
  const resolved = catalogue.data
    ? resolveIndicator(
        url.state,
        catalogue.data.indicators,
        (l) => l[locale],
        MAP_DEFAULT_INDICATOR,
      )
    : null;
  const indicator = resolved?.indicator ?? null;
  const observations = useObservations(indicator?.datasetId ?? null);
  const populationRule =
    url.state.mode === "per-capita" ? indicator?.perCapita : null;
  const population = useObservations(populationRule?.populationDataset ?? null);

  const heading = <h1 className="view-title">{t("map.heading")}</h1>;
  if (!areas.data || !catalogue.data || !resolved || !indicator) {
    return <ViewPending heading={heading} queries={[areas, catalogue]} />;
  }

  const selection = observations.data
    ? resolveSelection(url.state, indicator, observations.data.observations, {
        kommunPeriodsOnly: true,
      })
    : pendingSelection(url.state, indicator);
  const notices = [...resolved.notices, ...selection.notices];
  const kommuner = kommunerOf(areas.data.areas);
  const known = new Set(kommuner.map((k) => k.code));
  const selected = url.state.kommuner.filter((c) => known.has(c));
  for (const code of url.state.kommuner) {
    if (!known.has(code)) notices.push({ key: "unknownKommun", value: code });
  }
  const perCapita = selection.mode === "per-capita";

  /** Every change starts from what is shown; values the URL left out stay out. */
  const change = (patch: Partial<ViewState>): void => {
    const { state } = url;
    url.update({
      indicator: state.indicator === null ? null : indicator.id,
      period: state.period === null ? null : selection.period,
      group:
        state.group === null || selection.group === "" ? null : selection.group,
      mode: selection.mode,
      kommuner: selected,
      ...patch,
    });
  };
  const openProfile = (code: AreaCode): void => {
    url.update({
      view: "profile",
      kommuner: [code, ...selected.filter((c) => c !== code)],
    });
  };

  const chartFailed = [observations, population].find((q) => q.isError);
  let body;
  if (chartFailed) {
    body = (
      <ChartFrame
        title={indicator.label[locale]}
        subtitle={t("chart.errorTitle")}
      >
        <DatasetErrorMessage
          error={chartFailed.error}
          onRetry={() => {
            void chartFailed.refetch();
          }}
        />
      </ChartFrame>
    );
  } else if (!observations.data || (perCapita && !population.data)) {
    body = <ChartPlaceholder state="loading" title={t("chart.loading")} />;
  } else if (selection.period === null) {
    body = <ChartPlaceholder state="empty" title={t("chart.empty")} />;
  } else {
    const ranking = buildRankingSeries({
      indicator,
      observations: observations.data.observations,
      kommuner,
      period: selection.period,
      breakdown: selection.group,
      perCapita,
      selected,
      sort: "value",
      population:
        perCapita && indicator.perCapita && population.data
          ? populationByArea(indicator.perCapita, population.data.observations)
          : null,
      missingReason: observations.data.entry.missingReason ?? FALLBACK_MISSING,
    });
    const series = buildMapSeries(
      ranking,
      new Map(kommuner.map((k) => [k.code, k.shortName])),
      url.state.scale,
    );
    const datasets: DatasetMeta[] = [
      observations.data,
      ...(perCapita && population.data ? [population.data] : []),
    ];
    const text = mapText(series, t, locale);
    const sources = new Map(
      datasets.flatMap((d) => d.entry.sources.map((s) => [s.id, s])),
    );
    const locate = (o: { sourceId: string; locator: string }): string => {
      if (o.locator !== "") return o.locator;
      const source = sources.get(o.sourceId);
      return source ? citeSource(source) : o.sourceId;
    };
    const missing = series.tiles.filter((tile) => tile.value === null);
    body = (
      <ChartFrame
        title={text.title}
        subtitle={text.subtitle}
        summary={text.summary}
        coverage={text.coverage}
        sourceLine={sourceLine(datasets, indicator.sourceIds, t)}
        about={<IndicatorAbout indicator={indicator} datasets={datasets} />}
        controls={
          <div className="chart-frame__actions">
            <button
              type="button"
              className="button"
              aria-pressed={url.state.table}
              onClick={() => {
                change({ table: !url.state.table });
              }}
            >
              {url.state.table ? t("map.showChart") : t("map.showTable")}
            </button>
          </div>
        }
      >
        {series.divergingUnavailable && (
          <p className="map-view__note">{t("map.divergingUnavailable")}</p>
        )}
        {url.state.table ? (
          <RankingTable
            series={ranking}
            caption={`${text.title} (${text.subtitle})`}
            locate={locate}
          />
        ) : (
          <TileMap
            series={series}
            title={text.title}
            description={text.description}
            onOpen={openProfile}
          />
        )}
        {missing.length > 0 && (
          <section
            className="missing-list"
            aria-label={t("map.missingTitle", { count: missing.length })}
          >
            <h3>{t("map.missingTitle", { count: missing.length })}</h3>
            <ul>
              {missing.map((tile) => (
                <li key={tile.code}>
                  <strong>{tile.name}</strong>:{" "}
                  {missingReason(tile.source, t, locale)}
                </li>
              ))}
            </ul>
          </section>
        )}
      </ChartFrame>
    );
  }

  return (
    <>
      {heading}
      <p className="map-view__intro">{t("map.intro")}</p>
      <UrlNotices notices={notices} />
      <MapControls
        indicators={comparableIndicators(catalogue.data.indicators)}
        indicator={indicator}
        selection={selection}
        kommuner={kommuner}
        state={url.state}
        onChange={change}
      />
      {body}
    </>
  );
}
