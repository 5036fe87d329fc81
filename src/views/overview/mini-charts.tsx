/**
 * Översikt's small visuals: a sparkline of the county over the years, bars for a few periods
 * (from zero), and the range between the lowest and highest kommun with the county marked. Each
 * is described in words for screen readers; the values they draw are the card's own.
 */
import type { ReactNode } from "react";

import { formatValue } from "@/domain/format";
import { formatPeriod } from "@/domain/format-period";
import type { FormatTag } from "@/domain/indicators";
import type { Locale } from "@/domain/local-text";
import { useT } from "@/i18n/i18n";

interface Point {
  readonly period: string;
  readonly value: number;
  /** How the period is written where it is not a measured year ("publ. 2021"). */
  readonly label?: string;
}

const periodText = (p: Point, locale: Locale): string =>
  p.label ?? formatPeriod(p.period, locale);

const W = 120;
const H = 36;

/** The frame every small visual shares: an image described in words, and its axis words beneath. */
function MiniFigure({
  label,
  caption,
  children,
}: {
  label: string;
  caption: ReactNode;
  children: ReactNode;
}) {
  return (
    <figure className="mini-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="img"
        aria-label={label}
      >
        {children}
      </svg>
      {caption}
    </figure>
  );
}

/** A line of the county's values, oldest to newest, with the first and last year beneath. */
export function Sparkline({
  points,
  format,
}: {
  points: readonly Point[];
  format: FormatTag;
}) {
  const { t, locale } = useT();
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2) return null;
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const x = (i: number) => 2 + (i / (points.length - 1)) * (W - 4);
  const y = (v: number) => 2 + (1 - (v - min) / span) * (H - 4);
  const line = points
    .map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(" ");
  const text = (p: Point) =>
    `${periodText(p, locale)}: ${formatValue(p.value, format, locale)}`;
  return (
    <MiniFigure
      label={t("overview.visual.sparkline", {
        from: text(first),
        to: text(last),
      })}
      caption={
        <figcaption className="mini-chart__ends" aria-hidden="true">
          <span>{periodText(first, locale)}</span>
          <span>{periodText(last, locale)}</span>
        </figcaption>
      }
    >
      <polyline className="mini-chart__line" points={line} />
      <circle
        className="mini-chart__dot"
        cx={x(points.length - 1)}
        cy={y(last.value)}
        r={3}
      />
    </MiniFigure>
  );
}

/** One bar per period, from zero, the latest darker, with the years beneath. */
export function MiniBars({
  points,
  format,
}: {
  points: readonly Point[];
  format: FormatTag;
}) {
  const { t, locale } = useT();
  const max = Math.max(...points.map((p) => p.value));
  if (points.length < 2 || max <= 0) return null;
  const slot = W / points.length;
  const list = points
    .map(
      (p) =>
        `${periodText(p, locale)}: ${formatValue(p.value, format, locale)}`,
    )
    .join(", ");
  return (
    <MiniFigure
      label={t("overview.visual.bars", { list })}
      caption={
        <figcaption className="mini-chart__slots" aria-hidden="true">
          {points.map((p) => (
            <span key={p.period}>{periodText(p, locale)}</span>
          ))}
        </figcaption>
      }
    >
      {points.map((p, i) => {
        const h = Math.max(1, (p.value / max) * (H - 1));
        return (
          <rect
            key={p.period}
            className={`mini-chart__bar${i === points.length - 1 ? " mini-chart__bar--latest" : ""}`}
            x={i * slot + slot * 0.2}
            y={H - h}
            width={slot * 0.6}
            height={h}
          />
        );
      })}
    </MiniFigure>
  );
}

/** The range between the lowest and the highest kommun, with the county's value marked. */
export function RangeBar({
  low,
  high,
  value,
  format,
}: {
  low: number;
  high: number;
  value: number;
  format: FormatTag;
}) {
  const { t, locale } = useT();
  if (!(high > low) || value < low || value > high) return null;
  const x = 4 + ((value - low) / (high - low)) * (W - 8);
  return (
    <MiniFigure
      label={t("overview.visual.range", {
        low: formatValue(low, format, locale),
        high: formatValue(high, format, locale),
        value: formatValue(value, format, locale),
      })}
      caption={
        <figcaption className="mini-chart__ends" aria-hidden="true">
          <span>{formatValue(low, format, locale)}</span>
          <span>{formatValue(high, format, locale)}</span>
        </figcaption>
      }
    >
      <rect
        className="mini-chart__track"
        x={4}
        y={H / 2 - 4}
        width={W - 8}
        height={8}
        rx={4}
      />
      <circle className="mini-chart__dot" cx={x} cy={H / 2} r={6} />
    </MiniFigure>
  );
}
