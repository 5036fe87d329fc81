/**
 * All of Sweden as context: the national datasets (one per Kolada KPI, coverage "sweden"), their
 * areas and SKR's kommungrupper 2017, loaded through the app's loader; a view's KPI loads alone;
 * only a national dataset accepts the other counties' codes.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { DatasetError } from "@/data/errors";
import {
  loadAreas,
  loadGroups,
  loadIndicators,
  loadManifest,
  loadObservations,
  resolveVersion,
} from "@/data/load-dataset";
import type { ReadFile } from "@/data/read-file";
import type { Manifest } from "@/data/schemas/manifest";
import { groupOfArea, membersOf } from "@/domain/area-groups";
import type { Indicator } from "@/domain/indicators";
import {
  KOMMUNGRUPPER_ID,
  NATIONAL_AREAS_ID,
  nationalDatasetId,
  nationalDatasetOf,
} from "@/domain/national";
import { observationKey } from "@/domain/observations";

import { datasetStore, OBS_HEADER } from "../fixtures/dataset-store";
import { PUBLIC_DATA } from "../setup";

const files: string[] = [];
const read: ReadFile = (file) => {
  files.push(file);
  return Promise.resolve(
    new Uint8Array(readFileSync(resolve(PUBLIC_DATA, file))),
  );
};

let manifest: Manifest;
let kolada: Indicator[];
beforeAll(async () => {
  manifest = await loadManifest(read);
  const catalogue = await loadIndicators(
    read,
    resolveVersion(manifest, "indikatorer"),
  );
  kolada = catalogue.indicators.filter((i) => i.koladaId !== null);
});

const load = (id: string) =>
  loadObservations(read, resolveVersion(manifest, id));

describe("national datasets", () => {
  it("publishes one dataset per Kolada KPI of the catalogue, covering Sweden, cited", () => {
    const published = new Set(manifest.datasets.map((d) => d.id));
    expect(kolada.length).toBeGreaterThanOrEqual(27);
    for (const i of kolada) {
      const id = nationalDatasetOf(i, published);
      expect(id, i.id).toBe(nationalDatasetId(i.koladaId ?? ""));
      const entry = manifest.datasets.find((d) => d.id === id);
      expect(entry?.coverage).toBe("sweden");
      expect(entry?.kind).toBe("observations");
      expect(entry?.licence).toMatch(/Kolada/);
      expect(entry?.sources.map((s) => s.id)).toEqual([i.id]);
    }
    expect(nationalDatasetOf({ koladaId: null }, published)).toBeNull();
  });

  it("loads the partition of one KPI alone: the manifest and that file", async () => {
    const fresh = await loadManifest((file) => {
      files.length = 0;
      return read(file);
    });
    const d = await loadObservations(
      read,
      resolveVersion(fresh, nationalDatasetId("N74811")),
    );
    expect(files).toEqual(["manifest.json", "kolada-sverige-n74811.v1.csv"]);
    expect(new Set(d.observations.map((o) => o.indicator))).toEqual(
      new Set(["kolada-n74811"]),
    );
  });

  it("has every kommun, county and Riket, with the gender split, missing never zero", async () => {
    const d = await load(nationalDatasetId("N74811"));
    const areas = new Set(d.observations.map((o) => o.area));
    expect([...areas].filter((a) => a.length === 4)).toHaveLength(290);
    expect([...areas].filter((a) => a.length === 2).sort()).toHaveLength(22);
    expect(areas.has("03" as never)).toBe(true);
    expect(new Set(d.observations.map((o) => o.breakdown))).toEqual(
      new Set(["", "k", "m"]),
    );
    expect(d.observations.every((o) => o.value !== null)).toBe(true);
  });

  it("has every row of the county's own Kolada dataset, identical", async () => {
    for (const i of kolada.filter((k) =>
      ["N74811", "U01472"].includes(k.koladaId ?? ""),
    )) {
      const county = (await load(i.datasetId)).observations.filter(
        (o) => o.indicator === i.id,
      );
      const all = new Map(
        (await load(nationalDatasetId(i.koladaId ?? ""))).observations.map(
          (o) => [observationKey(o), o],
        ),
      );
      expect(county.length, i.id).toBeGreaterThan(0);
      for (const o of county)
        expect(all.get(observationKey(o)), i.id).toEqual(o);
    }
  });

  it("keeps the CDUST counties' single survey years apart from the pooled periods", async () => {
    const d = await load(nationalDatasetId("U01472"));
    const uppsala = d.observations.filter((o) => o.area === "0380");
    const botkyrka = d.observations.filter((o) => o.area === "0127");
    expect(uppsala.every((o) => /^\d{4}$/.test(o.period))).toBe(true);
    expect(botkyrka.every((o) => /^\d{4}-\d{4}$/.test(o.period))).toBe(true);
  });

  it("names every area of Sweden, the county as in the app", async () => {
    const { areas } = await loadAreas(
      read,
      resolveVersion(manifest, NATIONAL_AREAS_ID),
    );
    expect(areas.filter((a) => a.kind === "kommun")).toHaveLength(290);
    expect(areas.filter((a) => a.kind === "region")).toHaveLength(20);
    expect(areas.find((a) => a.code === "01")).toMatchObject({
      name: "Stockholms län",
      kind: "county",
    });
    expect(areas.find((a) => a.code === "03")?.name).toBe("Region Uppsala");
    expect(areas.find((a) => a.code === "1280")?.name).toBe("Malmö");
  });

  it("places all 290 kommuner in SKR's kommungrupper 2017", async () => {
    const { grouping } = await loadGroups(
      read,
      resolveVersion(manifest, KOMMUNGRUPPER_ID),
    );
    expect(grouping.groupOf.size).toBe(290);
    expect(grouping.groups.map((g) => g.code)).toEqual([
      "A1",
      "A2",
      "B3",
      "B4",
      "B5",
      "C6",
      "C7",
      "C8",
      "C9",
    ]);
    expect(groupOfArea(grouping, "0180" as never)?.name.sv).toBe("Storstäder");
    expect(membersOf(grouping, "A1")).toEqual(["0180", "1280", "1480"]);
    expect(groupOfArea(grouping, "0127" as never)?.code).toBe("A2");
  });
});

describe("national area codes at the data boundary", () => {
  const uppsala = `${OBS_HEADER}\n03,x,,2018,1,reported,,,,src,`;

  it("rejects another county's code in a county dataset", async () => {
    const store = datasetStore([
      { id: "t", kind: "observations", content: uppsala },
    ]);
    const m = await loadManifest(store.read);
    await expect(
      loadObservations(store.read, resolveVersion(m, "t")),
    ).rejects.toThrow(DatasetError);
  });

  it("accepts it in a dataset covering Sweden, and still rejects nonsense", async () => {
    const store = datasetStore([
      { id: "t", kind: "observations", content: uppsala, coverage: "sweden" },
      {
        id: "u",
        kind: "observations",
        content: `${OBS_HEADER}\n26,x,,2018,1,reported,,,,src,`,
        coverage: "sweden",
      },
    ]);
    const m = await loadManifest(store.read);
    const d = await loadObservations(store.read, resolveVersion(m, "t"));
    expect(d.observations[0]?.area).toBe("03");
    await expect(
      loadObservations(store.read, resolveVersion(m, "u")),
    ).rejects.toThrow(DatasetError);
  });
});
