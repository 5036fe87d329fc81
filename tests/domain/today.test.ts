import { describe, expect, it } from "vitest";

import { today } from "@/domain/today";

describe(today, () => {
  it.each([
    [new Date(2024, 0, 2, 0, 30), "2024-01-02"],
    [new Date(2023, 11, 31, 23, 59), "2023-12-31"],
    [new Date(2025, 8, 9, 12), "2025-09-09"],
  ])("gives %s as the user's calendar day %s", (now, day) => {
    expect(today(now)).toBe(day);
  });

  it("is today when given nothing", () => {
    const now = new Date();
    expect(today()).toBe(today(now));
  });
});
