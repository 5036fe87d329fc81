/**
 * Linear scales and "nice" ticks for charts whose value axis includes zero. Values may be negative
 * (percent changes, differences, imported data): a domain then reaches below zero and bars grow
 * from the zero line in both directions. Pure.
 */

/** A value axis from `[0]` (lowest) to `[1]` (highest). */
export type Domain = readonly [number, number];

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

/**
 * The smallest domain that holds zero and every finite value: `[min(0, lowest), max(0, highest)]`.
 * Bars start at zero, so an all-positive chart keeps `[0, max]` and an all-negative one `[min, 0]`.
 */
export function zeroBasedDomain(values: readonly number[]): Domain {
  let low = 0;
  let high = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return [low, high];
}

/**
 * Round ticks covering the domain: whole multiples of one nice step, from the last one ≤ the low
 * end to the first one ≥ the high end. A domain that holds zero always gets a tick at 0.
 */
export function niceDomainTicks(domain: Domain, count = 4): number[] {
  const [low, high] = domain;
  const step = niceStep(high - low, count);
  // Stepping k·step (not adding step up) keeps ticks like 0.3 free of summed binary noise.
  let first = 0;
  while (first * step > low) first -= 1;
  while ((first + 1) * step <= low) first += 1;
  let last = first;
  while (last * step < high) last += 1;
  // `|| 0` turns −0 into 0, so the zero tick prints and keys as "0".
  return Array.from(
    { length: last - first + 1 },
    (_, i) => (first + i) * step || 0,
  );
}

/** Maps the domain to [0, range] (low end → 0); a domain without width maps everything to 0. */
export function domainScale(
  domain: Domain,
  range: number,
): (value: number) => number {
  const [low, high] = domain;
  const span = high - low;
  return span > 0 ? (value) => ((value - low) / span) * range : () => 0;
}

/**
 * A round axis end a little beyond `value` (20 % room), away from zero: 34,64 → 50,
 * −34,64 → −50. Zero gives 1, so an axis of zeros still has a width.
 */
export function roundBeyond(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 1;
  const size = Math.abs(value);
  const step = 10 ** Math.floor(Math.log10(size));
  return Math.sign(value) * Math.ceil((size * 1.2) / step) * step;
}
