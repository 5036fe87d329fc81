/**
 * The axes of a JSON-stat 2.0 cube, read once before its cells: each area and period category
 * resolved (by its id, else its label), the kön dimension (SCB's codes included), the other
 * dimensions that vary, the indicator of a cube without a metric dimension, and the position of
 * a cell along each dimension.
 */
import type { AreaResult } from "./area-results";
import { clip } from "./clip";
import { normaliseGender, parsePeriod, type PeriodResult } from "./fields";
import {
  isObject,
  optionalText,
  own,
  type JsonImportInput,
  type JsonObject,
} from "./json-common";
import type { Dimension } from "./json-stat-cube";

const SEX = /^(kon|kön|sex|gender)$/i;
/** SCB's codes for kön: 1 men, 2 women, 1+2 (API v1) and TotSa (API v2) both. */
const SCB_SEX = new Map([
  ["1", "M"],
  ["2", "K"],
  ["1+2", "T"],
  ["TotSa", "T"],
]);

export interface CubeInput {
  readonly data: JsonObject;
  readonly valueRaw: readonly unknown[] | JsonObject;
  readonly dims: readonly Dimension[];
  /** The indexes of the area, time and (-1 when none) metric dimensions. */
  readonly roles: {
    readonly geo: number;
    readonly time: number;
    readonly metric: number;
  };
  readonly total: number;
  readonly input: JsonImportInput;
}

/** The cube's axes, read once before the cells. */
export interface Axes {
  readonly geo: Dimension;
  readonly metric: Dimension | null;
  readonly areas: readonly AreaResult[];
  readonly periods: readonly PeriodResult[];
  /** The indicator of a cube without a metric dimension. */
  readonly indicator: string;
  /** The kön dimension (-1: none) and the other dimensions that vary. */
  readonly sex: number;
  readonly others: readonly number[];
  /** The category of dimension i at cell n. */
  readonly position: (n: number, i: number) => number;
}

export function axesOf({ data, dims, roles, input }: CubeInput): Axes {
  const { geo, time, metric } = roles;
  const { matcher } = input;
  const geoDim = dims[geo] as Dimension;
  const timeDim = dims[time] as Dimension;
  const metricDim = metric === -1 ? null : (dims[metric] ?? null);
  // Kön is the gender even with one category; other dimensions only when they vary.
  const sex = dims.findIndex(
    (d, i) => i !== geo && i !== time && i !== metric && SEX.test(d.id),
  );
  const others = dims
    .map((_, i) => i)
    .filter(
      (i) =>
        i !== geo &&
        i !== time &&
        i !== metric &&
        i !== sex &&
        (dims[i]?.size ?? 1) > 1,
    );
  const strides = dims.map((_, i) =>
    dims.slice(i + 1).reduce((product, d) => product * d.size, 1),
  );
  return {
    geo: geoDim,
    metric: metricDim,
    areas: geoDim.ids.map((id, p) =>
      firstOk(matcher.resolve(id), () =>
        matcher.resolve(geoDim.labels[p] ?? ""),
      ),
    ),
    periods: timeDim.ids.map((id, p) =>
      firstOk(parsePeriod(id.trim()), () =>
        parsePeriod((timeDim.labels[p] ?? "").trim()),
      ),
    ),
    indicator: fixedIndicator(data, metricDim !== null, input),
    sex,
    others,
    position: (n, i) =>
      Math.floor(n / (strides[i] ?? 1)) % (dims[i]?.size ?? 1),
  };
}

/** The first result when it is ok, else the second when that is, else the first. */
function firstOk<T extends { readonly ok: boolean }>(
  first: T,
  second: () => T,
): T {
  if (first.ok) return first;
  const other = second();
  return other.ok ? other : first;
}

/** The kön dimension's [id, T/K/M] at a position (SCB's codes first, then the label). */
export function sexOf(
  dim: Dimension | undefined,
  p: number,
): readonly [string, string] | null {
  if (!dim) return null;
  const id = dim.ids[p] ?? "";
  return [dim.id, SCB_SEX.get(id) ?? normaliseGender(dim.labels[p] ?? id)];
}

export function statusReader(statusRaw: unknown): (n: number) => string | null {
  return (n) => {
    if (typeof statusRaw === "string") return statusRaw;
    const s = Array.isArray(statusRaw)
      ? (statusRaw[n] as unknown)
      : isObject(statusRaw)
        ? own(statusRaw, String(n))
        : undefined;
    return typeof s === "string" && s !== "" ? s : null;
  };
}

/** Without a metric dimension the indicator is the dataset's label, or the file name. */
function fixedIndicator(
  data: JsonObject,
  hasMetric: boolean,
  input: JsonImportInput,
): string {
  if (hasMetric) return "";
  const label = optionalText(own(data, "label"));
  const name = label ?? input.fileStem;
  input.issues.add(
    "info",
    label ? "indicator-from-title" : "indicator-from-file-name",
    null,
    null,
    { key: "noIndicatorDimension", params: { name: clip(name) } },
  );
  return name;
}
