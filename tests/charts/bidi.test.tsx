/**
 * Issue 15: a right-to-left override (U+202E) in a URL value or a local data label must not
 * reverse the app's own text ("2023" shown as "3202"): URL notices isolate outside text, chart
 * titles and CSV cells drop bidi controls.
 */
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { ChartFrame } from "@/charts/chart-frame";
import { buildCsv } from "@/charts/export/csv";
import type { ChartExportData } from "@/charts/export/export-data";
import { isolateText, stripBidi } from "@/domain/bidi";
import { UrlNotices } from "@/views/shared/url-notices";

const RLO = "\u202e";

describe("bidi controls", () => {
  it("are all stripped", () => {
    const all =
      "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c";
    expect(stripBidi(`a${all}b`)).toBe("ab");
    expect(isolateText(`x${RLO}`)).toBe("\u2068x\u2069");
  });

  it("in a URL value cannot reverse the notice after it", () => {
    render(
      <UrlNotices
        notices={[
          { key: "unknownIndicator", value: `abc${RLO}`, fallback: "2023" },
        ]}
      />,
    );
    const item = screen.getByRole("listitem");
    expect(item.textContent).not.toContain(RLO);
    expect(item.textContent).toBe('Indikatorn "abc" finns inte. Visar 2023.');
    expect([...item.querySelectorAll("bdi")].map((b) => b.textContent)).toEqual(
      ["abc", "2023"],
    );
  });

  it("in a local label are not shown in a chart title", () => {
    render(
      <ChartFrame
        title={`Min etikett${RLO} 2023`}
        subtitle={`2023${RLO}`}
        sourceLine={`Källa: egen${RLO} fil`}
      >
        <p>chart</p>
      </ChartFrame>,
    );
    expect(screen.getByRole("heading").textContent).toBe("Min etikett 2023");
    expect(screen.getByText(/^Källa:/).textContent).toBe("Källa: egen fil");
  });

  it("are not written to a CSV", async () => {
    const { CSV_COLUMNS } = await import("@/charts/export/csv");
    const data = {
      id: "x",
      title: `Titel${RLO}=1+1`,
      subtitle: "",
      sourceLine: "",
      datasets: [],
      rows: () => [
        {
          areaCode: "0127",
          areaName: "Botkyrka",
          indicatorId: "egen",
          indicator: `Etikett${RLO}`,
          breakdown: "",
          period: "2023",
          value: 1,
          low: null,
          high: null,
          status: "reported",
          unit: "",
          derived: "",
          source: "",
          datasetId: "egen",
          datasetVersion: 1,
        },
      ],
    } as unknown as ChartExportData;
    const text = buildCsv(data, {
      flavour: "plain",
      exported: "2026-01-01",
      labels: {
        headers: Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])) as never,
        status: {} as never,
      },
    });
    expect(text).not.toContain(RLO);
    // With the control gone, the title starts no formula but the cell stays intact.
    expect(text).toContain("Titel=1+1");
    expect(text).toContain("Etikett");
  });
});
