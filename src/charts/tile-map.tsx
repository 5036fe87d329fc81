/**
 * The tile map: one square per kommun on a CSS grid placed by domain/tile-layout, coloured by the
 * series' bins, kommuner without a value hatched. Every tile is a button (name, value, group and
 * status as its accessible name); the map is one tab stop and the arrow keys move between tiles
 * (the shared roving tabindex, use-chart-keyboard), T shows the table. Click or Enter calls
 * onOpen. The map's name and description are its frame's title and summary. Selected kommuner get a thick outline in the
 * highlight colour. The legend lists the bins and the no-data pattern.
 */
import type { AreaCode } from "@/domain/areas";
import { formatAxisTick, formatValue } from "@/domain/format";
import { neighbourTile, TILE_GRID } from "@/domain/tile-layout";
import { useT } from "@/i18n/i18n";

import { ChartKeysHint } from "./chart-keys-hint";
import { missingReason } from "./missing-list";
import type { MapBin } from "./series/map-bins";
import type { MapSeries, MapTile } from "./series/map-series";
import { COLORS } from "./theme";
import { useChartKeyboard } from "./use-chart-keyboard";
import { valueLabel, withUnit } from "./value-label";

export interface TileMapProps {
  readonly series: MapSeries;
  readonly onOpen: (code: AreaCode) => void;
}

/** Soft hyphens where long names may break on a narrow tile (display only). */
const BREAKS: Readonly<Record<string, string>> = {
  Botkyrka: "Bot\u00adkyrka",
  Danderyd: "Dande\u00adryd",
  Haninge: "Ha\u00adninge",
  Huddinge: "Hud\u00addinge",
  Järfälla: "Jär\u00adfälla",
  Lidingö: "Li\u00addingö",
  Norrtälje: "Norr\u00adtälje",
  Nykvarn: "Ny\u00adkvarn",
  Nynäshamn: "Nynäs\u00adhamn",
  Sigtuna: "Sig\u00adtuna",
  Sollentuna: "Sollen\u00adtuna",
  Stockholm: "Stock\u00adholm",
  Sundbyberg: "Sundby\u00adberg",
  Södertälje: "Söder\u00adtälje",
  Vallentuna: "Vallen\u00adtuna",
  Vaxholm: "Vax\u00adholm",
  Värmdö: "Värm\u00addö",
  Österåker: "Öster\u00adåker",
};

/** Legend text of one bin. */
function useBinLabel(series: MapSeries): (bin: MapBin, i: number) => string {
  const { t, locale } = useT();
  const fmt = (v: number): string =>
    formatValue(v, series.ranking.format, locale);
  return (bin, i) => {
    if (series.scale === "sequential") {
      if (bin.min === null || bin.max === null) return "";
      const range =
        fmt(bin.min) === fmt(bin.max)
          ? t("map.binSingle", { min: fmt(bin.min) })
          : t("map.binRange", { min: fmt(bin.min), max: fmt(bin.max) });
      return `${range} (${t("map.binGroup", { index: i + 1, total: series.bins.length })})`;
    }
    const county = series.county ?? 0;
    const step = series.step ?? 0;
    const text = {
      0: t("map.farBelow", { bound: fmt(county - step) }),
      1: t("map.below", { low: fmt(county - step), county: fmt(county) }),
      2: t("map.same", { county: fmt(county) }),
      3: t("map.above", { county: fmt(county), high: fmt(county + step) }),
      4: t("map.farAbove", { bound: fmt(county + step) }),
    }[i];
    const judgement =
      bin.worse === null
        ? ""
        : ` (${bin.worse ? t("map.worse") : t("map.better")})`;
    return `${text ?? ""}${judgement}`;
  };
}

export function TileMap({ series, onOpen }: TileMapProps) {
  const { t, locale } = useT();
  const binLabel = useBinLabel(series);
  const tiles = series.tiles;
  const codes = tiles.map((tile) => tile.code);
  const keyboard = useChartKeyboard({
    keys: codes,
    initial: tiles.find((tile) => tile.highlighted)?.code,
    onOpen: (code) => {
      onOpen(code as AreaCode);
    },
    move: (code, direction) => neighbourTile(code, direction, codes),
  });

  const tileText = (tile: MapTile): string => {
    const { format, indicator } = series.ranking;
    const value = withUnit(
      valueLabel(tile.source, format, t, locale),
      format,
      indicator.unit,
      t,
    );
    const bin = tile.bin === null ? null : series.bins[tile.bin];
    const parts = [`${tile.name}: ${value}`];
    if (bin && tile.bin !== null) parts.push(binLabel(bin, tile.bin));
    if (tile.value === null) parts.push(missingReason(tile.source, t, locale));
    else if (tile.source.status !== "reported")
      parts.push(t(`status.${tile.source.status}`));
    if (tile.source.derived) parts.push(t("chart.derived"));
    if (tile.highlighted) parts.push(t("map.selected"));
    return parts.join(", ");
  };
  const shortValue = (tile: MapTile): string => {
    if (tile.value === null) return t("map.noDataShort");
    const full = formatValue(tile.value, series.ranking.format, locale);
    // Large amounts do not fit a tile: "32,9 mn" there, the exact figure in its name and the table.
    return full.length > 9 ? formatAxisTick(tile.value, locale) : full;
  };

  return (
    <div className="tile-map">
      <div
        {...keyboard.groupProps}
        className="tile-map__grid"
        style={{
          gridTemplateColumns: `repeat(${TILE_GRID.cols}, 1fr)`,
          gridTemplateRows: `repeat(${TILE_GRID.rows}, auto)`,
        }}
      >
        {tiles.map((tile) => {
          const bin = tile.bin === null ? null : series.bins[tile.bin];
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
              aria-label={tileText(tile)}
              title={tileText(tile)}
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
                {BREAKS[tile.shortName] ?? tile.shortName}
              </span>
              <span className="tile-map__value" aria-hidden="true">
                {shortValue(tile)}
              </span>
            </button>
          );
        })}
      </div>
      <ChartKeysHint
        keyboard={keyboard}
        moves={t("chart.keysKommuner")}
        opens
      />
      <MapLegend series={series} binLabel={binLabel} />
    </div>
  );
}

function MapLegend({
  series,
  binLabel,
}: {
  series: MapSeries;
  binLabel: (bin: MapBin, i: number) => string;
}) {
  const { t, locale } = useT();
  const missing = series.tiles.filter((tile) => tile.bin === null).length;
  const county =
    series.county === null
      ? ""
      : formatValue(series.county, series.ranking.format, locale);
  const direction = {
    "higher-better": ` ${t("map.higherBetter")}.`,
    "higher-worse": ` ${t("map.higherWorse")}.`,
    neutral: "",
  }[series.ranking.indicator.polarity];
  const intro =
    series.scale === "sequential"
      ? `${t("map.legendSequential")}${direction}`
      : series.ranking.indicator.polarity === "neutral"
        ? t("map.legendDiverging", { county })
        : t("map.legendDivergingPolarity", { county });
  return (
    <section className="tile-map__legend" aria-label={t("map.legendTitle")}>
      <h3>{t("map.legendTitle")}</h3>
      <p>{intro}</p>
      <ul>
        {series.bins.map((bin, i) =>
          bin.count === 0 && series.scale === "sequential" ? null : (
            <li key={`${bin.color}-${String(i)}`}>
              <span
                className="tile-map__swatch"
                style={{ background: bin.color }}
                aria-hidden="true"
              />
              <span>
                {binLabel(bin, i)}{" "}
                <span className="tile-map__count">
                  ({t("map.binCount", { count: bin.count })})
                </span>
              </span>
            </li>
          ),
        )}
        <li>
          <span
            className="tile-map__swatch tile-map__swatch--missing"
            aria-hidden="true"
          />
          <span>
            {t("map.noData")}{" "}
            <span className="tile-map__count">
              ({t("map.binCount", { count: missing })})
            </span>
          </span>
        </li>
        {series.tiles.some((tile) => tile.highlighted) && (
          <li>
            <span
              className="tile-map__swatch tile-map__swatch--selected"
              style={{ borderColor: COLORS.highlight }}
              aria-hidden="true"
            />
            <span>{t("map.selected")}</span>
          </li>
        )}
      </ul>
    </section>
  );
}
