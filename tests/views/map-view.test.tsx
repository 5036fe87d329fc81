/** Karta rendered with the real providers and the real public/data files. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { plain, renderApp } from "../render";

const tiles = (): HTMLButtonElement[] => [
  ...document.querySelectorAll<HTMLButtonElement>(".tile-map__tile"),
];
const tile = (code: string): HTMLButtonElement | undefined =>
  tiles().find((t) => t.dataset.code === code);

describe("Karta, as tiles (layout=tiles)", () => {
  it("opens on children with low economic standard, latest year, 26 tiles with source and version", async () => {
    renderApp("?view=map&layout=tiles");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Karta" }),
    ).toBeInTheDocument();
    await waitFor(() => {
      expect(tiles()).toHaveLength(26);
    });
    expect(plain(screen.getByRole("heading", { level: 2 }).textContent)).toBe(
      "Barn 0–19 år med låg ekonomisk standard 2022",
    );
    expect(screen.getByText("Värde för 26 av 26 kommuner")).toBeInTheDocument();
    expect(
      plain(document.querySelector(".chart-frame__summary")?.textContent),
    ).toBe(
      "Högst är Botkyrka, Sigtuna och Södertälje med 22,0 % och lägst Täby med 4,0 %; länets värde är 13,0 %.",
    );
    expect(
      document.querySelector(".chart-frame__source")?.textContent,
    ).toContain("Dataversion kolada-behov v1");
    // Every tile is a button named by kommun, value and group; one tab stop for the map.
    const botkyrka = tile("0127");
    expect(plain(botkyrka?.getAttribute("aria-label"))).toMatch(
      /^Botkyrka: 22,0 %, 22,0 % \(grupp 5 av 5, sämst\)$/,
    );
    expect(tiles().filter((t) => t.tabIndex === 0)).toHaveLength(1);
    expect(plain(botkyrka?.textContent)).toContain("22,0 %");
    const legend = screen.getByRole("region", { name: "Förklaring" });
    expect(within(legend).getByText(/Uppgift saknas/)).toBeInTheDocument();
    expect(
      within(legend).getByText(
        /Mörkast där det är sämst: högre värde är sämre/,
      ),
    ).toBeInTheDocument();
    // The map is named by its title and described by the summary and the keys it answers to.
    expect(
      screen.getByRole("group", {
        name: "Barn 0–19 år med låg ekonomisk standard 2022",
      }),
    ).toHaveAccessibleDescription(
      /^Högst är Botkyrka, Sigtuna och Södertälje .* Piltangenterna flyttar mellan kommunerna.*Enter öppnar kommunprofilen\. T visar tabellen med samma siffror\.$/,
    );
  });

  it("switches to the diverging scale around the county value and puts it in the URL", async () => {
    const user = userEvent.setup();
    renderApp("?view=map&layout=tiles&kommuner=0127");
    await waitFor(() => {
      expect(tiles()).toHaveLength(26);
    });
    expect(tile("0127")?.className).toContain("tile-map__tile--selected");
    expect(tile("0127")?.getAttribute("aria-label")).toContain("markerad");
    await user.click(screen.getByRole("radio", { name: "Jämfört med länet" }));
    await waitFor(() => {
      expect(window.location.search).toContain("scale=diverging");
    });
    // Higher is worse: Botkyrka (22 %, county 13 %) is far above, on the orange side.
    const label = plain(tile("0127")?.getAttribute("aria-label"));
    expect(label).toContain("över 18,0 %, mycket högre än länet (sämre)");
    expect(tile("0127")?.style.background).toBe("rgb(179, 88, 6)");
    expect(plain(tile("0180")?.getAttribute("aria-label"))).toContain(
      "13,0 %, som länet",
    );
  });

  it("Enter or a click on a tile opens the Kommunprofil with that kommun first", async () => {
    const user = userEvent.setup();
    renderApp("?view=map&layout=tiles&kommuner=0180");
    await waitFor(() => {
      expect(tiles()).toHaveLength(26);
    });
    const stockholm = tile("0180");
    stockholm?.focus();
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(tile("0126"));
    await user.keyboard("{Enter}");
    await waitFor(() => {
      expect(window.location.search).toContain("view=profile");
    });
    expect(new URLSearchParams(window.location.search).get("kommuner")).toBe(
      "0126,0180",
    );
  });

  it("lists kommuner without a value with the reason, hatched, and shows the same numbers in a table", async () => {
    const user = userEvent.setup();
    renderApp("?view=map&layout=tiles&indicator=barn-ekonomiskt-utsatta");
    await waitFor(() => {
      expect(tiles()).toHaveLength(26);
    });
    expect(screen.getByText("Värde för 4 av 26 kommuner")).toBeInTheDocument();
    expect(document.querySelectorAll(".tile-map__tile--missing")).toHaveLength(
      22,
    );
    expect(plain(tile("0127")?.getAttribute("aria-label"))).toMatch(
      /^Botkyrka: 11,9 %/,
    );
    expect(tile("0180")?.getAttribute("aria-label")).toMatch(
      /^Stockholm: uppgift saknas, /,
    );
    const list = screen.getByRole("region", {
      name: "Kommuner utan värde (22)",
    });
    expect(within(list).getAllByRole("listitem")).toHaveLength(22);
    await user.click(screen.getByRole("button", { name: "Visa tabell" }));
    const table = await screen.findByRole("table");
    const row = within(table).getByRole("row", { name: /Botkyrka/ });
    expect(plain(row.textContent)).toContain("11,9 %");
    expect(window.location.search).toContain("table=1");
  });

  it("uses the note of range-only values as the reason", async () => {
    renderApp("?view=map&layout=tiles&indicator=psykiatrisk-diagnos-0-17");
    await waitFor(() => {
      expect(tiles()).toHaveLength(26);
    });
    expect(document.querySelectorAll(".tile-map__tile--missing")).toHaveLength(
      26,
    );
    expect(plain(tile("0127")?.getAttribute("aria-label"))).toContain(
      "3,5–7,2 %, bara intervall i källan: Uppgift saknas i källan",
    );
  });

  it("shows per-inhabitant stimulus funds as beräknat", async () => {
    renderApp(
      "?view=map&layout=tiles&indicator=stimulansmedel&mode=per-capita",
    );
    await waitFor(() => {
      expect(tiles()).toHaveLength(26);
    });
    expect(tile("0127")?.getAttribute("aria-label")).toContain("beräknat");
  });

  it("falls back from an unknown indicator with a notice", async () => {
    renderApp("?view=map&layout=tiles&indicator=nope");
    await waitFor(() => {
      expect(tiles()).toHaveLength(26);
    });
    expect(screen.getByText(/nope/)).toBeInTheDocument();
  });
});
