/** A labelled dashed reference line across a chart (the county, Sweden), hidden from screen readers. */
export interface ReferenceLineProps {
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
  readonly label: string;
  readonly color: string;
  readonly dash: string;
  /** The label's row below the plot: the first, or the second (a second reference line). */
  readonly labelAt: "bottom" | "bottom2";
}

export function ReferenceLine({
  x,
  top,
  bottom,
  label,
  color,
  dash,
  labelAt,
}: ReferenceLineProps) {
  const y = labelAt === "bottom" ? bottom + 14 : bottom + 26;
  return (
    <g aria-hidden="true">
      <line
        x1={x}
        x2={x}
        y1={top}
        y2={bottom}
        stroke={color}
        strokeWidth={2}
        strokeDasharray={dash}
      />
      <text
        x={x}
        y={y}
        textAnchor="middle"
        className="rc-reference"
        fill={color}
      >
        {label}
      </text>
    </g>
  );
}
