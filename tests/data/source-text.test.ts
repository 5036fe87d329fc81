/**
 * The manifest's licences and Swedish source notes have their English (source-translations.ts),
 * and citations name the original producer in the UI language.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { citeSource, fullCitation, sourceText } from "@/data/citation";
import type { Source } from "@/data/schemas/manifest";
import { SOURCE_TRANSLATIONS } from "@/data/source-translations";

import { PUBLIC_DATA } from "../setup";

interface RawManifest {
  readonly datasets: readonly {
    readonly licence: string;
    readonly sources: readonly Source[];
  }[];
}

const manifest = JSON.parse(
  readFileSync(resolve(PUBLIC_DATA, "manifest.json"), "utf8"),
) as RawManifest;

const kolada: Source = {
  id: "k",
  title: "Kolada",
  publisher: "RKA",
  year: 2024,
  section: "KPI N01951",
  producer: "SCB",
};

describe("source texts in English", () => {
  it("every licence of the manifest has its English", () => {
    const missing = manifest.datasets
      .map((d) => d.licence)
      .filter((l) => !Object.hasOwn(SOURCE_TRANSLATIONS, l));
    expect(missing).toEqual([]);
  });

  it("every Swedish source note has its English (a note already in English needs none)", () => {
    const missing = manifest.datasets
      .flatMap((d) => d.sources.map((s) => s.note ?? ""))
      .filter((n) => /[åäö]/i.test(n) && !/^(?:column|secondary)/.test(n))
      .filter((n) => !Object.hasOwn(SOURCE_TRANSLATIONS, n));
    expect(missing).toEqual([]);
  });

  it("translates a descriptive section and keeps a source's own heading", () => {
    expect(sourceText("Kolumnen Folkmängd").en).toBe(
      "Column 'Folkmängd' (population)",
    );
    expect(sourceText("Bilaga 5. Fördelning").en).toBe("Bilaga 5. Fördelning");
    expect(sourceText("toString").en).toBe("toString");
  });

  it("names the original producer in the UI language", () => {
    expect(fullCitation(kolada, "en", false)).toBe(
      "Kolada. RKA. 2024. KPI N01951. original producer: SCB",
    );
    expect(fullCitation(kolada, "sv", false)).toBe(
      "Kolada. RKA. 2024. KPI N01951. ursprunglig producent: SCB",
    );
    expect(citeSource({ ...kolada, section: "Kolumnen Folkmängd" }, "en")).toBe(
      "Kolada, Column 'Folkmängd' (population); SCB",
    );
  });
});
