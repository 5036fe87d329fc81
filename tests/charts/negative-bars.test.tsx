/**
 * Negative values in the bar charts (percent changes, differences, imported data): a negative bar
 * grows left from the zero line with a real width, its value stands beyond its end without
 * touching the kommun names, the axis reaches below zero with 0 as a tick, and the county line
 * stands at its value. Rendered at a fixed width (jsdom measures nothing).
 */
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import DumbbellChart from "@/charts/dumbbell-chart";
import RankingBarChart from "@/charts/ranking-bar-chart";
import { buildRankingSeries } from "@/charts/series/ranking-series";
import StackedBarChart from "@/charts/stacked-bar-chart";
import type { AreaCode } from "@/domain/areas";

import {
  TEST_KOMMUNER,
  testIndicator,
  testObservation,
} from "../fixtures/domain";
import { plain } from "../render";

/** A generous width per character of a 14 px label, so "does not overlap" is not optimistic. */
const CHAR = 8.5;

const num = (el: Element, attr: string): number =>
  Number(el.getAttribute(attr));

const change = testIndicator({
  unit: "percent",
  format: "pct1",
  polarity: "neutral",
});

const series = (values: Record<string, number | null>, county: number) =>
  buildRankingSeries({
    indicator: change,
    observations: [
      ...Object.entries(values).map(([area, value]) =>
        testObservation({ area: area as AreaCode, period: "2018", value }),
      ),
      testObservation({
        area: "01" as AreaCode,
        period: "2018",
        value: county,
      }),
    ],
    kommuner: TEST_KOMMUNER,
    period: "2018",
    breakdown: "",
    perCapita: false,
    selected: [],
    sort: "value",
    population: null,
    missingReason: { sv: "Saknas", en: "Missing" },
  });

/** The bar, the name and the value label of one kommun's row. */
function rowParts(name: string) {
  const row = screen.getByRole("img", { name: new RegExp(`^${name}:`) });
  const bar = row.querySelector("rect:not(.chart-focus)");
  const nameText = row.querySelector("text.rc-name");
  const value = row.querySelector("text.rc-value");
  if (!bar || !nameText || !value) throw new Error(`no bar for ${name}`);
  return {
    x: num(bar, "x"),
    width: num(bar, "width"),
    nameRight: num(nameText, "x"),
    value,
  };
}

/** x of an element's translate(x,y). */
const translateX = (el: Element): number =>
  Number(/translate\(([-\d.]+)/.exec(el.getAttribute("transform") ?? "")?.[1]);

/** Left edge of a label drawn with the given anchor at x. */
function labelLeft(label: Element): number {
  const width = plain(label.textContent).length * CHAR;
  return label.getAttribute("text-anchor") === "end"
    ? num(label, "x") - width
    : num(label, "x");
}

describe("RankingBarChart with negative values", () => {
  it.each([320, 720])(
    "draws a negative bar left of the zero line, its label clear of the names (%d px)",
    (width) => {
      render(
        <RankingBarChart
          series={series(
            { "0114": 12.5, "0127": -8.2, "0180": 3, "0187": -1 },
            2,
          )}
          width={width}
        />,
      );
      // Positive bars start at the zero line.
      const positive = rowParts("Upplands Väsby");
      const zero = positive.x;
      const negative = rowParts("Botkyrka");
      expect(negative.width).toBeGreaterThan(0);
      expect(negative.x).toBeLessThan(zero);
      expect(negative.x + negative.width).toBeCloseTo(zero, 6);
      // Bars are in proportion: −8,2 against 12,5.
      expect(negative.width / positive.width).toBeCloseTo(8.2 / 12.5, 6);
      // The value stands left of the bar's end and right of the name column.
      expect(plain(negative.value.textContent)).toBe("-8,2 %");
      expect(negative.value.getAttribute("text-anchor")).toBe("end");
      expect(num(negative.value, "x")).toBeLessThan(negative.x);
      expect(labelLeft(negative.value)).toBeGreaterThan(negative.nameRight);
      // The positive bar's label still fits in the chart.
      expect(
        labelLeft(positive.value) +
          plain(positive.value.textContent).length * CHAR,
      ).toBeLessThanOrEqual(width);
      // A small negative bar has a width too.
      expect(rowParts("Vaxholm").width).toBeGreaterThan(0);
    },
  );

  it("puts 0 on the axis, ticks below it, the zero line and the county line at their values", () => {
    const { container } = render(
      <RankingBarChart
        series={series(
          { "0114": 12.5, "0127": -8.2, "0180": 3, "0187": null },
          -2,
        )}
        width={720}
      />,
    );
    const ticks = [...container.querySelectorAll(".rc-tick")].map((t) =>
      plain(t.textContent),
    );
    expect(ticks).toEqual(["-10", "0", "10", "20"]);
    const positive = rowParts("Upplands Väsby");
    const perUnit = positive.width / 12.5;
    const zeroLine = container.querySelector(".ranking-chart__zero");
    expect(zeroLine).not.toBeNull();
    expect(num(zeroLine as Element, "x1")).toBeCloseTo(positive.x, 6);
    // The county (−2,0 %) is a dashed line left of zero, at its value.
    const countyLabel = within(container).getByText(/^Länet/);
    expect(plain(countyLabel.textContent)).toBe("Länet -2,0 %");
    expect(num(countyLabel, "x")).toBeCloseTo(positive.x - 2 * perUnit, 6);
  });

  it("all negative: every bar ends at the zero line, which is the axis's last tick", () => {
    const { container } = render(
      <RankingBarChart
        series={series(
          { "0114": -12.5, "0127": -8.2, "0180": -3, "0187": -1 },
          -5,
        )}
        width={720}
      />,
    );
    const ticks = [...container.querySelectorAll(".rc-tick")].map((t) =>
      plain(t.textContent),
    );
    expect(ticks[ticks.length - 1]).toBe("0");
    const ends = ["Upplands Väsby", "Botkyrka", "Stockholm", "Vaxholm"].map(
      (name) => {
        const row = rowParts(name);
        expect(row.width).toBeGreaterThan(0);
        expect(labelLeft(row.value)).toBeGreaterThan(row.nameRight);
        return row.x + row.width;
      },
    );
    expect(new Set(ends.map((e) => e.toFixed(6))).size).toBe(1);
  });
});

describe("DumbbellChart with negative values", () => {
  it("keeps negative marks inside the plot, left of 0, with the label right of them", () => {
    const { container } = render(
      <DumbbellChart
        rows={[
          {
            key: "a",
            name: "Alfa",
            a: -40,
            b: 25,
            label: "+65",
            title: "Alfa",
          },
          {
            key: "b",
            name: "Beta",
            a: -10,
            b: -30,
            label: "-20",
            title: "Beta",
          },
        ]}
        aLabel="Planerat"
        bLabel="Redovisat"
        width={720}
      />,
    );
    const ticks = [...container.querySelectorAll(".rc-tick")].map((t) =>
      plain(t.textContent),
    );
    expect(ticks).toContain("0");
    expect(ticks[0]).toBe("-40");
    // The top axis is translated to the plot's left edge, each tick to its value.
    const zeroTick = [...container.querySelectorAll(".rc-tick")].find(
      (t) => plain(t.textContent) === "0",
    )?.parentElement;
    const axis = zeroTick?.parentElement;
    if (!zeroTick || !axis) throw new Error("no zero tick");
    const left = translateX(axis);
    const zeroX = left + translateX(zeroTick);
    const beta = screen.getByRole("img", { name: /^Beta/ });
    const name = beta.querySelector("text.rc-name");
    const marks = [...beta.querySelectorAll("circle")].map((c) => num(c, "cx"));
    for (const cx of marks) {
      expect(cx).toBeGreaterThanOrEqual(left);
      expect(cx).toBeLessThan(zeroX);
      expect(cx).toBeGreaterThan(num(name as Element, "x"));
    }
    const label = beta.querySelector("text.rc-value");
    expect(num(label as Element, "x")).toBeGreaterThan(Math.max(...marks));
  });
});

describe("StackedBarChart with negative values", () => {
  it("stacks a negative part down from the zero line, on an axis that reaches below zero", () => {
    const { container } = render(
      <StackedBarChart
        data={[
          {
            category: "2018",
            values: { a: 10, b: -4 },
            totalLabel: "6",
            label: "2018",
          },
          {
            category: "2019",
            values: { a: -20, b: -4 },
            totalLabel: "-24",
            label: "2019",
          },
        ]}
        parts={[
          { key: "a", label: "A", color: "#1f4e79" },
          { key: "b", label: "B", color: "#7a5195" },
        ]}
        formatValue={String}
        formatTick={String}
        width={600}
      />,
    );
    const tickY = new Map(
      [...container.querySelectorAll(".recharts-yAxis-tick-labels text")].map(
        (t) => [plain(t.textContent), num(t, "y")],
      ),
    );
    expect([...tickY.keys()]).toEqual(["-30", "-20", "-10", "0", "10"]);
    const zeroY = tickY.get("0") ?? Number.NaN;
    const segments = [
      ...container.querySelectorAll("path.recharts-rectangle"),
    ].map((p) => {
      const y = num(p, "y");
      const h = num(p, "height");
      return {
        top: Math.min(y, y + h),
        bottom: Math.max(y, y + h),
        fill: p.getAttribute("fill"),
      };
    });
    // 2018: A (10) above zero, B (−4) below it; nothing overlaps.
    const [a2018, a2019] = segments.filter((s) => s.fill === "#1f4e79");
    const [b2018] = segments.filter((s) => s.fill === "#7a5195");
    expect(a2018?.bottom).toBeCloseTo(zeroY, 6);
    expect(b2018?.top).toBeCloseTo(zeroY, 6);
    expect(b2018?.bottom).toBeGreaterThan(zeroY);
    expect(a2019?.top).toBeCloseTo(zeroY, 6);
    // The total of the all-negative bar stands above its zero line, clear of the category axis.
    const total = within(container).getByText("-24");
    expect(num(total, "y")).toBeLessThan(zeroY);
  });
});
