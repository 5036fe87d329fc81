/** The builders of the national datasets: one per KPI, deterministic, every kommun grouped. */
import { describe, expect, it } from "vitest";

import {
  buildKoladaNational,
  buildNationalAreas,
} from "../../scripts/lib/builders/kolada-national";
import { buildKommungrupper } from "../../scripts/lib/builders/kommungrupper";

describe("national builders", () => {
  it("builds one observations dataset per Kolada KPI, covering Sweden, byte-identical twice", () => {
    const first = buildKoladaNational();
    expect(first).toHaveLength(27);
    for (const b of first) {
      expect(b.entry.id).toMatch(/^kolada-sverige-[nu]\d{5}$/);
      expect(b.entry.coverage).toBe("sweden");
      expect(b.indicators).toEqual([]); // the catalogue is unchanged
    }
    const again = buildKoladaNational();
    expect(again.map((b) => b.content)).toEqual(first.map((b) => b.content));
  }, 60_000);

  it("gives Riket the code 00 and keeps Kolada's gaps absent, never 0", () => {
    const built = buildKoladaNational().find(
      (b) => b.entry.id === "kolada-sverige-n74811",
    );
    const lines = built?.content.trim().split("\n") ?? [];
    expect(lines.some((l) => l.startsWith("00,kolada-n74811,,"))).toBe(true);
    expect(lines.some((l) => l.startsWith("0,"))).toBe(false);
    expect(lines.slice(1).every((l) => l.split(",")[4] !== "")).toBe(true);
  }, 60_000);

  it("builds the areas and the kommungrupper of all 290 kommuner", () => {
    const areas = JSON.parse(buildNationalAreas().content) as {
      areas: { code: string; kind: string }[];
    };
    expect(areas.areas).toHaveLength(312);
    const groups = JSON.parse(buildKommungrupper().content) as {
      groups: { code: string; name: { en: string } }[];
      members: { area: string; group: string }[];
    };
    expect(groups.members).toHaveLength(290);
    expect(groups.groups).toHaveLength(9);
    expect(groups.members.find((m) => m.area === "0180")?.group).toBe("A1");
    expect(groups.groups.every((g) => g.name.en !== "")).toBe(true);
  });
});
