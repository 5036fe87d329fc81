/**
 * Karta: the 26 kommuner coloured by one indicator, on the county map (default) or as tiles
 * (`layout=tiles`). The data side is the shared useIndicatorView; this view turns the ranked
 * series into the map's series. Choosing a kommun opens the Kommunprofil with that kommun first
 * in the selection.
 */
// Registers this view's messages with the i18n layer (they load with the view).
import "@/i18n/views/map";
import { ChartFrame } from "@/charts/chart-frame";
import { RankingTable } from "@/charts/ranking-table";
import { buildMapSeries } from "@/charts/series/map-series";
import type { RankingSeries } from "@/charts/series/ranking-series";
import { MissingList, missingRows } from "@/charts/missing-list";
import { CountyMap } from "@/charts/map/county-map";
import { TileMap } from "@/charts/tile-map";
import type { DatasetMeta } from "@/data/load-dataset";
import type { Area, AreaCode } from "@/domain/areas";
import { DEFAULT_INDICATORS } from "@/domain/indicator-roles";
import type { MapLayout, Scale, ViewState } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";
import { Segmented } from "@/ui/field";

import { CounterpartNote } from "../shared/counterpart-note";
import { GatedView } from "../shared/gated-view";
import { IndicatorAbout } from "../shared/indicator-about";
import { sourceLocator } from "../shared/locate";
import { rankingChartExport } from "../shared/export-rows";
import { frameProps } from "../shared/frame-props";
import { sourceLine } from "../shared/source-line";
import { IndicatorViewControls } from "../shared/indicator-view-controls";
import { UrlNotices } from "../shared/url-notices";
import {
  useIndicatorView,
  type IndicatorView,
} from "../shared/use-indicator-view";
import { IndicatorChartGate } from "../shared/indicator-chart-gate";

import { mapText } from "./map-text";
import "./map.css";

export default function MapView({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const gate = useIndicatorView(url, {
    defaultIndicator: DEFAULT_INDICATORS.map,
    kommunPeriodsOnly: true,
    sort: "value",
  });
  return (
    <GatedView title={t("map.heading")} gate={gate}>
      {(view) => <MapBody view={view} url={url} />}
    </GatedView>
  );
}

function MapBody({ view, url }: { view: IndicatorView; url: UrlStateApi }) {
  const { t } = useT();
  const { selected, change } = view;
  const openProfile = (code: AreaCode): void => {
    url.update({
      view: "profile",
      kommuner: [code, ...selected.filter((c) => c !== code)],
    });
  };
  return (
    <>
      <p className="map-view__intro">
        {url.state.layout === "tiles" ? t("map.introTiles") : t("map.intro")}
      </p>
      <UrlNotices notices={view.notices} />
      <IndicatorViewControls view={view}>
        <Segmented
          label={t("map.layout")}
          value={url.state.layout}
          options={[
            { value: "map", label: t("map.layoutMap") },
            { value: "tiles", label: t("map.layoutTiles") },
          ]}
          onChange={(layout) => {
            change({ layout: layout as MapLayout });
          }}
        />
        <Segmented
          label={t("map.scale")}
          value={url.state.scale}
          options={[
            { value: "sequential", label: t("map.scaleSequential") },
            { value: "diverging", label: t("map.scaleDiverging") },
          ]}
          onChange={(scale) => {
            change({ scale: scale as Scale });
          }}
        />
      </IndicatorViewControls>
      <IndicatorChartGate view={view}>
        {(chart) => (
          <MapChart
            ranking={chart.series}
            datasets={chart.datasets}
            kommuner={view.kommuner}
            state={url.state}
            onChange={change}
            onOpen={openProfile}
          />
        )}
      </IndicatorChartGate>
      <CounterpartNote indicator={view.indicator} />
    </>
  );
}

interface MapChartProps {
  readonly ranking: RankingSeries;
  readonly datasets: readonly DatasetMeta[];
  readonly kommuner: readonly Area[];
  readonly state: ViewState;
  readonly onChange: (patch: Partial<ViewState>) => void;
  readonly onOpen: (code: AreaCode) => void;
}

function MapChart({
  ranking,
  datasets,
  kommuner,
  state,
  onChange,
  onOpen,
}: MapChartProps) {
  const { t, locale } = useT();
  const { indicator } = ranking;
  const series = buildMapSeries(
    ranking,
    new Map(kommuner.map((k) => [k.code, k.shortName])),
    state.scale,
  );
  const text = mapText(series, t, locale);
  const locate = sourceLocator(datasets, locale);
  // A range-only kommun has no colour on the map, so it is listed.
  const missing = missingRows(
    series.tiles.map((tile) => tile.source),
    t,
    locale,
    { rangeDrawn: false },
  );
  return (
    <ChartFrame
      {...frameProps(
        text,
        sourceLine(datasets, indicator.sourceIds, t, locale),
      )}
      exportData={rankingChartExport("map", text, ranking, datasets, t, locale)}
      about={<IndicatorAbout indicator={indicator} datasets={datasets} />}
      table={{
        shown: state.table,
        onToggle: () => {
          onChange({ table: !state.table });
        },
      }}
    >
      {series.divergingUnavailable && (
        <p className="map-view__note">{t("map.divergingUnavailable")}</p>
      )}
      {state.table ? (
        <RankingTable
          series={ranking}
          caption={`${text.title} (${text.subtitle})`}
          locate={locate}
        />
      ) : state.layout === "tiles" ? (
        <TileMap series={series} onOpen={onOpen} />
      ) : (
        <CountyMap series={series} onOpen={onOpen} />
      )}
      <MissingList
        title={t("chart.missingTitle", { count: missing.length })}
        items={missing}
      />
    </ChartFrame>
  );
}
