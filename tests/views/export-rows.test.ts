/**
 * A chart's export data: the words and datasets are there at once, the rows are built only when
 * an export asks for them (not on every render), and then carry the dataset's id and version.
 */
import { describe, expect, it, vi } from "vitest";

import type { DatasetMeta } from "@/data/load-dataset";
import type { AreaCode } from "@/domain/areas";
import { fixedT } from "@/i18n/i18n";
import { chartExport } from "@/views/shared/export-context";

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

  it("exports a computed figure as shown, status derived, with its unrounded value beside it", () => {
    const indicator = testIndicator({ datasetId: "d", format: "sek0" });
    const observation = testObservation({
      area: "0127" as AreaCode,
      period: "2018",
      value: 3174063,
    });
    const how = {
      kind: "per-capita",
      numerator: 3174063,
      denominator: 91636,
      populationPeriod: "2017",
    } as const;
    const data = chartExport(
      "test",
      { title: "T", subtitle: "S", sourceLine: "Källa: K" },
      [DATASET],
      (c) => [
        c.row({
          code: "0127",
          name: "Botkyrka",
          indicator,
          period: "2018",
          value: 3174063 / 91636,
          unit: "kr-per-inhabitant",
          format: "sek2",
          status: "reported",
          derived: how,
          observation,
        }),
        c.row({
          code: "0128",
          name: "Salem",
          indicator,
          period: "2018",
          value: 12.5,
          format: "sek2",
          status: "estimated",
          derived: how,
          observation: null,
        }),
        c.row({
          code: "0136",
          name: "Haninge",
          indicator,
          period: "2018",
          value: 1234.5678,
          format: "sek2",
          status: "reported",
          observation: null,
        }),
      ],
      fixedT("sv"),
      "sv",
    );
    const [computed, estimate, sourced] = data.rows();
    // 34,637937… kr is shown as 34,64 kr: the file says the same.
    expect(computed).toMatchObject({
      value: 34.64,
      valueUnrounded: 3174063 / 91636,
      status: "derived",
    });
    expect(computed?.derived).toContain("Beräknat");
    // An estimate stays an estimate; the derived column says it was computed.
    expect(estimate).toMatchObject({ value: 12.5, status: "estimated" });
    // A source's value is written as the source gives it, never rounded.
    expect(sourced).toMatchObject({
      value: 1234.5678,
      valueUnrounded: null,
      status: "reported",
    });
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
