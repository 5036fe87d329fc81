/**
 * A dot strip: every kommun with a value on one axis (290 for all of Sweden, a kommungrupp's
 * members for "liknande kommuner"), the county's kommuner in the accent colour, the selected one
 * larger and named, the median (computed) as a dashed line. Kommuner without a value are not
 * drawn (missing is never zero); the frame's coverage line says how many.
 */
import type { AreaCode } from "@/domain/areas";
import type { Distribution } from "@/domain/national-reference";
import { useElementWidth } from "@/ui/use-element-width";

const PAD = 24;
const R = 3.5;

export interface StripProps {
  readonly distribution: Distribution;
  /** The county's kommuner (accent colour). */
  readonly county: ReadonlySet<AreaCode>;
  /** Named and drawn largest. */
  readonly selected: AreaCode | null;
  readonly nameOf: (code: AreaCode) => string;
  readonly fmt: (value: number) => string;
  readonly medianLabel: string;
  /** The figure in words (the summary): the strip's accessible name. */
  readonly label: string;
}

/** Stacks dots that would overlap: 0, +1, −1, +2 … steps from the middle line. */
function stack(xs: readonly number[]): number[] {
  const used = new Map<number, number>();
  return xs.map((x) => {
    const bucket = Math.round(x / (2 * R));
    const k = used.get(bucket) ?? 0;
    used.set(bucket, k + 1);
    return k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2);
  });
}

export function NationalStrip(props: StripProps) {
  // Drawn at the width it has, so its text stays the size of the page's text.
  const [ref, WIDTH] = useElementWidth(800);
  const { distribution: d, county, selected } = props;
  const span = d.max - d.min || 1;
  const x = (v: number) => PAD + ((v - d.min) / span) * (WIDTH - 2 * PAD);
  const xs = d.values.map((v) => x(v.value));
  const steps = stack(xs);
  const depth = Math.max(1, ...steps.map(Math.abs));
  const mid = 40 + depth * 2 * R;
  const height = mid + depth * 2 * R + 44;
  // Drawn in order: others, the county's kommuner, the selected one on top.
  const order = d.values
    .map((v, i) => ({
      ...v,
      cx: xs[i] ?? 0,
      cy: mid + (steps[i] ?? 0) * 2 * R,
    }))
    .sort(
      (a, b) =>
        Number(a.code === selected) - Number(b.code === selected) ||
        Number(county.has(a.code)) - Number(county.has(b.code)),
    );
  const own = order.find((o) => o.code === selected);
  const anchor = (cx: number) =>
    cx < WIDTH * 0.2 ? "start" : cx > WIDTH * 0.8 ? "end" : "middle";
  const mx = x(d.median);
  return (
    <div ref={ref}>
      <svg
        className="national-strip"
        viewBox={`0 0 ${String(WIDTH)} ${String(height)}`}
        role="img"
        aria-label={props.label}
        width="100%"
      >
        <line
          x1={mx}
          x2={mx}
          y1={22}
          y2={height - 30}
          stroke="var(--ink)"
          strokeDasharray="4 3"
        />
        <text
          x={mx}
          y={14}
          textAnchor={anchor(mx)}
          className="national-strip__text"
        >
          {`${props.medianLabel}: ${props.fmt(d.median)}`}
        </text>
        {order.map((o) => (
          <circle
            key={o.code}
            cx={o.cx}
            cy={o.cy}
            r={o.code === selected ? R * 2 : county.has(o.code) ? R * 1.3 : R}
            fill={
              o.code === selected
                ? "var(--highlight)"
                : county.has(o.code)
                  ? "var(--accent)"
                  : "#6b7280"
            }
            fillOpacity={o.code === selected || county.has(o.code) ? 1 : 0.6}
            stroke="var(--paper)"
            strokeWidth={0.8}
          >
            <title>{`${props.nameOf(o.code)}: ${props.fmt(o.value)}`}</title>
          </circle>
        ))}
        {own && (
          <text
            x={own.cx}
            y={height - 30 + 16}
            textAnchor={anchor(own.cx)}
            className="national-strip__text national-strip__text--own"
          >
            {`${props.nameOf(own.code)}: ${props.fmt(own.value)}`}
          </text>
        )}
        <text x={PAD} y={height - 2} className="national-strip__text">
          {props.fmt(d.min)}
        </text>
        <text
          x={WIDTH - PAD}
          y={height - 2}
          textAnchor="end"
          className="national-strip__text"
        >
          {props.fmt(d.max)}
        </text>
      </svg>
    </div>
  );
}
