/**
 * Kommunprofil's order for a decision-maker, with the real data: without a kommun the 26 to choose
 * from; with one the verdict on health and need first, then the facts, the charts, and the full
 * citations folded away behind "Källor".
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { plain, renderApp } from "../render";

async function botkyrkaLoaded(): Promise<HTMLElement> {
  const heading = await screen.findByRole(
    "heading",
    { level: 2, name: "Botkyrka i korthet" },
    { timeout: 10_000 },
  );
  const section = heading.closest("section");
  if (!section) throw new Error("no verdict section");
  return section;
}

describe("Kommunprofil without a kommun", () => {
  it("lists the 26 kommuner as links, alphabetically, and a click opens the profile", async () => {
    const user = userEvent.setup();
    renderApp("?view=profile");
    const heading = await screen.findByRole(
      "heading",
      { name: "Välj en kommun" },
      { timeout: 10_000 },
    );
    const grid = within(heading.closest("section") as HTMLElement).getByRole(
      "list",
    );
    const links = within(grid).getAllByRole("link");
    expect(links).toHaveLength(26);
    const names = links.map((a) => a.textContent);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "sv")));
    // Österåker sorts after Ö-less names in Swedish, not next to O.
    expect(names.at(-1)).toBe("Österåker");
    const botkyrka = within(grid).getByRole("link", { name: "Botkyrka" });
    expect(botkyrka.getAttribute("href")).toContain("kommuner=0127");
    await user.click(botkyrka);
    await waitFor(() => {
      expect(window.location.search).toBe("?view=profile&kommuner=0127");
    });
    expect(
      screen.getByRole("heading", { level: 1, name: "Kommunprofil: Botkyrka" }),
    ).toBeInTheDocument();
  });
});

describe("Kommunprofil with a kommun", () => {
  it("opens with the verdict on health and need, in words and symbols", async () => {
    renderApp("?view=profile&kommuner=0127");
    const verdict = plain((await botkyrkaLoaded()).textContent);
    // Diagnoses: 2 better, 1 worse, 1 similar; sick leave: 1 worse (Sjukpenningtal has no county value).
    expect(verdict).toContain(
      "Psykisk hälsa och sjukfrånvaro▼▼▲▲≈Botkyrka är sämre än länet på 2 av 5 indikatorer, bättre på 2 och ungefär som länet på 1.",
    );
    // Need: the four comparable need indicators are all worse; no "bättre på 0".
    expect(verdict).toContain(
      "Behov och riskfaktorer▼▼▼▼Botkyrka är sämre än länet på 4 av 4 indikatorer.",
    );
    const largest = screen.getByRole("heading", {
      name: "Störst skillnad mot länet",
    }).nextElementSibling;
    const items = within(largest as HTMLElement)
      .getAllByRole("listitem")
      .map((li) => plain(li.textContent));
    expect(items).toEqual([
      "▼ sämre Barn 0–19 år med låg ekonomisk standard: Botkyrka 22,0 %, länet 13,0 % (2022)",
      "▼ sämre Invånare med ekonomiskt bistånd: Botkyrka 2,8 %, länet 1,8 % (2022)",
      "▼ sämre Unga 16–24 år som varken arbetar eller studerar: Botkyrka 7,5 %, länet 5,8 % (2022)",
    ]);
  });

  it("puts the verdict before the facts and the charts, and the sources last, folded", async () => {
    renderApp("?view=profile&kommuner=0127");
    const verdict = await botkyrkaLoaded();
    const facts = document.querySelector(".profile-facts");
    const chart = document.querySelector(".spine-row");
    const follows = (a: Node, b: Node | null): boolean =>
      b !== null &&
      (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    expect(follows(verdict, facts)).toBe(true);
    expect(follows(facts as Node, chart)).toBe(true);
    // The facts no longer carry a citation each; the full citations are folded behind "Källor".
    expect(plain(facts?.textContent)).not.toContain("Källa:");
    const sources = document.querySelector("details.profile-sources");
    expect(sources).not.toBeNull();
    expect(sources?.hasAttribute("open")).toBe(false);
    expect(sources?.querySelector("summary")?.textContent).toBe("Källor");
    const refs = [...(sources?.querySelectorAll(".references li") ?? [])].map(
      (li) => plain(li.textContent),
    );
    expect(refs.length).toBeGreaterThan(10);
    // Each reference once; the Nulägesanalys's chapters share one.
    expect(new Set(refs).size).toBe(refs.length);
    expect(
      refs.filter((r) => r.includes("Nulägesanalys barn och unga:")),
    ).toHaveLength(1);
    expect(refs.join("\n")).toContain(
      "KPI N66077. Ursprunglig producent: SCB. https://api.kolada.se/v2/kpi/N66077",
    );
    expect(plain(sources?.textContent)).toMatch(
      /Dataversioner: .*kolada-behov v1/,
    );
  });

  it("shows no seed pointers in the notes of the gaps and statements", async () => {
    renderApp("?view=profile&kommuner=0127");
    await botkyrkaLoaded();
    const lists = [
      ...document.querySelectorAll(".profile-gaps, .profile-statements"),
    ]
      .map((l) => plain(l.textContent))
      .join("\n");
    expect(lists).toContain("Samtliga medel har använts.");
    expect(lists).not.toMatch(/\(rad \d|seed \d/);
  });
});
