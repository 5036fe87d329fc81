/**
 * The words of one kommun on the map, the same for the real map and the tile map: the legend text
 * of its colour group, its accessible name (kommun, value with unit, group, status, "markerad")
 * and the short value printed on it.
 */
import { formatAxisTick, formatValue } from "@/domain/format";
import { useT } from "@/i18n/i18n";

import { missingReason } from "../missing-list";
import type { MapBin } from "../series/map-bins";
import type { MapSeries, MapTile } from "../series/map-series";
import { valueLabel, withUnit } from "../value-label";

export interface MapPointText {
  /** Legend text of a colour group. */
  readonly binLabel: (bin: MapBin, index: number) => string;
  /** Accessible name (and tooltip) of a kommun. */
  readonly pointLabel: (tile: MapTile) => string;
  /** The value printed on the kommun: "22,0 %", "32,9 mn" for large amounts, "saknas". */
  readonly shortValue: (tile: MapTile) => string;
}

function useBinLabel(series: MapSeries): MapPointText["binLabel"] {
  const { t, locale } = useT();
  const fmt = (v: number): string =>
    formatValue(v, series.ranking.format, locale);
  const judgement = (bin: MapBin): string =>
    bin.worse === null
      ? ""
      : ` (${bin.worse ? t("map.worse") : t("map.better")})`;
  return (bin, i) => {
    if (series.scale === "sequential") {
      if (bin.min === null || bin.max === null) return "";
      const range =
        fmt(bin.min) === fmt(bin.max)
          ? t("map.binSingle", { min: fmt(bin.min) })
          : t("map.binRange", { min: fmt(bin.min), max: fmt(bin.max) });
      const group = t("map.binGroup", {
        index: i + 1,
        total: series.bins.length,
      });
      const worst =
        bin.worse === null
          ? ""
          : `, ${bin.worse ? t("map.worst") : t("map.best")}`;
      return `${range} (${group}${worst})`;
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
    return `${text ?? ""}${judgement(bin)}`;
  };
}

export function useMapPointText(series: MapSeries): MapPointText {
  const { t, locale } = useT();
  const binLabel = useBinLabel(series);
  const { format, indicator } = series.ranking;
  const pointLabel = (tile: MapTile): string => {
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
    const full = formatValue(tile.value, format, locale);
    // Large amounts do not fit: "32,9 mn" on the map, the exact figure in its name and the table.
    return full.length > 9 ? formatAxisTick(tile.value, locale) : full;
  };
  return { binLabel, pointLabel, shortValue };
}
