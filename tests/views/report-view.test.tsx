/** Kommunrapport rendered with the real providers and data: what a politician gets on paper. */
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { plain, renderApp } from "../render";

async function reportLoaded(): Promise<HTMLElement> {
  await screen.findByRole(
    "heading",
    { level: 1, name: "Kommunrapport: Botkyrka" },
    { timeout: 10_000 },
  );
  const report = document.querySelector<HTMLElement>("article.report");
  if (!report) throw new Error("no report");
  return report;
}

describe("Kommunrapport", () => {
  it("starts with the kommun, the data's date and the verdict, funding in one line", async () => {
    renderApp("?view=report&kommuner=0127");
    const report = await reportLoaded();
    const cover = plain(report.querySelector(".report__cover")?.textContent);
    expect(cover).toMatch(
      /Uppgifter till och med 2022 · dataversioner publicerade senast \d+ \w+ \d{4}/,
    );
    expect(cover).toContain(
      "Botkyrka är sämre än länet på 4 av 4 indikatorer.",
    );
    expect(cover).toMatch(
      /Stimulansmedel 2018: 3 174 063 kr, 34,64 kr per invånare \(beräknat\) \[\d+\]/,
    );
  });

  it("prints compact tables: references instead of a Källa column, no difference column", async () => {
    renderApp("?view=report&kommuner=0127");
    const report = await reportLoaded();
    const tables = within(report).getAllByRole("table");
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) {
      const headers = within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent);
      expect(headers).toEqual([
        "Indikator",
        "År",
        "Botkyrka",
        "Länet",
        "Jämfört med länet",
        "Plats (1 = högst värde)",
        "Lägst–högst i länet",
      ]);
      for (const th of within(table).getAllByRole("rowheader"))
        expect(th.textContent).toMatch(/ \[\d+\]$/);
    }
  });

  it("lists each source once, numbered, with the versions in one line and no hashes or seed pointers", async () => {
    renderApp("?view=report&kommuner=0127");
    const report = await reportLoaded();
    const sources = report.querySelector(".report__sources");
    const refs = [...(sources?.querySelectorAll("ol.references > li") ?? [])];
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.map((li) => li.getAttribute("value"))).toEqual(
      refs.map((_, i) => String(i + 1)),
    );
    const texts = refs.map((li) => plain(li.textContent));
    expect(new Set(texts).size).toBe(texts.length);
    // Every [n] the report cites is in the list.
    const cited = new Set(
      [...plain(report.textContent).matchAll(/\[(\d+)\]/g)].map((m) =>
        Number(m[1]),
      ),
    );
    expect(Math.max(...cited)).toBe(refs.length);
    expect(sources?.querySelectorAll(".versions-line")).toHaveLength(1);
    expect(plain(sources?.textContent)).toMatch(
      /Dataversioner: .*indikatorer v\d+.*kommuner v1/,
    );
    const all = plain(report.textContent);
    expect(all).not.toMatch(
      /SHA-256|seed \d|\(rad \d|reference\/|kommun-facts\.csv/,
    );
  });

  it("names the kommun and the page numbers in the page margins while it is shown", async () => {
    const { unmount } = renderApp("?view=report&kommuner=0127");
    await reportLoaded();
    const root = document.documentElement.style;
    expect(root.getPropertyValue("--report-running-head")).toBe(
      '"Kommunrapport: Botkyrka"',
    );
    expect(root.getPropertyValue("--report-page")).toBe('"sida "');
    expect(root.getPropertyValue("--report-of")).toBe('" av "');
    unmount();
    expect(root.getPropertyValue("--report-running-head")).toBe("");
  });

  it("asks for a kommun when none is given", async () => {
    renderApp("?view=report");
    expect(
      await screen.findByText(/Välj en kommun i Kommunprofilen/, undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(
      document.documentElement.style.getPropertyValue("--report-running-head"),
    ).toBe("");
  });
});
