/**
 * The direct labels of the stacked bars, as recharts LabelList content: a segment's value inside
 * it when it is tall enough, and the bar's total on top of the part that carries it.
 */
import type { ReactElement } from "react";

import { COLORS } from "./theme";

/** The smallest segment height (px) that has room for its value. */
const MIN_LABEL_HEIGHT = 18;

/** What recharts hands a LabelList's content. */
interface LabelProps {
  readonly x?: unknown;
  readonly y?: unknown;
  readonly width?: unknown;
  readonly height?: unknown;
  readonly value?: unknown;
}

interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

function boxOf({ x, y, width, height }: LabelProps): LabelBox | null {
  if (
    typeof x !== "number" ||
    typeof y !== "number" ||
    typeof width !== "number" ||
    typeof height !== "number"
  )
    return null;
  return { x, y, w: width, h: height };
}

/** A segment's value in its middle; none for 0 or a segment too short for the text. */
export function segmentValueLabel(formatValue: (value: number) => string) {
  return function SegmentValue(props: LabelProps): ReactElement | null {
    const box = boxOf(props);
    const num = Number(props.value);
    if (
      !box ||
      !Number.isFinite(num) ||
      num === 0 ||
      Math.abs(box.h) < MIN_LABEL_HEIGHT
    )
      return null;
    return (
      <text
        x={box.x + box.w / 2}
        y={box.y + box.h / 2}
        dy="0.35em"
        textAnchor="middle"
        fill={COLORS.background}
        fontSize={13}
        className="stacked-chart__value"
      >
        {formatValue(num)}
      </text>
    );
  };
}

/**
 * The bar's total above part `part` when that part carries it (`carriers[bar]`). The label's
 * value is the category: recharts skips zero-height bars, so the bar is found by its category.
 */
export function totalLabel(
  categories: readonly { category: string; totalLabel: string }[],
  carriers: readonly number[],
  part: number,
) {
  return function Total(props: LabelProps): ReactElement | null {
    const box = boxOf(props);
    const index = categories.findIndex((d) => d.category === props.value);
    const datum = categories[index];
    if (!box || !datum || carriers[index] !== part) return null;
    // A negative segment's height is negative: its upper edge is y + h.
    return (
      <text
        x={box.x + box.w / 2}
        y={Math.min(box.y, box.y + box.h) - 8}
        textAnchor="middle"
        fill={COLORS.axisText}
        fontSize={14}
        fontWeight={700}
      >
        {datum.totalLabel}
      </text>
    );
  };
}
