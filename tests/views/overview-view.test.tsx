/** Översikt, the start page, rendered with the real providers and the real public/data files. */
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { plain, renderApp } from "../render";
import { serveData } from "../setup";

const cards = () =>
  [...document.querySelectorAll(".figure-card")].map((c) =>
    plain(c.textContent),
  );

describe("Översikt", () => {
  it("is the start page, with the county's key figures and their sources", async () => {
    renderApp();
    expect(
      await screen.findByRole("heading", { level: 1, name: "Översikt" }),
    ).toBeInTheDocument();
    await waitFor(() => {
      expect(document.querySelectorAll(".figure-card--loading")).toHaveLength(
        0,
      );
      expect(document.querySelectorAll(".figure-card")).toHaveLength(6);
      // The per-inhabitant line follows when the population file has arrived.
      expect(cards().join(" ")).toContain("34,64 kr per invånare");
    });
    const text = cards().join(" | ");
    expect(text).toContain("352 mnkr");
    expect(text).toContain("Minskning med 17 mnkr sedan 2020 (369 mnkr)");
    expect(text).toContain("79,8 mnkr");
    expect(text).toContain("79 789 498 kr");
    expect(text).toContain(
      "34,64 kr per invånare (beräknat: 79 789 498 kr delat med länets 2 303 417 invånare 2017)",
    );
    expect(text).toContain("5,6 %");
    expect(text).toContain("3,5–7,2 %");
    expect(text).toContain("cirka 320");
    // The source gives no year for either figure: never a bare year that looks measured.
    const family = cards().find((c) => c.includes("Familjecentraler")) ?? "";
    const suicide = cards().find((c) => c.includes("tar sitt liv")) ?? "";
    for (const card of [family, suicide])
      expect(card).toMatch(/^År anges inte i källan \(publicerad 2023\)/);
    // The bars under the family centres say "publ.", not a bare measured-looking year.
    expect(family).toContain("publ. 2021publ. 2023");
    expect(family).not.toMatch(/Avser 2023|sedan 2021/);
    expect(text).toContain(
      "Handlingsplan 2023, Uppdrag Psykisk Hälsa Stockholms län, 3.6",
    );
    expect(text).toContain("37");
    expect(text).toContain("i 18 kommuner");
    expect(text).toContain("Kolada (RKA), KPI N74811; Försäkringskassan");
  });

  it("states one year per card, compares with Sweden and the previous year in words, and says when there is no comparison", async () => {
    renderApp();
    await waitFor(() => {
      expect(document.querySelectorAll(".figure-card__value")).toHaveLength(6);
    });
    const byLabel = (label: string) =>
      cards().find((c) => c.includes(label)) ?? "";
    const sickLeave = byLabel("långa sjukfall");
    expect(sickLeave).toMatch(/^Avser 202250,3 %/);
    expect(sickLeave).toContain(
      "0,8 procentenheter högre än riket (49,5 %) liten skillnad",
    );
    expect(sickLeave).toContain(
      "Ökning med 0,2 procentenheter sedan 2021 (50,1 %) liten skillnad",
    );
    expect(byLabel("Familjecentraler")).toContain(
      "Ökning med 9 jämfört med källan från 2021 (28)",
    );
    // Neutral indicators get no better/worse word.
    expect(byLabel("överenskommelsen")).not.toMatch(/bättre|sämre|skillnad/);
    for (const label of ["Barn 0–17", "tar sitt liv", "Stimulans"])
      expect(byLabel(label)).toContain(
        "Ingen jämförelse: datan har bara ett värde.",
      );
    const visuals = screen
      .getAllByRole("img")
      .map((img) => plain(img.getAttribute("aria-label")));
    expect(visuals).toEqual(
      expect.arrayContaining([
        "Länet över åren, från 2005: 35,5 % till 2022: 50,3 %.",
        "Kommunerna mellan 3,5 % och 7,2 %, länet 5,6 %.",
        "Länet: 2018: 307,6 mnkr, 2020: 369 mnkr, 2023: 352 mnkr.",
        "Länet: publ. 2021: 28, publ. 2023: 37.",
      ]),
    );
  });

  it("leads from each theme to its views", async () => {
    renderApp();
    const themes = await screen.findByRole("region", { name: "Teman" });
    const link = within(themes).getByRole("link", { name: /långa sjukfall/ });
    expect(link).toHaveAttribute(
      "href",
      expect.stringContaining("view=compare&indicator=kolada-n74811"),
    );
    expect(within(themes).getByRole("link", { name: "Karta" })).toHaveAttribute(
      "href",
      expect.stringContaining("view=map"),
    );
  });

  it("promises only what the data holds in the theme texts", async () => {
    renderApp();
    const themes = await screen.findByRole("region", { name: "Teman" });
    const text = plain(themes.textContent);
    // Per-kommun diagnosis shares exist only as county values and ranges; no access measure exists.
    expect(text).not.toContain("i varje kommun");
    expect(text).not.toContain("var stödet inte räcker");
    expect(text).toContain("Per kommun finns inget mått på om stödet räcker");
    expect(text).toContain("BUP inom 30 dagar");
    expect(text).toContain("sjukdagar av alla orsaker");
  });

  it("says in one line how many datasets there are and links to Data och källor", async () => {
    renderApp();
    const link = await screen.findByRole("link", {
      name: "se Data och källor",
    });
    expect(link).toHaveAttribute(
      "href",
      expect.stringContaining("view=sources"),
    );
    expect(plain(link.closest("p")?.textContent)).toMatch(
      /^Data: \d+ dataset, senast uppdaterat \d+ \w+ \d{4} – se Data och källor$/,
    );
    expect(
      screen.queryByRole("region", { name: "Dataversioner som används" }),
    ).toBeNull();
  });

  it("a broken dataset costs one card, not the page", async () => {
    serveData({
      "lansfakta.v1.csv": () => new Response("not found", { status: 404 }),
    });
    renderApp();
    await waitFor(() => {
      expect(screen.getAllByRole("alert").length).toBeGreaterThan(0);
      expect(cards().join(" ")).toContain("79,8 mnkr");
    });
  });
});
