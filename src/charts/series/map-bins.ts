/** The map's colour bins: groups of similar values, or steps on both sides of a reference value. */
import { formatValue } from "@/domain/format";
import type { FormatTag, Polarity } from "@/domain/indicators";
import { naturalBreaks } from "@/domain/natural-breaks";
import { niceStep } from "@/domain/scale";

import { DIVERGING_COLORS, SEQUENTIAL_COLORS, textColorOn } from "./map-colors";

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
 * Up to five groups of similar values (natural breaks, domain/natural-breaks): a few kommuner far
 * from the rest get a group, and the darkest colour, of their own. Equal values always share a
 * group; with fewer than five distinct values there are fewer groups. Returns the bins (min/max of
 * their members, in value order) and each value's bin index. The darkest colour, the one the eye
 * goes to, is the worse end: the highest values, or the lowest where higher is better.
 */
export function sequentialBins(
  values: readonly (number | null)[],
  polarity: Polarity = "neutral",
  count = SEQUENTIAL_COLORS.length,
): { bins: MapBin[]; index: (number | null)[] } {
  const present = values.filter((v): v is number => v !== null);
  const groupOfValue = naturalBreaks(present, count);
  const groups = new Set(groupOfValue.values()).size;
  const groupOf = (v: number): number => groupOfValue.get(v) ?? 0;
  // Colours spread over the whole ramp even with fewer groups (2 groups: lightest and darkest).
  const darkness = (g: number): number =>
    polarity === "higher-better" ? groups - 1 - g : g;
  const colorOf = (g: number): string =>
    SEQUENTIAL_COLORS[
      groups <= 1
        ? 2
        : Math.round(
            (darkness(g) * (SEQUENTIAL_COLORS.length - 1)) / (groups - 1),
          )
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
      worse:
        polarity === "neutral" || groups <= 1
          ? null
          : darkness(g) === groups - 1
            ? true
            : darkness(g) === 0
              ? false
              : null,
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
