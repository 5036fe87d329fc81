/** The import's list of Sweden's kommuner and län against the reference it was made from. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { SWEDISH_KOMMUNER, SWEDISH_LAN } from "@/data/import/sweden-areas";

const AREAS = resolve(
  import.meta.dirname,
  "../../../../shared/reference/kolada-national/areas.csv",
);

describe("sweden-areas", () => {
  const rows = readFileSync(AREAS, "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(","));

  it("has every kommun of the reference with its name and län, and no other", () => {
    const reference = rows
      .filter((r) => r[2] === "kommun")
      .map((r) => [r[0], r[1], r[3]]);
    expect(reference).toHaveLength(290);
    expect([...SWEDISH_KOMMUNER].map((k) => [...k]).sort()).toEqual(
      reference.sort(),
    );
  });

  it("has the 21 län with the codes of the reference", () => {
    const codes = rows.filter((r) => r[2] === "region").map((r) => r[0]);
    expect(SWEDISH_LAN.map(([code]) => code)).toEqual(codes);
  });
});
