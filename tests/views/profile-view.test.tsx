/** Kommunprofil rendered with the real providers and the real public/data files. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { plain, renderApp } from "../render";
import { serveData } from "../setup";

const text = (): string => plain(document.body.textContent);

async function botkyrkaLoaded(): Promise<void> {
  await screen.findByRole(
    "heading",
    { level: 2, name: "Botkyrka i korthet" },
    { timeout: 10_000 },
  );
}

describe("Kommunprofil", () => {
  it("shows Botkyrka's stimulus funds, population and kr per inhabitant marked beräknat", async () => {
    renderApp("?view=profile&kommuner=0127");
    await botkyrkaLoaded();
    expect(
      screen.getByRole("heading", { level: 1, name: "Kommunprofil: Botkyrka" }),
    ).toBeInTheDocument();
    const facts = plain(document.querySelector(".profile-facts")?.textContent);
    expect(facts).toContain("3 174 063 kr");
    expect(facts).toContain("34,64 kr");
    expect(facts).toContain("beräknat");
    // Bilaga 5's population table gives no reference date, and it is not SCB's 31 December 2017.
    expect(facts).toContain(
      "3 174 063 kr / 91 631 invånare (folkmängd 2017 (enligt Bilaga 5:s underlag))",
    );
    expect(facts).toContain("Folkmängd 2017 (enligt Bilaga 5:s underlag)");
    expect(facts).not.toContain("31 dec 2017");
    expect(facts).toContain("91 631");
    // Kolada's N01951 is the year-end figure ("den 31/12").
    expect(facts).toContain("Folkmängd 31 dec 2022 (Kolada, SCB)");
    expect(facts).toContain("95 383");
    expect(
      plain(document.querySelector(".chart-frame__source")?.textContent),
    ).toContain("Dataversion");
  });

  it("has Kolada indicator rows with value, county, rank and a verdict in words", async () => {
    renderApp("?view=profile&kommuner=0127");
    await botkyrkaLoaded();
    const rows = [...document.querySelectorAll(".spine-row")];
    expect(rows.length).toBeGreaterThan(10);
    const poverty = rows.find((r) =>
      r.textContent.includes("Barn 0–19 år med låg ekonomisk standard"),
    );
    expect(poverty).toBeDefined();
    const row = plain(poverty?.textContent);
    expect(row).toContain("Botkyrka 22,0 %");
    expect(row).toContain("Länet 13,0 %");
    expect(row).toContain("skillnad +9,0 procentenheter");
    expect(row).toMatch(/plats \d+ av 26/);
    expect(row).toContain("▼ sämre");
    expect(row).toContain("Kolada (RKA), KPI N66077");
    const img = poverty?.querySelector("svg[role='img']");
    expect(plain(img?.getAttribute("aria-label"))).toContain(
      "Botkyrka: sämre än länet.",
    );
    expect(poverty?.querySelector("circle")?.getAttribute("fill")).toBe(
      "#b34000",
    );
    expect(text()).toContain("högst 5,0 % ifrån");
  });

  it("lists range-only and missing indicators with the reason, never a made-up value", async () => {
    renderApp("?view=profile&kommuner=0127");
    await botkyrkaLoaded();
    const gaps = plain(document.querySelector(".profile-gaps")?.textContent);
    expect(gaps).toContain(
      "Andel barn 0–17 år med psykiatrisk diagnos (2017): 3,5–7,2 % (källan anger bara spannet)",
    );
    expect(gaps).toContain("Andel unga 18–24 år med psykiatrisk diagnos");
  });

  it("shows what the sources say about Botkyrka, with the source", async () => {
    renderApp("?view=profile&kommuner=0127");
    await botkyrkaLoaded();
    const section = screen
      .getByRole("heading", { name: "Vad källorna säger om Botkyrka" })
      .closest("section");
    if (!section) throw new Error("no statements section");
    const items = within(section).getAllByRole("listitem");
    const school = items.find((li) =>
      li.textContent.includes("inte är behöriga till gymnasiet"),
    );
    expect(plain(school?.textContent)).toContain("(2017): 18,5 %");
    expect(plain(school?.textContent)).toContain(
      "Analys och handlingsplaner för Stockholms län 2018",
    );
    expect(plain(school?.textContent)).not.toMatch(/seed \d/);
    const poor = items.find((li) =>
      li.textContent.includes("ekonomiskt utsatta hushåll"),
    );
    expect(plain(poor?.textContent)).toContain("11,9 %");
  });

  it("shows the table of the same numbers, with caption and header cells", async () => {
    const user = userEvent.setup();
    renderApp("?view=profile&kommuner=0127");
    await botkyrkaLoaded();
    await user.click(screen.getByRole("button", { name: "Visa tabell" }));
    await waitFor(() => {
      expect(window.location.search).toContain("table=1");
    });
    const tables = screen.getAllByRole("table");
    expect(tables.length).toBeGreaterThan(0);
    const caption = tables[0]?.querySelector("caption");
    expect(plain(caption?.textContent)).toContain("Botkyrka jämfört med länet");
    expect(
      within(tables[0] as HTMLElement).getByRole("columnheader", {
        name: "Plats (1 = högst värde)",
      }),
    ).toBeInTheDocument();
    expect(text()).toMatch(/plats \d+ av 26/);
  });

  it("keeps the other selected kommuner after the chosen one", async () => {
    const user = userEvent.setup();
    renderApp("?view=profile&kommuner=0127,0180");
    await botkyrkaLoaded();
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Välj kommun" }),
      "0180",
    );
    await waitFor(() => {
      expect(window.location.search).toBe("?view=profile&kommuner=0180,0127");
    });
  });

  it("falls back with a notice for an unknown kommun code", async () => {
    renderApp("?view=profile&kommuner=9999,0127");
    await botkyrkaLoaded();
    expect(text()).toContain('Kommunkoden "9999" finns inte i Stockholms län');
  });

  it("shows an error for a failed dataset and the rest of the profile", async () => {
    serveData({
      "kolada-behov.v1.csv": () => new Response("nope", { status: 404 }),
    });
    renderApp("?view=profile&kommuner=0127");
    await botkyrkaLoaded();
    expect(text()).toContain("Datasetet kolada-behov kunde inte läsas");
    expect(
      plain(document.querySelector(".profile-facts")?.textContent),
    ).toContain("3 174 063 kr");
    expect(text()).toContain("Långa sjukfall med psykiatrisk diagnos");
  });

  it("speaks English too", async () => {
    renderApp("?view=profile&kommuner=0127&lang=en");
    await screen.findByRole(
      "heading",
      { level: 2, name: "Botkyrka at a glance" },
      { timeout: 10_000 },
    );
    expect(text()).toContain("SEK 34.64");
    expect(text()).toContain("What the sources say about Botkyrka");
    expect(text()).toMatch(/rank \d+ of 26/);
    expect(text()).not.toMatch(/place \d+ of/);
    expect(text()).not.toContain("profile.");
  });

  it("shows the county's access measures for children and young people, saying there are none for the kommun", async () => {
    renderApp("?view=profile&kommuner=0127");
    const section = await screen.findByRole("region", {
      name: "Tillgång till vård för barn och unga i länet",
    });
    await waitFor(() => {
      expect(plain(section.textContent)).toContain("91 %");
    });
    const text = plain(section.textContent);
    expect(text).toContain("inga värden för Botkyrka");
    expect(text).toContain("de första sju månaderna 2018");
    expect(text).toContain("(år anges inte i källan, publicerad 2018)");
    expect(text).not.toMatch(/seed \d/);
  });
});
