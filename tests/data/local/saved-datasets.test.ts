/**
 * Local datasets saved before the import's texts moved to src/i18n/import: the same report
 * still gives the same dataset, field for field (definitions, notes and locators are stored
 * as written), and one saved earlier (tests/fixtures/local-dataset-saved.json, written by the
 * old code; this copy predates column mappings and rows for the rest of Sweden too: stored schema
 * 1, no `schema` field) reads back and presents itself as before.
 */
import { openDB } from "idb";
import { describe, expect, it } from "vitest";

import type { ImportedObservation } from "@/data/import/report-types";
import {
  buildLocalDataset,
  type LocalDataset,
} from "@/data/local/local-dataset";
import { localDatasetEntry } from "@/data/local/local-entry";
import { localNationalId } from "@/data/local/local-national-id";
import {
  getLocalObservations,
  listLocalDatasets,
} from "@/data/local/local-store";

import saved from "../../fixtures/local-dataset-saved.json";

const SAVED = saved as unknown as LocalDataset;

const obs = (patch: Partial<ImportedObservation>): ImportedObservation => ({
  area: "0127",
  indicator: "Andel med diagnos (%)",
  period: "2023",
  value: 12.5,
  status: "reported",
  symbol: null,
  unit: "%",
  gender: null,
  breakdown: null,
  line: 2,
  ...patch,
});

/** The report the fixture was built from. */
const REPORT = {
  file: "egna-siffror.csv",
  decision: "accept-with-row-errors",
  encoding: "windows-1252",
  delimiter: ";",
  format: "csv-tidy",
  rows: 7,
  observations: [
    obs({}),
    obs({
      area: "0180",
      value: null,
      status: "missing",
      symbol: "..",
      line: 3,
    }),
    obs({ area: "0186", value: null, status: "missing", symbol: "", line: 4 }),
    obs({ area: "01", value: 10.25, line: 0 }),
    obs({
      indicator: "Antal besök",
      unit: null,
      gender: "K",
      value: 3,
      line: 5,
    }),
    obs({
      indicator: "Antal besök",
      unit: null,
      gender: "M",
      value: 4,
      line: 6,
    }),
  ],
  issues: [
    {
      line: 7,
      column: "Kommun",
      code: "unknown-area",
      severity: "error",
      message: { key: "unknownCode", params: { text: "9999" } },
    },
  ],
  totals: {
    errorRows: 1,
    outsideCountyRows: 0,
    outsideRegionRows: 0,
    nationalValues: 0,
  },
  table: null,
  mapping: null,
  indicators: [
    { id: "Andel med diagnos (%)", unit: "%", label: null },
    { id: "Antal besök", unit: null, label: "Antal besök på mottagning" },
  ],
} as const;

describe("local datasets saved earlier", () => {
  it("are what the import still builds from the same report", () => {
    const built = buildLocalDataset({
      report: REPORT,
      name: "Mina siffror",
      sha256: "ab12cd34ef".padEnd(64, "0"),
      bytes: 321,
      importedAt: "2026-11-23T10:00:00.000Z",
      choices: [
        {
          fileId: "Andel med diagnos (%)",
          label: "Andel med diagnos",
          unit: "percent",
          polarity: "higher-worse",
        },
      ],
    });
    expect(built).toEqual(SAVED);
  });

  it("read back from IndexedDB with their texts and present themselves as before", async () => {
    await listLocalDatasets(); // creates the database as the app does
    const db = await openDB("psykisk-halsa-egen-data", 2);
    // Saved before column mappings were kept: no `mapping` at all.
    const meta: Record<string, unknown> & { id: string } = { ...SAVED.meta };
    delete meta.mapping;
    await db.put("meta", meta);
    await db.put("chunks", {
      key: `${meta.id}#00000`,
      observations: SAVED.observations,
    });
    db.close();

    const [listed] = await listLocalDatasets();
    expect(listed).toEqual({ ...SAVED.meta, mapping: null });
    // Schema 1: no `schema`, no coverage: the county's rows only, under either id.
    expect(listed).not.toHaveProperty("coverage");
    expect(
      (await getLocalObservations(localNationalId(meta.id))).observations,
    ).toEqual(SAVED.observations);
    expect(listed?.indicators[0]?.definition.en).toBe(
      'Your own data: "Andel med diagnos (%)" in the file egna-siffror.csv, loaded 2026-11-23. The figures were checked by the tool but not reviewed by anyone else.',
    );
    const { observations } = await getLocalObservations(meta.id);
    expect(observations.map((o) => [o.note, o.locator])).toEqual([
      ["", "egna-siffror.csv, rad 2"],
      ['Symbolen ".." i filen.', "egna-siffror.csv, rad 3"],
      ["Tom cell i filen.", "egna-siffror.csv, rad 4"],
      ["", "egna-siffror.csv"],
      ["", "egna-siffror.csv, rad 5"],
      ["", "egna-siffror.csv, rad 6"],
    ]);
    const { entry, version } = localDatasetEntry(listed ?? SAVED.meta);
    expect(entry).toMatchObject({
      title: {
        sv: "Egen data: Mina siffror",
        en: "Your own data: Mina siffror",
      },
      licence: "Egen data",
      missingReason: {
        sv: "Uppgift saknas i den inlästa filen.",
        en: "No value in the loaded file.",
      },
      sources: [
        {
          title: "Egen data (Mina siffror)",
          shortTitle: "Egen data",
          publisher: "Användaren",
          year: 2026,
          section: "fil egna-siffror.csv",
        },
      ],
    });
    expect(version.note).toEqual({
      sv: "Inläst från egna-siffror.csv",
      en: "Loaded from egna-siffror.csv",
    });
  });
});
