/** How a trend line looks: colour by role, plus dash and marker so colour is never alone. */
import type { ReactElement } from "react";

import type { TrendLine } from "./series/trend-series";
import { COLORS } from "./theme";

const DASHES = ["", "2 3", "12 3 3 3", "9 4"];
type Marker = "circle" | "square" | "triangle" | "diamond";
const MARKERS: readonly Marker[] = ["circle", "square", "triangle", "diamond"];
/** Kommungrupp medians: grey, dashed apart from the county's dash, hollow markers. */
const MEDIAN_DASHES = ["4 3", "1.5 3", "9 3 2 3"];
const MEDIAN_MARKERS: readonly Marker[] = ["diamond", "triangle", "square"];

export interface LineStyle {
  readonly stroke: string;
  readonly width: number;
  readonly dash: string;
  readonly marker: Marker;
  readonly hollow: boolean;
}

/** How a line looks: colour by role, and line style and marker so colour is never alone. */
export function trendLineStyle(line: TrendLine, split: boolean): LineStyle {
  const men = line.breakdown === "m";
  if (line.role === "county")
    return {
      stroke: COLORS.county,
      width: 2,
      dash: "6 4",
      marker: split && men ? "square" : "circle",
      hollow: split && men,
    };
  if (line.role === "sweden")
    return {
      stroke: COLORS.sweden,
      width: 1.5,
      dash: "",
      marker: split && men ? "square" : "circle",
      hollow: split && men,
    };
  const i = Math.max(line.index, 0);
  if (line.role === "group")
    return {
      stroke: COLORS.sweden,
      width: 2,
      dash: MEDIAN_DASHES[i % MEDIAN_DASHES.length] ?? "",
      marker: MEDIAN_MARKERS[i % MEDIAN_MARKERS.length] ?? "diamond",
      hollow: true,
    };
  return {
    stroke: COLORS.highlight,
    width: 2.5,
    dash: DASHES[i % DASHES.length] ?? "",
    marker: split
      ? men
        ? "square"
        : "circle"
      : (MARKERS[i % MARKERS.length] ?? "circle"),
    hollow: split && men,
  };
}

function MarkerShape({
  x,
  y,
  style,
  small,
}: {
  x: number;
  y: number;
  style: LineStyle;
  small: boolean;
}) {
  const fill = style.hollow ? COLORS.background : style.stroke;
  const common = { fill, stroke: style.stroke, strokeWidth: 1.5 };
  const r = (style.marker === "circle" ? 3.5 : 4) * (small ? 0.7 : 1);
  switch (style.marker) {
    case "square":
      return (
        <rect x={x - r} y={y - r} width={r * 2} height={r * 2} {...common} />
      );
    case "triangle":
      return (
        <polygon
          points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`}
          {...common}
        />
      );
    case "diamond":
      return (
        <polygon
          points={`${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`}
          {...common}
        />
      );
    default:
      return <circle cx={x} cy={y} r={r} {...common} />;
  }
}

interface DotProps {
  readonly cx?: number;
  readonly cy?: number;
  readonly index?: number;
  readonly value?: unknown;
}

/** recharts' `dot` of a line: its marker at each year with a value, nothing at a gap. */
export function lineDot(
  line: TrendLine,
  style: LineStyle,
  small: boolean,
): (props: DotProps) => ReactElement {
  return function TrendDot(props) {
    const key = `${line.key}-${String(props.index)}`;
    if (
      typeof props.cx !== "number" ||
      typeof props.cy !== "number" ||
      props.value === null ||
      props.value === undefined
    )
      return <g key={key} />;
    return (
      <g key={key}>
        <MarkerShape x={props.cx} y={props.cy} style={style} small={small} />
      </g>
    );
  };
}
