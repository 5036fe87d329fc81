/**
 * The chart of a presentation slide, filling the room the slide leaves it. The chart is magnified
 * with CSS zoom until its smallest text is as large as the slide's text (the font size the slide's
 * stylesheet gives .slide-fit: 24 px on a 1920×1080 screen); zoom keeps the chart's own
 * proportions, since the chart lays itself out at the unzoomed size. A chart that reads useSlideBox() (slide-box.ts) gets the remaining height; one
 * that cannot follow (the rows of a long profile) is shrunk to fit instead, so nothing is cut off.
 *
 * Each pass measures and corrects (text sizes, then the height left over or missing); a chart
 * that re-lays itself out after a resize triggers another pass. Passes are capped.
 */
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";

import { SlideBoxContext, type SlideBox } from "./slide-box";
import { smallestTextSize } from "./visible-text";

const MAX_PASSES = 12;
const MIN_HEIGHT = 120;

interface Fit {
  readonly zoom: number;
  /** The chart's height in its own pixels. */
  readonly height: number;
  /** The room's height in the chart's own pixels (CSS: --slide-room). */
  readonly room: number;
}

/** One correction: the zoom the text needs, then the height the room gives (or a smaller zoom). */
function nextFit(
  fit: Fit,
  room: { readonly height: number; readonly text: number },
  content: { readonly height: number; readonly smallestText: number | null },
  follows: boolean,
): Fit {
  // Rounded up, so the smallest text is never a rounding error short of the slide's size.
  let zoom =
    content.smallestText === null
      ? fit.zoom
      : Math.ceil((1000 * room.text) / content.smallestText) / 1000;
  const available = room.height / zoom;
  let height = fit.height;
  if (follows)
    height = Math.max(MIN_HEIGHT, fit.height + available - content.height);
  // (scrollHeight is a whole number: a pixel over is rounding, not overflow)
  else if (content.height > available + 1) zoom = room.height / content.height;
  return { zoom, height, room: room.height / zoom };
}

const same = (a: Fit, b: Fit): boolean =>
  Math.abs(a.zoom - b.zoom) < 0.005 &&
  Math.abs(a.height - b.height) < 0.5 &&
  Math.abs(a.room - b.room) < 0.5;

export function SlideFit({ children }: { children: ReactNode }) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const follows = useRef(false);
  const passes = useRef(0);
  const [fit, setFit] = useState<Fit>({ zoom: 1, height: 400, room: 400 });
  const current = useRef(fit);

  const step = useCallback(() => {
    const room = outer.current;
    const chart = inner.current;
    if (!room || !chart || passes.current >= MAX_PASSES) return;
    if (room.clientWidth === 0 || room.clientHeight === 0) return;
    const next = nextFit(
      current.current,
      {
        height: room.clientHeight,
        text: Number.parseFloat(getComputedStyle(room).fontSize),
      },
      { height: chart.scrollHeight, smallestText: smallestTextSize(chart) },
      follows.current,
    );
    if (same(next, current.current)) return;
    passes.current += 1;
    setFit(next);
  }, []);

  // After every render: measure and correct.
  useLayoutEffect(() => {
    current.current = fit;
    step();
  });

  // A new room (window resize) starts over; a chart that re-lays itself out is measured again.
  useLayoutEffect(() => {
    const room = outer.current;
    const chart = inner.current;
    if (!room || !chart || typeof ResizeObserver === "undefined") return;
    const onRoom = new ResizeObserver(() => {
      passes.current = 0;
      step();
    });
    const onChart = new ResizeObserver(step);
    onRoom.observe(room);
    onChart.observe(chart);
    return () => {
      onRoom.disconnect();
      onChart.disconnect();
    };
  }, [step]);

  const box = useMemo<SlideBox>(
    () => ({
      height: fit.height,
      follow: () => {
        follows.current = true;
      },
    }),
    [fit.height],
  );
  return (
    <div ref={outer} className="slide-fit">
      <div
        ref={inner}
        className="slide-fit__chart"
        style={{
          zoom: fit.zoom,
          ["--slide-room" as string]: `${fit.room.toFixed(1)}px`,
        }}
        data-zoom={fit.zoom.toFixed(3)}
      >
        <SlideBoxContext value={box}>{children}</SlideBoxContext>
      </div>
    </div>
  );
}
