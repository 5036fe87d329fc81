/** The scatter chart's state (pointer, keyboard, names shown, quadrants) and size. */
import type { AreaCode } from "@/domain/areas";
import { useT } from "@/i18n/i18n";
import { useElementWidth } from "@/ui/use-element-width";

import type { ScatterChartProps } from "./scatter-chart";
import { scatterKeyboardPoints, scatterMove } from "./scatter-keyboard";
import { scatterLabelChoices } from "./series/scatter-labels";
import { needFlipped } from "./series/scatter-quadrants";
import { useSlideBox } from "./slide-box";
import { useChartKeyboard } from "./use-chart-keyboard";
import { useHovered } from "./use-hovered";

/**
 * The scatter's state: the dot under the pointer or the keyboard's focus, the names to show, and
 * whether the quadrants say anything (not when every kommun has the same value on an axis).
 */
export function useScatterState(props: ScatterChartProps) {
  const { series } = props;
  const { t, locale } = useT();
  const [hovered, hover] = useHovered();
  const points = scatterKeyboardPoints(series, t, locale);
  const keyboard = useChartKeyboard({
    keys: points.map((p) => p.key),
    initial: series.points.find((p) => p.highlighted)?.code,
    move: scatterMove(series.points),
  });
  const pointer = (keyboard.focused ?? hovered) as AreaCode | null;
  const choices = scatterLabelChoices(series, {
    named: props.named,
    pointer,
    labelAll: props.labelAll,
  });
  const quadrants =
    series.need.uniform === null &&
    series.resource.uniform === null &&
    series.rows.some((r) => r.quadrant !== null);
  const flipped = needFlipped(series.need);
  return { hover, points, keyboard, choices, quadrants, flipped };
}

/** The chart's size: the width given or measured, the slide's height on a slide; type by width. */
export function useScatterSize(given: number | undefined) {
  const [ref, measured] = useElementWidth(given ?? 720);
  const width = given ?? measured;
  const narrow = width < 560;
  const slideHeight = useSlideBox()?.height;
  return {
    ref,
    width,
    height: slideHeight ?? (narrow ? 360 : 440),
    narrow,
    fontSize: narrow ? 12 : 13,
  };
}
