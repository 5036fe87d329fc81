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
    });
    const text = cards().join(" | ");
    expect(text).toContain("352 mnkr");
    expect(text).toContain("2018: 307,6 mnkr · 2020: 369 mnkr");
    expect(text).toContain("79,8 mnkr");
    expect(text).toContain("79 789 498 kr");
    expect(text).toContain(
      "34,64 kr per invånare (beräknat: 79 789 498 kr delat med länets 2 303 417 invånare 2017)",
    );
    expect(text).toContain("5,6 %");
    expect(text).toContain("3,5–7,2 %");
    expect(text).toContain("cirka 320");
    // The source gives no year for either figure: never a bare year that looks measured.
    expect(text).toContain("(år anges inte i källan, publicerad 2023)");
    expect(text).toContain(
      "Familjecentraler i länet (år anges inte i källan, publicerad 2023)",
    );
    expect(text).not.toContain("Familjecentraler i länet 2023");
    expect(text).toContain(
      "Handlingsplan 2023, Uppdrag Psykisk Hälsa Stockholms län, 3.6",
    );
    expect(text).toContain("37");
    expect(text).toContain("i 18 kommuner");
    expect(text).toContain("Kolada (RKA), KPI N74811; Försäkringskassan");
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

  it("lists the dataset versions in use with their dates", async () => {
    renderApp();
    const versions = await screen.findByRole("region", {
      name: "Dataversioner som används",
    });
    const row = await within(versions).findByRole("row", {
      name: /stimulansmedel-2018/,
    });
    expect(plain(row.textContent)).toContain("v1");
    expect(plain(row.textContent)).toContain("23 nov 2026");
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
