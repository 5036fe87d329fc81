import { describe, expect, it } from "vitest";

import { titleSuggestions } from "@/views/presentation/title-suggestions";

describe("titleSuggestions", () => {
  it("offers each sentence, and the clauses of a long one, as titles", () => {
    const notes =
      "Alla 26 kommuner har 34,64 kr; länets kommuner har i genomsnitt 34,64 kr. Botkyrka fick 3 174 063 kr 2018, 34,64 kr per invånare (beräknat).";
    expect(titleSuggestions(notes, "")).toEqual([
      "Alla 26 kommuner har 34,64 kr; länets kommuner har i genomsnitt 34,64 kr",
      "Alla 26 kommuner har 34,64 kr",
      "Länets kommuner har i genomsnitt 34,64 kr",
      "Botkyrka fick 3 174 063 kr 2018, 34,64 kr per invånare (beräknat)",
    ]);
  });

  it("does not split at decimal commas, abbreviations or a number's point", () => {
    expect(
      titleSuggestions(
        "Övriga kostnader (t.ex. analyskostnader) ökade till 3.5 mnkr. Sedan föll de.",
        "",
      ),
    ).toEqual([
      "Övriga kostnader (t.ex. analyskostnader) ökade till 3.5 mnkr",
      "Sedan föll de",
    ]);
  });

  it("leaves out the current title, repeats, fragments and paragraphs", () => {
    const long = `Lång ${"mening ".repeat(30)}slut.`;
    expect(
      titleSuggestions(
        `Kort. Stockholm fick mest. Stockholm fick mest. ${long}`,
        "Stockholm fick mest",
      ),
    ).toEqual([]);
  });

  it("offers at most five", () => {
    const notes = Array.from(
      { length: 8 },
      (_, i) => `Mening nummer ${i + 1}.`,
    ).join(" ");
    expect(titleSuggestions(notes, "")).toHaveLength(5);
  });
});
