import { describe, expect, it } from "vitest";

import type { DatasetMeta } from "@/data/load-dataset";
import type { Source } from "@/data/schemas/manifest";
import { collectReferences } from "@/views/shared/profile-references";

const REPORT = {
  title: "Analys och handlingsplaner",
  publisher: "Storsthlm",
  year: 2018,
};

function dataset(id: string, sources: Source[]): DatasetMeta {
  const version = {
    version: 1,
    file: `${id}.v1.csv`,
    format: "csv" as const,
    published: "2026-11-23",
    note: { sv: "", en: "" },
    sha256: "0".repeat(64),
    bytes: 1,
  };
  return {
    entry: {
      id,
      kind: "observations",
      title: { sv: id, en: id },
      description: { sv: "", en: "" },
      licence: "CC0",
      sources,
      versions: [version],
    },
    version,
  };
}

const DATASETS = [
  dataset("analys", [
    { id: "diagnoser", ...REPORT, section: "Psykiatriska diagnoser" },
    { id: "suicid", ...REPORT, section: "Suicid, Tabell 5" },
  ]),
  dataset("kolada", [
    {
      id: "n66077",
      title: "Invånare 0-19 år med låg ekonomisk standard",
      publisher: "RKA",
      year: 2025,
      section: "KPI N66077",
      producer: "SCB",
      url: "https://api.kolada.se/v2/kpi/N66077",
    },
  ]),
];

describe("collectReferences", () => {
  it("numbers publications in citing order, once each; chapters of one report share a number", () => {
    const refs = collectReferences(DATASETS, [
      "n66077",
      "suicid",
      "n66077",
      "diagnoser",
      "suicid",
    ]);
    expect(
      refs.list.map((r) => [r.number, r.source.title, r.sections]),
    ).toEqual([
      [1, "Invånare 0-19 år med låg ekonomisk standard", ["KPI N66077"]],
      [
        2,
        "Analys och handlingsplaner",
        ["Suicid, Tabell 5", "Psykiatriska diagnoser"],
      ],
    ]);
  });

  it("cites the number and the public place, never the seed file", () => {
    const refs = collectReferences(DATASETS, ["diagnoser", "n66077"]);
    expect(
      refs.cite({
        sourceId: "diagnoser",
        locator: "Text till Figur 3 · seed 003 rad 1627–1631",
      }),
    ).toBe("[1] Text till Figur 3");
    expect(refs.cite({ sourceId: "n66077", locator: "" })).toBe("[2]");
    expect(
      refs.cite({ sourceId: "okänd", locator: "reference/kommun-facts.csv" }),
    ).toBe("");
  });
});
