/**
 * A dot strip: every kommun with a value on one axis (290 for all of Sweden, a kommungrupp's
 * members for "liknande kommuner"), the county's kommuner in the accent colour, the selected one
 * larger and named, the median (computed) as a dashed line. Kommuner without a value are not
 * drawn (missing is never zero); the frame's coverage line says how many.
 */
import type { AreaCode } from "@/domain/areas";
import type { Distribution } from "@/domain/national-reference";
import { useT } from "@/i18n/i18n";
import { useElementWidth } from "@/ui/use-element-width";

const PAD = 24;
const R = 3.5;
/** The dots' colours, the key's too: other kommuner, the county's, the selected one. */
const COLOUR = {
  other: "#6b7280",
  county: "var(--accent)",
  selected: "var(--highlight)",
} as const;

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

interface Dot {
  readonly code: AreaCode;
  readonly value: number;
  readonly cx: number;
  readonly cy: number;
}

/**
 * Where everything goes at a width: the x scale, the dots (others first, then the county's
 * kommuner, the selected one on top) stacked where they would overlap, and the height.
 */
function stripLayout(
  { distribution: d, county, selected }: StripProps,
  width: number,
) {
  const span = d.max - d.min || 1;
  const x = (v: number) => PAD + ((v - d.min) / span) * (width - 2 * PAD);
  const xs = d.values.map((v) => x(v.value));
  const steps = stack(xs);
  const depth = Math.max(1, ...steps.map(Math.abs));
  const mid = 40 + depth * 2 * R;
  const height = mid + depth * 2 * R + 44;
  const dots: Dot[] = d.values
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
  const anchor = (cx: number) =>
    cx < width * 0.2 ? "start" : cx > width * 0.8 ? "end" : "middle";
  return { x, dots, height, anchor };
}

function StripDot({ dot, props }: { dot: Dot; props: StripProps }) {
  const role =
    dot.code === props.selected
      ? "selected"
      : props.county.has(dot.code)
        ? "county"
        : "other";
  return (
    <circle
      cx={dot.cx}
      cy={dot.cy}
      r={role === "selected" ? R * 2 : role === "county" ? R * 1.3 : R}
      fill={COLOUR[role]}
      fillOpacity={role === "other" ? 0.6 : 1}
      stroke="var(--paper)"
      strokeWidth={0.8}
    >
      <title>{`${props.nameOf(dot.code)}: ${props.fmt(dot.value)}`}</title>
    </circle>
  );
}

export function NationalStrip(props: StripProps) {
  // Drawn at the width it has, so its text stays the size of the page's text.
  const [ref, WIDTH] = useElementWidth(800);
  const { distribution: d, selected, fmt } = props;
  const { x, dots, height, anchor } = stripLayout(props, WIDTH);
  const own = dots.find((o) => o.code === selected);
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
          {`${props.medianLabel}: ${fmt(d.median)}`}
        </text>
        {dots.map((dot) => (
          <StripDot key={dot.code} dot={dot} props={props} />
        ))}
        {own && (
          <text
            x={own.cx}
            y={height - 30 + 16}
            textAnchor={anchor(own.cx)}
            className="national-strip__text national-strip__text--own"
          >
            {`${props.nameOf(own.code)}: ${fmt(own.value)}`}
          </text>
        )}
        <text x={PAD} y={height - 2} className="national-strip__text">
          {fmt(d.min)}
        </text>
        <text
          x={WIDTH - PAD}
          y={height - 2}
          textAnchor="end"
          className="national-strip__text"
        >
          {fmt(d.max)}
        </text>
      </svg>
    </div>
  );
}

/** The strip's key: other kommuner, the county's, and the selected one when there is one. */
export function NationalStripKey({ selected }: { selected: boolean }) {
  const { t } = useT();
  const entries = [
    { colour: COLOUR.other, label: t("national.otherKommun") },
    { colour: COLOUR.county, label: t("national.countyKommun") },
    ...(selected
      ? [{ colour: COLOUR.selected, label: t("national.selectedKommun") }]
      : []),
  ];
  return (
    <ul className="national-strip-key">
      {entries.map((e) => (
        <li key={e.label}>
          <span
            className="national-strip-key__dot"
            style={{ background: e.colour }}
          />
          {e.label}
        </li>
      ))}
    </ul>
  );
}
