import { describe, expect, it } from "vitest";

import { publicLocator } from "@/data/citation";

describe(publicLocator, () => {
  it.each([
    ["Tabell 2, rad 4 · seed 002 rad 310", "Tabell 2, rad 4"],
    [
      "Avsnittet Psykiatriska diagnoser (barn och unga), text till Figur 3 · seed 003 rad 1627–1631",
      "Avsnittet Psykiatriska diagnoser (barn och unga), text till Figur 3",
    ],
    ["reference/kommun-facts.csv", ""],
    ["seed 003 rad 3159", ""],
    ["", ""],
    ["Ärende 12, enkät fråga 3", "Ärende 12, enkät fråga 3"],
  ])("%j → %j (never the project's own files)", (locator, shown) => {
    expect(publicLocator(locator)).toBe(shown);
  });
});
