/**
 * The tile map's series: one tile per kommun (placed by domain/tile-layout), its value (from the
 * ranked series, so per-inhabitant values, reasons and the county value are computed once), its
 * colour bin and a text colour that keeps ≥ 4.5:1 contrast on the tile. Two scales: sequential
 * (five quantile groups, viridis-like) and diverging around the county value (blue / orange,
 * orange on the worse side when the indicator has a direction). Pure: no React, no pixels.
 */
import type { AreaCode } from "@/domain/areas";
import { formatValue } from "@/domain/format";
import type { FormatTag, Polarity } from "@/domain/indicators";
import { niceStep } from "@/domain/scale";
import { tileCell } from "@/domain/tile-layout";

import type { RankingRow, RankingSeries } from "./ranking-series";

/** Viridis, light (low) to dark (high): colour-blind safe and readable in greyscale. */
export const SEQUENTIAL_COLORS = [
  "#fde725",
  "#5ec962",
  "#21918c",
  "#3b528b",
  "#440154",
] as const;

/** Blue / orange around the county: dark and light on each side, a light grey for "same". */
export const DIVERGING_COLORS = {
  blueDark: "#2166ac",
  blueLight: "#92c5de",
  same: "#ececec",
  orangeLight: "#fdb863",
  orangeDark: "#b35806",
} as const;

const TEXT_DARK = "#000000";
const TEXT_LIGHT = "#ffffff";

/** WCAG 2.1 relative luminance of "#rrggbb". */
function relativeLuminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two "#rrggbb" colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever contrasts more with the tile colour. */
export function textColorOn(fill: string): string {
  return contrastRatio(TEXT_DARK, fill) >= contrastRatio(TEXT_LIGHT, fill)
    ? TEXT_DARK
    : TEXT_LIGHT;
}

/** Which side of the county a diverging bin is on. */
type BinSide = "below" | "same" | "above";

export interface MapBin {
  /** Smallest and largest value the bin holds (sequential: of its kommuner; diverging: bounds). */
  readonly min: number | null;
  readonly max: number | null;
  readonly color: string;
  readonly textColor: string;
  readonly count: number;
  /** Diverging only: side of the county, and whether the bin is far (more than one step) off. */
  readonly side: BinSide | null;
  readonly far: boolean;
  /** Diverging only: is this side the worse one (null for neutral indicators and "same"). */
  readonly worse: boolean | null;
}

/**
 * Five groups with about as many kommuner each (quintiles by rank). Equal values always share a
 * group; with fewer than five distinct values there are fewer groups. Returns the bins (min/max of
 * their members) and each value's bin index.
 */
export function quantileBins(
  values: readonly (number | null)[],
  count = SEQUENTIAL_COLORS.length,
): { bins: MapBin[]; index: (number | null)[] } {
  const present = values.filter((v): v is number => v !== null);
  const sorted = [...present].sort((a, b) => a - b);
  const n = sorted.length;
  const wanted = Math.min(count, new Set(sorted).size);
  // A value's group comes from its middle position among equal values, so ties stay together.
  const rawGroup = (v: number): number => {
    const mid = (sorted.indexOf(v) + sorted.lastIndexOf(v)) / 2;
    return Math.min(wanted - 1, Math.floor(((mid + 0.5) * wanted) / n));
  };
  // Groups that no value falls in are dropped, so the groups are numbered 0, 1, 2 … without gaps.
  const used = [...new Set(present.map(rawGroup))].sort((a, b) => a - b);
  const groups = used.length;
  const groupOf = (v: number): number => used.indexOf(rawGroup(v));
  // Colours spread over the whole ramp even with fewer groups (2 groups: lightest and darkest).
  const colorOf = (g: number): string =>
    SEQUENTIAL_COLORS[
      groups <= 1
        ? 2
        : Math.round((g * (SEQUENTIAL_COLORS.length - 1)) / (groups - 1))
    ] ?? SEQUENTIAL_COLORS[0];
  const members: number[][] = Array.from({ length: groups }, () => []);
  const index = values.map((v) => {
    if (v === null) return null;
    const g = groupOf(v);
    members[g]?.push(v);
    return g;
  });
  const bins = members.map((m, g) => {
    const color = colorOf(g);
    return {
      min: m.length > 0 ? Math.min(...m) : null,
      max: m.length > 0 ? Math.max(...m) : null,
      color,
      textColor: textColorOn(color),
      count: m.length,
      side: null,
      far: false,
      worse: null,
    };
  });
  return { bins, index };
}

/**
 * The step of the diverging scale: a round number about half the largest distance from the
 * county, so "far" means more than one step away. At least 1e-9 to avoid a zero step.
 */
function divergingStep(
  values: readonly (number | null)[],
  county: number,
): number {
  const distances = values.flatMap((v) =>
    v === null ? [] : [Math.abs(v - county)],
  );
  return niceStep(Math.max(0, ...distances), 2);
}

/**
 * Five bins around the county value: far below, below, the same as the county (as shown, to the
 * format's decimals), above, far above. Orange marks the worse side: above for higher-worse, below
 * for higher-better; for neutral indicators orange is simply "above".
 */
export function divergingBins(
  values: readonly (number | null)[],
  county: number,
  polarity: Polarity,
  format: FormatTag,
): { bins: MapBin[]; index: (number | null)[]; step: number } {
  const step = divergingStep(values, county);
  const shownCounty = formatValue(county, format, "sv");
  const orangeSide: BinSide = polarity === "higher-better" ? "below" : "above";
  const worseOf = (side: BinSide): boolean | null =>
    polarity === "neutral" || side === "same" ? null : side === orangeSide;
  const colorOf = (side: BinSide, far: boolean): string => {
    if (side === "same") return DIVERGING_COLORS.same;
    const orange = side === orangeSide;
    if (orange)
      return far ? DIVERGING_COLORS.orangeDark : DIVERGING_COLORS.orangeLight;
    return far ? DIVERGING_COLORS.blueDark : DIVERGING_COLORS.blueLight;
  };
  const specs: { side: BinSide; far: boolean; min: number; max: number }[] = [
    { side: "below", far: true, min: -Infinity, max: county - step },
    { side: "below", far: false, min: county - step, max: county },
    { side: "same", far: false, min: county, max: county },
    { side: "above", far: false, min: county, max: county + step },
    { side: "above", far: true, min: county + step, max: Infinity },
  ];
  const binOf = (v: number): number => {
    if (formatValue(v, format, "sv") === shownCounty) return 2;
    if (v < county) return v < county - step ? 0 : 1;
    return v > county + step ? 4 : 3;
  };
  const counts = [0, 0, 0, 0, 0];
  const index = values.map((v) => {
    if (v === null) return null;
    const b = binOf(v);
    counts[b] = (counts[b] ?? 0) + 1;
    return b;
  });
  const bins = specs.map((s, i) => {
    const color = colorOf(s.side, s.far);
    return {
      min: Number.isFinite(s.min) ? s.min : null,
      max: Number.isFinite(s.max) ? s.max : null,
      color,
      textColor: textColorOn(color),
      count: counts[i] ?? 0,
      side: s.side,
      far: s.far,
      worse: worseOf(s.side),
    };
  });
  return { bins, index, step };
}

export interface MapTile {
  readonly code: AreaCode;
  readonly name: string;
  readonly shortName: string;
  readonly col: number;
  readonly row: number;
  readonly source: RankingRow;
  readonly value: number | null;
  /** Index into the series' bins; null = no value (drawn hatched). */
  readonly bin: number | null;
  readonly highlighted: boolean;
}

export interface MapSeries {
  readonly ranking: RankingSeries;
  /** The scale drawn: diverging only when asked for and the county has a comparable value. */
  readonly scale: "sequential" | "diverging";
  /** True when diverging was asked for but the county value is missing or a total. */
  readonly divergingUnavailable: boolean;
  readonly bins: readonly MapBin[];
  /** Diverging: the step between "below" and "far below" (same units as the values). */
  readonly step: number | null;
  readonly county: number | null;
  readonly tiles: readonly MapTile[];
}

/** Tiles and bins for a ranked series. Kommuner the layout does not place are left out. */
export function buildMapSeries(
  ranking: RankingSeries,
  shortNames: ReadonlyMap<string, string>,
  scale: "sequential" | "diverging",
): MapSeries {
  const rows = ranking.rows.filter((r) => tileCell(r.code) !== null);
  const values = rows.map((r) => r.value);
  const county =
    ranking.county && ranking.countyIsComparable ? ranking.county.value : null;
  const divergingUnavailable = scale === "diverging" && county === null;
  let bins: MapBin[];
  let index: (number | null)[];
  let step: number | null = null;
  if (scale === "diverging" && county !== null) {
    ({ bins, index, step } = divergingBins(
      values,
      county,
      ranking.indicator.polarity,
      ranking.format,
    ));
  } else {
    ({ bins, index } = quantileBins(values));
  }
  const tiles = rows.map((r, i) => {
    const cell = tileCell(r.code) ?? { col: 0, row: 0 };
    return {
      code: r.code,
      name: r.name,
      shortName: shortNames.get(r.code) ?? r.name,
      col: cell.col,
      row: cell.row,
      source: r,
      value: r.value,
      bin: index[i] ?? null,
      highlighted: r.highlighted,
    };
  });
  tiles.sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    ranking,
    scale:
      scale === "diverging" && county !== null ? "diverging" : "sequential",
    divergingUnavailable,
    bins,
    step,
    county,
    tiles,
  };
}
