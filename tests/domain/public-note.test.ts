import { describe, expect, it } from "vitest";

import { publicNote } from "@/domain/public-note";

describe("publicNote", () => {
  it.each([
    [
      "Raden 'Totalt beviljat' i planen (rad 3768).",
      "Raden 'Totalt beviljat' i planen.",
    ],
    ["Värde (seed 003 rad 2291–2293) enligt texten", "Värde enligt texten"],
    ["Summan (rad 598, 603) stämmer", "Summan stämmer"],
    ["Se texten (även rad 28, 247–248).", "Se texten."],
    ["Länet (seed 000 rad 57, kolumn Län)", "Länet"],
    [
      "Citat (rad 3776, meningen saknar verb i källan)",
      "Citat (meningen saknar verb i källan)",
    ],
    [
      "Samtliga medel har använts.' (rad 645; rad 671 skriver 'rekviderat').",
      "Samtliga medel har använts.'.",
    ],
  ])("drops the seed pointers of %j", (note, expected) => {
    expect(publicNote(note)).toBe(expected);
  });

  it.each([
    "Tabell 2, rad 4 i rapporten (kolumn Totalt)",
    "Andelen (7,2 %) gäller 2017",
    "Beloppet (rad för rad i bilagan) summeras",
    "",
  ])("keeps %j as it is", (note) => {
    expect(publicNote(note)).toBe(note);
  });
});
