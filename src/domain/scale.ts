/** Linear scales and "nice" ticks for charts that start at zero. Pure. */

/** A round step (1, 2, 2.5 or 5 × 10^k) that gives about `count` ticks up to `max`. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice =
    fraction <= 1
      ? 1
      : fraction <= 2
        ? 2
        : fraction <= 2.5
          ? 2.5
          : fraction <= 5
            ? 5
            : 10;
  return nice * power;
}

/** Ticks 0, step, 2·step … up to the first tick ≥ max. */
export function niceTicks(max: number, count = 4): number[] {
  const step = niceStep(max, count);
  const ticks = [0];
  while ((ticks[ticks.length - 1] ?? 0) < max) ticks.push(ticks.length * step);
  return ticks;
}

/** Maps [0, domainMax] to [0, range]. */
export function linearScale(
  domainMax: number,
  range: number,
): (value: number) => number {
  return domainMax > 0 ? (value) => (value / domainMax) * range : () => 0;
}
