/**
 * Which dots of the scatter carry their kommun's name, most important first: the selected
 * kommuner, the kommuner the title names, the extremes (highest and lowest need and resources,
 * ties included; not on an axis where every kommun has the same value), every dot when the source
 * names only a few kommuner, and last the dot under the pointer or keyboard focus. Dots on the same
 * spot (at the precision shown) share one label with all their names. label-placement then places
 * or drops them. Pure.
 */
import type { AreaCode } from "@/domain/areas";
import { decimalsOf } from "@/domain/format";

import type { ScatterPoint, ScatterSeries } from "./scatter-series";

type LabelKind = "selected" | "named" | "extreme" | "all" | "pointer";

export interface LabelChoice {
  readonly key: string;
  readonly codes: readonly AreaCode[];
  readonly text: string;
  /** Resources and need (data values) of the spot. */
  readonly x: number;
  readonly y: number;
  readonly kind: LabelKind;
}

export interface LabelOptions {
  /** Kommuner the title names. */
  readonly named: readonly AreaCode[];
  /** The dot under the pointer or with keyboard focus. */
  readonly pointer: AreaCode | null;
  /** Name every dot (the source names only a few kommuner). */
  readonly labelAll: boolean;
}

/** Points at the highest, then at the lowest value of `value`, ties included. */
function extremes(
  points: readonly ScatterPoint[],
  value: (p: ScatterPoint) => number,
  same: (a: number, b: number) => boolean,
): ScatterPoint[] {
  if (points.length < 2) return [];
  const values = points.map(value);
  const at = (v: number) => points.filter((p) => same(value(p), v));
  return [...at(Math.max(...values)), ...at(Math.min(...values))];
}

export function scatterLabelChoices(
  series: ScatterSeries,
  options: LabelOptions,
): LabelChoice[] {
  const xd = decimalsOf(series.resource.format);
  const yd = decimalsOf(series.need.format);
  const spotOf = (p: ScatterPoint): string =>
    `${p.x.toFixed(xd)}|${p.y.toFixed(yd)}`;
  const bySpot = new Map<string, ScatterPoint[]>();
  for (const p of series.points)
    bySpot.set(spotOf(p), [...(bySpot.get(spotOf(p)) ?? []), p]);
  const sameAt = (d: number) => (a: number, b: number) =>
    a.toFixed(d) === b.toFixed(d);
  const { points } = series;
  const wanted: [LabelKind, readonly ScatterPoint[]][] = [
    ["selected", points.filter((p) => p.highlighted)],
    ["named", points.filter((p) => options.named.includes(p.code))],
    [
      "extreme",
      [
        ...(series.need.uniform === null
          ? extremes(points, (p) => p.y, sameAt(yd))
          : []),
        ...(series.resource.uniform === null
          ? extremes(points, (p) => p.x, sameAt(xd))
          : []),
      ],
    ],
    ["all", options.labelAll ? points : []],
    ["pointer", points.filter((p) => p.code === options.pointer)],
  ];
  const chosen = new Map<string, LabelKind>();
  for (const [kind, list] of wanted)
    for (const p of list)
      if (!chosen.has(spotOf(p))) chosen.set(spotOf(p), kind);
  return [...chosen].flatMap(([key, kind]) => {
    const at = bySpot.get(key) ?? [];
    const [first] = at;
    if (!first) return [];
    const ordered = [
      ...at.filter((p) => p.highlighted),
      ...at.filter((p) => !p.highlighted),
    ];
    return [
      {
        key,
        codes: ordered.map((p) => p.code),
        text: ordered.map((p) => p.name).join(", "),
        x: first.x,
        y: first.y,
        kind,
      },
    ];
  });
}
