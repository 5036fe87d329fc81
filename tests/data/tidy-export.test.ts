import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";

import { TIDY_HEADER, buildTidyExport } from "@/data/tidy-export";

import { PUBLIC_DATA } from "../setup";

let csv = "";
let rows: Record<string, string>[] = [];

beforeAll(async () => {
  csv = await buildTidyExport((file) =>
    Promise.resolve(new Uint8Array(readFileSync(resolve(PUBLIC_DATA, file)))),
  );
  rows = Papa.parse<Record<string, string>>(csv, {
    header: true,
    skipEmptyLines: true,
  }).data;
}, 120_000);

describe(buildTidyExport, () => {
  it("starts with the documented header", () => {
    expect(csv.split("\n")[0]).toBe(TIDY_HEADER.join(","));
    expect(TIDY_HEADER.join(",")).toBe(
      "dataset_id,dataset_version,area_code,area_name,indicator_id,indicator_label,period,value,status,unit,source",
    );
  });

  it("has one row per observation of every observation dataset", () => {
    const manifest = JSON.parse(
      readFileSync(resolve(PUBLIC_DATA, "manifest.json"), "utf8"),
    ) as {
      datasets: { id: string; kind: string; versions: { file: string }[] }[];
    };
    let expected = 0;
    for (const d of manifest.datasets.filter(
      (d) => d.kind === "observations",
    )) {
      const file = d.versions.at(-1)?.file ?? "";
      const lines = readFileSync(resolve(PUBLIC_DATA, file), "utf8")
        .trim()
        .split("\n");
      expected +=
        Papa.parse(lines.join("\n"), { skipEmptyLines: true }).data.length - 1;
    }
    expect(rows).toHaveLength(expected);
  });

  it("writes plain machine numbers and keeps codes as text", () => {
    const botkyrka = rows.find(
      (r) => r.dataset_id === "stimulansmedel-2018" && r.area_code === "0127",
    );
    expect(botkyrka).toMatchObject({
      dataset_version: "1",
      area_name: "Botkyrka",
      indicator_id: "stimulansmedel",
      indicator_label: "Stimulansmedel till kommunen",
      period: "2018",
      value: "3174063",
      status: "reported",
      unit: "kr",
    });
    expect(botkyrka?.source).toContain("Bilaga 5");
    // One assertion over every row (360 000 with the national datasets), naming any offender.
    const plain = /^(-?\d+(\.\d+)?)?$/;
    expect(rows.filter((r) => !plain.test(r.value ?? ""))).toEqual([]);
  });

  it("leaves missing values empty, never 0", () => {
    const missing = rows.filter(
      (r) => r.status === "missing" || r.status === "range-only",
    );
    expect(missing.length).toBeGreaterThan(0);
    for (const r of missing) expect(r.value).toBe("");
  });

  it("names breakdowns in the indicator id and label", () => {
    const women = rows.find((r) => r.indicator_id === "kolada-n74811:k");
    expect(women?.indicator_label).toBe(
      "Långa sjukfall med psykiatrisk diagnos, andel (Kvinnor)",
    );
  });
});

describe("buildTidyExport: all of Sweden", () => {
  it("lists the national datasets like any other, with every county named", () => {
    const uppsala = rows.find(
      (r) => r.dataset_id === "kolada-sverige-n74811" && r.area_code === "03",
    );
    expect(uppsala).toMatchObject({
      dataset_version: "1",
      area_name: "Region Uppsala",
      indicator_id: "kolada-n74811",
    });
    expect(uppsala?.source).toMatch(/Kolada/);
    const malmo = rows.find(
      (r) => r.dataset_id === "kolada-sverige-n74811" && r.area_code === "1280",
    );
    expect(malmo?.area_name).toBe("Malmö");
    // The county's own rows keep the county's names.
    const county = rows.find(
      (r) => r.dataset_id === "kolada-psykisk-ohalsa" && r.area_code === "01",
    );
    expect(county?.area_name).toBe("Stockholms län");
  });
});
