/**
 * A local dataset with rows for the rest of Sweden: built with coverage "sweden" (and the
 * indicators with other regions' values), stored apart from the county's rows so the county's
 * views read exactly the county's, and read whole under its national id; deleted whole.
 */
import { openDB } from "idb";
import { describe, expect, it } from "vitest";

import type { ImportedObservation } from "@/data/import/report-types";
import { buildLocalDataset } from "@/data/local/local-dataset";
import { localNationalDatasetOf } from "@/data/local/local-national";
import { localNationalId } from "@/data/local/local-national-id";
import {
  deleteLocalDataset,
  getLocalObservations,
  listLocalDatasets,
  saveLocalDataset,
} from "@/data/local/local-store";

const obs = (
  area: string,
  indicator: string,
  value: number | null,
): ImportedObservation => ({
  area,
  indicator,
  period: "2022",
  value,
  status: value === null ? "missing" : "reported",
  symbol: value === null ? ".." : null,
  unit: "%",
  gender: null,
  breakdown: null,
  line: 2,
});

const OBSERVATIONS = [
  obs("00", "Andel", 2),
  obs("01", "Andel", 2.5),
  obs("0127", "Andel", 3.25),
  obs("1480", "Andel", 1.75),
  obs("03", "Andel", 1.5),
  obs("0180", "Antal", 10),
  obs("2584", "Antal", 12),
  obs("12", "Antal", null),
];

function build(observations: readonly ImportedObservation[]) {
  return buildLocalDataset({
    report: {
      file: "riket.csv",
      decision: "accept-with-row-errors",
      encoding: "utf-8",
      delimiter: ";",
      format: "csv-tidy",
      rows: observations.length,
      observations,
      issues: [],
      totals: {
        errorRows: 0,
        outsideCountyRows: 4,
        outsideRegionRows: 2,
        nationalValues: 4,
      },
      table: null,
      mapping: null,
      indicators: [
        { id: "Andel", unit: "%", label: null },
        { id: "Antal", unit: null, label: null },
      ],
    },
    name: "Hela riket",
    sha256: "cd".repeat(32),
    bytes: 100,
    importedAt: "2026-12-03T08:00:00.000Z",
    choices: [],
  });
}

describe("a local dataset with rows for the rest of Sweden", () => {
  it("is built with coverage 'sweden', every value kept, regions named per indicator", () => {
    const dataset = build(OBSERVATIONS);
    expect(dataset.meta.coverage).toBe("sweden");
    expect(dataset.meta.regionIndicators).toEqual(["egen-cdcdcdcdcd:andel"]);
    expect(dataset.observations.map((o) => [o.area, o.value])).toEqual(
      OBSERVATIONS.map((o) => [o.area, o.value]),
    );
    // Scope by the county's kommuner only, as before.
    expect(dataset.meta.indicators.map((i) => i.scope)).toEqual([
      "kommun",
      "kommun",
    ]);
    const [andel, antal] = dataset.meta.indicators;
    const local = [dataset.meta];
    expect(andel && localNationalDatasetOf(andel, local, "region")).toBe(
      "egen-cdcdcdcdcd-sverige",
    );
    expect(antal && localNationalDatasetOf(antal, local, "region")).toBeNull();
    expect(antal && localNationalDatasetOf(antal, local)).toBe(
      "egen-cdcdcdcdcd-sverige",
    );
  });

  it("without such rows has no coverage (as datasets saved before)", () => {
    const dataset = build(OBSERVATIONS.filter((o) => o.area.startsWith("0")));
    const county = build(
      OBSERVATIONS.filter((o) => ["00", "01", "0127", "0180"].includes(o.area)),
    );
    expect(dataset.meta.coverage).toBe("sweden"); // "03" is another region
    expect(county.meta).not.toHaveProperty("coverage");
    expect(county.meta).not.toHaveProperty("regionIndicators");
    expect(
      localNationalDatasetOf(
        county.meta.indicators[0] ?? { id: "", datasetId: "" },
        [county.meta],
      ),
    ).toBeNull();
  });

  it("is stored apart: the county's rows under its id, all of them under its national id", async () => {
    const dataset = build(OBSERVATIONS);
    await saveLocalDataset(dataset);
    const { id } = dataset.meta;
    const county = await getLocalObservations(id);
    expect(county.observations.map((o) => o.area)).toEqual([
      "00",
      "01",
      "0127",
      "0180",
    ]);
    const all = await getLocalObservations(localNationalId(id));
    expect(all.meta).toEqual(dataset.meta);
    expect(all.observations.map((o) => [o.area, o.value]).sort()).toEqual(
      dataset.observations.map((o) => [o.area, o.value]).sort(),
    );
    const db = await openDB("psykisk-halsa-egen-data", 2);
    expect(await db.get("meta", id)).toMatchObject({ schema: 2 });
    db.close();
    expect((await listLocalDatasets())[0]).not.toHaveProperty("schema");

    await deleteLocalDataset(id);
    const db2 = await openDB("psykisk-halsa-egen-data", 2);
    expect(await db2.getAllKeys("chunks")).toEqual([]);
    db2.close();
  });
});
