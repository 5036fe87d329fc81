/**
 * The tile map: one square per kommun on a CSS grid placed by domain/tile-layout, coloured by the
 * series' bins, kommuner without a value hatched. Every tile is a button (name, value, group and
 * status as its accessible name); the map is one tab stop and the arrow keys move between tiles
 * (the shared roving tabindex, use-chart-keyboard), T shows the table. Click or Enter calls
 * onOpen. The map's name and description are its frame's title and summary. Selected kommuner
 * get a thick outline in the highlight colour. The legend lists the bins and the no-data pattern.
 */
import { TILE_GRID } from "@/domain/tile-layout";
// The map's words (legend, tiles) load with the chart, whichever view draws it.
import "@/i18n/views/map";
import { useT } from "@/i18n/i18n";

import { ChartKeysHint } from "./chart-keys-hint";
import { MapLegend } from "./map/map-legend";
import { useMapPointText } from "./map/map-point-text";
import { TileName } from "./map/tile-name";
import { useMapKeyboard, type MapChartProps } from "./map/use-map-keyboard";
import { COLORS } from "./theme";
import "./map/map-chart.css";
import "./map/tile-map.css";

export function TileMap({ series, onOpen }: MapChartProps) {
  const { t } = useT();
  const text = useMapPointText(series);
  const tiles = series.tiles;
  const keyboard = useMapKeyboard({ series, onOpen });

  return (
    <div className="map-chart">
      <div
        {...keyboard.groupProps}
        className="tile-map"
        style={{
          gridTemplateColumns: `repeat(${String(TILE_GRID.cols)}, 1fr)`,
          gridTemplateRows: `repeat(${String(TILE_GRID.rows)}, auto)`,
        }}
      >
        {tiles.map((tile) => {
          const bin = tile.bin === null ? null : series.bins[tile.bin];
          const label = text.pointLabel(tile);
          return (
            <button
              key={tile.code}
              {...keyboard.pointProps(tile.code)}
              type="button"
              className={[
                "tile-map__tile",
                bin ? "" : "tile-map__tile--missing",
                tile.highlighted ? "tile-map__tile--selected" : "",
              ]
                .filter(Boolean)
                .join(" ")}
              data-code={tile.code}
              aria-label={label}
              title={label}
              style={{
                gridColumn: tile.col + 1,
                gridRow: tile.row + 1,
                ...(bin ? { background: bin.color, color: bin.textColor } : {}),
                ...(tile.highlighted
                  ? {
                      outlineColor: COLORS.highlight,
                      borderColor: COLORS.highlight,
                    }
                  : {}),
              }}
              onClick={() => {
                onOpen(tile.code);
              }}
            >
              <span className="tile-map__name" aria-hidden="true">
                <TileName name={tile.shortName} />
              </span>
              <span className="tile-map__value" aria-hidden="true">
                {text.shortValue(tile)}
              </span>
            </button>
          );
        })}
      </div>
      <div className="map-chart__side">
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
