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
import { MAP_VIEWS } from "@/domain/kommun-map";
import { useT } from "@/i18n/i18n";

import { ChartKeysHint } from "../chart-keys-hint";
import { useSlideBox } from "../slide-box";

import { MapLegend } from "./map-legend";
import { MapShapes } from "./map-panel";
import { useMapPointText } from "./map-point-text";
import { useMapKeyboard, type MapChartProps } from "./use-map-keyboard";
import "./map-chart.css";

export function CountyMap({ series, onOpen }: MapChartProps) {
  const { t } = useT();
  const text = useMapPointText(series);
  const keyboard = useMapKeyboard({ series, onOpen });
  const panel = { series, text, keyboard, onOpen };
  // On a slide: map, inset and legend side by side, the map as tall as the slide's room and the
  // inset a little smaller, so the row fits the slide's width.
  const box = useSlideBox();
  const [, , w, h] = MAP_VIEWS.main;
  const [, , iw, ih] = MAP_VIEWS.inset;
  const mainWidth = box ? (box.height * w) / h : undefined;
  const insetWidth = box ? (0.5 * box.height * iw) / ih : undefined;
  return (
    <div {...keyboard.groupProps} className="map-chart map-chart--county">
      <MapShapes {...panel} panel="main" insetFrame width={mainWidth} />
      <div className="map-chart__side">
        <div className="county-map__inset">
          <p className="county-map__inset-title">{t("map.insetTitle")}</p>
          <MapShapes {...panel} panel="inset" width={insetWidth} />
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
