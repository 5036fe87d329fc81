import { describe, expect, it } from "vitest";

import { areaNameEn } from "@/i18n/import/en/areas";

describe("areaNameEn", () => {
  it.each([
    ["Riket", "Sweden"],
    ["Stockholms län", "Stockholm County"],
    ["Uppsala län", "Uppsala County"],
    ["Västra Götalands län", "Västra Götaland County"],
    ["Botkyrka", "Botkyrka"],
  ])("%s → %s", (sv, en) => {
    expect(areaNameEn(sv)).toBe(en);
  });
});
