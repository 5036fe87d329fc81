/**
 * The county map: the 26 kommuner in their real shapes (domain/kommun-shapes, built from the
 * kommun boundaries), coloured by the series' bins, kommuner without a value hatched, and an
 * enlarged inset of the inner kommuner that are too small to see at county scale. The keyboard
 * route is the tile map's: one tab stop, the arrow keys move between kommuner in the tile
 * layout's directions (domain/tile-layout), Enter or a click opens, T shows the table. Each
 * kommun is one named data point, in the panel where it is labelled.
 */
// The map's words (legend, labels) load with the chart, whichever view draws it.
import "@/i18n/views/map";
import type { AreaCode } from "@/domain/areas";
import { neighbourTile } from "@/domain/tile-layout";
import { useT } from "@/i18n/i18n";

import { ChartKeysHint } from "../chart-keys-hint";
import type { MapSeries } from "../series/map-series";
import { useChartKeyboard } from "../use-chart-keyboard";

import { MapLegend } from "./map-legend";
import { MapShapes } from "./map-panel";
import { useMapPointText } from "./map-point-text";
import "./map-chart.css";

export interface CountyMapProps {
  readonly series: MapSeries;
  readonly onOpen: (code: AreaCode) => void;
}

export function CountyMap({ series, onOpen }: CountyMapProps) {
  const { t } = useT();
  const text = useMapPointText(series);
  const codes = series.tiles.map((tile) => tile.code);
  const keyboard = useChartKeyboard({
    keys: codes,
    initial: series.tiles.find((tile) => tile.highlighted)?.code,
    onOpen: (code) => {
      onOpen(code as AreaCode);
    },
    move: (code, direction) => neighbourTile(code, direction, codes),
  });
  const panel = { series, text, keyboard, onOpen };
  return (
    <div {...keyboard.groupProps} className="map-chart map-chart--county">
      <MapShapes {...panel} panel="main" insetFrame />
      <div className="map-chart__side">
        <div className="county-map__inset">
          <p className="county-map__inset-title">{t("map.insetTitle")}</p>
          <MapShapes {...panel} panel="inset" />
        </div>
        <MapLegend series={series} binLabel={text.binLabel} />
      </div>
      <ChartKeysHint
        keyboard={keyboard}
        moves={t("chart.keysKommuner")}
        opens
      />
    </div>
  );
}
