/**
 * A chart's export data: the words and datasets are there at once, the rows are built only when
 * an export asks for them (not on every render), and then carry the dataset's id and version.
 */
import { describe, expect, it, vi } from "vitest";

import type { DatasetMeta } from "@/data/load-dataset";
import type { AreaCode } from "@/domain/areas";
import { fixedT } from "@/i18n/i18n";
import { chartExport } from "@/views/shared/export-rows";

import { testIndicator, testObservation } from "../fixtures/domain";

const DATASET = {
  entry: {
    id: "d",
    kind: "observations",
    title: { sv: "D", en: "D" },
    description: { sv: "", en: "" },
    licence: "CC0",
    sources: [
      {
        id: "s",
        title: "Källan",
        publisher: "Utgivaren",
        year: 2024,
        section: "Tabell 1",
      },
    ],
    versions: [],
  },
  version: {
    version: 3,
    file: "d.v3.csv",
    format: "observations-csv",
    published: "2024-01-01",
    note: { sv: "", en: "" },
    sha256: "0".repeat(64),
    bytes: 1,
  },
} as unknown as DatasetMeta;

describe("chartExport", () => {
  it("builds the rows when they are asked for, not before", () => {
    const indicator = testIndicator({ datasetId: "d" });
    const observation = testObservation({
      area: "0127" as AreaCode,
      period: "2023",
      value: 4.2,
    });
    const build = vi.fn(
      (c: Parameters<Parameters<typeof chartExport>[3]>[0]) => [
        c.row({
          code: "0127",
          name: "Botkyrka",
          indicator,
          period: "2023",
          value: 4.2,
          status: "reported",
          observation,
        }),
      ],
    );
    const data = chartExport(
      "test",
      { title: "T", subtitle: "S", sourceLine: "Källa: K" },
      [DATASET],
      build,
      fixedT("sv"),
      "sv",
    );
    expect(build).not.toHaveBeenCalled();
    expect(data.datasets).toEqual([{ id: "d", version: 3 }]);
    expect(data.sourceLine).toBe("Källa: K");

    const rows = data.rows();
    expect(build).toHaveBeenCalledTimes(1);
    expect(rows).toEqual([
      expect.objectContaining({
        areaCode: "0127",
        areaName: "Botkyrka",
        value: 4.2,
        status: "reported",
        datasetId: "d",
        datasetVersion: 3,
      }),
    ]);
  });

  it("writes a period the source does not give as such, never as a bare year", () => {
    const indicator = testIndicator({
      datasetId: "d",
      unstatedPeriods: { "2016": { published: "2017", statedFor: ["01"] } },
    });
    const row = (code: string) =>
      chartExport(
        "test",
        { title: "T", subtitle: "S", sourceLine: "Källa: K" },
        [DATASET],
        (c) => [
          c.row({
            code,
            name: code,
            indicator,
            period: "2016",
            value: 13,
            status: "reported",
            observation: null,
          }),
        ],
        fixedT("sv"),
        "sv",
      ).rows()[0];
    expect(row("0191")?.period).toBe(
      "(år anges inte i källan, publicerad 2017)",
    );
    expect(row("01")?.period).toBe("2016");
  });
});
