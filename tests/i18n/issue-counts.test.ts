import { describe, expect, it } from "vitest";

import { fixedT, loadLocale } from "@/i18n/i18n";
import "@/i18n/views/import";

describe("the import report's issue counts", () => {
  it.each([
    ["en", 1, "1 warning"],
    ["en", 2, "2 warnings"],
    ["sv", 1, "1 varning"],
    ["sv", 3, "3 varningar"],
  ] as const)("%s, %d → %s", async (locale, count, expected) => {
    await loadLocale(locale);
    expect(
      fixedT(locale)("importView.issueWarnings", {
        count,
        value: String(count),
      }),
    ).toBe(expected);
  });
});
