/**
 * Value axes that hold zero and the data on both sides of it: negative (percent changes,
 * differences, imported data), mixed and all-positive values.
 */
import { describe, expect, it } from "vitest";

import {
  domainScale,
  niceDomainTicks,
  niceStep,
  roundBeyond,
  zeroBasedDomain,
  type Domain,
} from "@/domain/scale";

describe(zeroBasedDomain, () => {
  it.each<[string, number[], Domain]>([
    ["all positive: from zero", [3, 12.5, 7], [0, 12.5]],
    ["all negative: up to zero", [-3, -12.5, -7], [-12.5, 0]],
    ["mixed: both sides", [-4.2, 0, 9], [-4.2, 9]],
    ["no values: just zero", [], [0, 0]],
    ["non-finite values are left out", [Number.NaN, -2, Infinity], [-2, 0]],
  ])("%s", (_, values, domain) => {
    expect(zeroBasedDomain(values)).toEqual(domain);
  });
});

describe(niceDomainTicks, () => {
  it.each<[Domain, number[]]>([
    [
      [-7.2, 0],
      [-8, -6, -4, -2, 0],
    ],
    [
      [-4.2, 9],
      [-5, 0, 5, 10],
    ],
    [
      [-0.3, 0.25],
      [-0.4, -0.2, 0, 0.2, 0.4],
    ],
    [
      [-32878683, 1000],
      [-40_000_000, -30_000_000, -20_000_000, -10_000_000, 0, 10_000_000],
    ],
  ])("ticks over %j are %j, 0 included", (domain, ticks) => {
    expect(niceDomainTicks(domain)).toEqual(ticks);
  });

  it("prints zero as 0, never as −0", () => {
    const ticks = niceDomainTicks([-3, 0]);
    expect(Object.is(ticks[ticks.length - 1], 0)).toBe(true);
  });

  it.each<[number, number[]]>([
    [32878683, [0, 10_000_000, 20_000_000, 30_000_000, 40_000_000]],
    [7.2, [0, 2, 4, 6, 8]],
    [34.64, [0, 10, 20, 30, 40]],
    [0, [0]],
  ])("all-positive data: ticks from 0 up to %d are %j", (max, ticks) => {
    expect(niceDomainTicks([0, max])).toEqual(ticks);
  });
});

describe(niceStep, () => {
  it("uses 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceStep(9)).toBe(2.5);
    expect(niceStep(-1)).toBe(1);
  });
});

describe(domainScale, () => {
  it("maps the low end to 0 and the high end to the range, zero in between", () => {
    const x = domainScale([-10, 30], 400);
    expect(x(-10)).toBe(0);
    expect(x(0)).toBe(100);
    expect(x(30)).toBe(400);
    expect(x(-5)).toBe(50);
  });

  it("maps an all-negative domain with zero at the far end", () => {
    const x = domainScale([-20, 0], 200);
    expect(x(-20)).toBe(0);
    expect(x(0)).toBe(200);
  });

  it("maps an all-positive domain linearly from zero", () => {
    expect(domainScale([0, 40], 400)(10)).toBe(100);
  });

  it("never divides by zero", () => {
    expect(domainScale([0, 0], 400)(5)).toBe(0);
  });
});

describe(roundBeyond, () => {
  it.each<[number, number]>([
    [34.64, 50],
    [-34.64, -50],
    [3075, 4000],
    [-0.42, -0.6],
    [0, 1],
  ])("%d → %d", (value, bound) => {
    expect(roundBeyond(value)).toBeCloseTo(bound, 10);
  });
});
