/**
 * The chart frame cites the source of every chart: the source line is required by its type, so a
 * chart cannot be framed without one; only a frame whose data failed to load (no figures) has none.
 */
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { ChartFrame } from "@/charts/chart-frame";

describe("ChartFrame", () => {
  it("shows the source line under the chart", () => {
    const { container } = render(
      <ChartFrame
        title="Titel"
        subtitle="Undertitel"
        sourceLine="Källa: Bilaga 5 · Dataversion stimulansmedel-2018 v1"
      >
        <p>diagram</p>
      </ChartFrame>,
    );
    expect(screen.getByRole("figure")).toContainElement(
      screen.getByText("diagram"),
    );
    expect(
      container.querySelector("figcaption.chart-frame__source")?.textContent,
    ).toBe("Källa: Bilaga 5 · Dataversion stimulansmedel-2018 v1");
  });

  it("does not type-check without a source line, unless the data failed", () => {
    const { container } = render(
      <>
        {/* @ts-expect-error a chart without its source cannot be framed */}
        <ChartFrame title="Titel" subtitle="">
          <p>diagram</p>
        </ChartFrame>
        <ChartFrame title="Titel" subtitle="Kunde inte visas" failed>
          <p role="alert">fel</p>
        </ChartFrame>
      </>,
    );
    expect(container.querySelectorAll(".chart-frame")).toHaveLength(2);
  });
});
