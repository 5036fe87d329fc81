/**
 * The map's legend, the same for the real map and the tile map: what the colours mean (which end
 * is worse, from the indicator's polarity), each colour group with its count, the pattern of
 * kommuner without a value, and the selected kommuner's outline.
 */
import { formatValue } from "@/domain/format";
import { useT } from "@/i18n/i18n";

import type { MapSeries } from "../series/map-series";
import { COLORS } from "../theme";

import type { MapPointText } from "./map-point-text";
import "./map-legend.css";

/** The sentence above the groups: how to read the colours. */
function useLegendIntro(series: MapSeries): string {
  const { t, locale } = useT();
  const { polarity } = series.ranking.indicator;
  if (series.scale === "sequential")
    return {
      "higher-better": t("map.legendSequentialHigherBetter"),
      "higher-worse": t("map.legendSequentialHigherWorse"),
      neutral: t("map.legendSequential"),
    }[polarity];
  const county =
    series.county === null
      ? ""
      : formatValue(series.county, series.ranking.format, locale);
  return polarity === "neutral"
    ? t("map.legendDiverging", { county })
    : t("map.legendDivergingPolarity", { county });
}

export function MapLegend({
  series,
  binLabel,
}: {
  readonly series: MapSeries;
  readonly binLabel: MapPointText["binLabel"];
}) {
  const { t } = useT();
  const intro = useLegendIntro(series);
  const missing = series.tiles.filter((tile) => tile.bin === null).length;
  return (
    <section className="map-legend" aria-label={t("map.legendTitle")}>
      <h3>{t("map.legendTitle")}</h3>
      <p>{intro}</p>
      <ul>
        {series.bins.map((bin, i) =>
          bin.count === 0 && series.scale === "sequential" ? null : (
            <li key={`${bin.color}-${String(i)}`}>
              <span
                className="map-legend__swatch"
                style={{ background: bin.color }}
                aria-hidden="true"
              />
              <span>
                {binLabel(bin, i)}{" "}
                <span className="map-legend__count">
                  ({t("map.binCount", { count: bin.count })})
                </span>
              </span>
            </li>
          ),
        )}
        <li>
          <span
            className="map-legend__swatch map-legend__swatch--missing"
            aria-hidden="true"
          />
          <span>
            {t("map.noData")}{" "}
            <span className="map-legend__count">
              ({t("map.binCount", { count: missing })})
            </span>
          </span>
        </li>
        {series.tiles.some((tile) => tile.highlighted) && (
          <li>
            <span
              className="map-legend__swatch map-legend__swatch--selected"
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
