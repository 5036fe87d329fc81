/**
 * The statements Finansiering cites without an observation: their sources are the
 * `overenskommelser` dataset's, the UI's part of the locator names no internal file or line, and
 * the internal part stays for checking against the transcription.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { publicLocator } from "@/data/citation";
import { DISTRIBUTION_RULES } from "@/data/source-statements";
import type { Manifest } from "@/data/schemas/manifest";

import { PUBLIC_DATA } from "../setup";

const manifest = JSON.parse(
  readFileSync(resolve(PUBLIC_DATA, "manifest.json"), "utf8"),
) as Manifest;

describe("DISTRIBUTION_RULES", () => {
  const rules = Object.values(DISTRIBUTION_RULES);

  it("cite sources of the overenskommelser dataset", () => {
    const sources = manifest.datasets
      .find((d) => d.id === "overenskommelser")
      ?.sources.map((s) => s.id);
    for (const rule of rules) expect(sources).toContain(rule.sourceId);
  });

  it("show only the publication's place, keeping the seed line for the checks", () => {
    expect(publicLocator(DISTRIBUTION_RULES.population.locator)).toBe(
      "Inledning, avsnittet om överenskommelsen för 2018",
    );
    expect(publicLocator(DISTRIBUTION_RULES.youth.locator)).toBe(
      "Tabell 1, bildtext",
    );
    for (const rule of rules)
      expect(rule.locator).toMatch(/ · seed \d{3} rad /);
  });
});
