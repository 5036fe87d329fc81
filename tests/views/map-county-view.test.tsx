/**
 * Karta's default, the county map, rendered with the real providers and the real public/data
 * files: every kommun one named point (the inner ones in the inset), the colours by polarity,
 * missing values hatched, the tile map's keyboard route, and the switch to tiles in the URL.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { SEQUENTIAL_COLORS } from "@/charts/series/map-colors";
import { INSET_CODES } from "@/domain/map-inset";

import { plain, renderApp } from "../render";

const points = (): SVGGElement[] => [
  ...document.querySelectorAll<SVGGElement>(".county-map [data-chart-point]"),
];
const point = (code: string): SVGGElement | undefined =>
  points().find((p) => p.dataset.code === code);
const fillOf = (code: string): string | null | undefined =>
  point(code)?.querySelector("path")?.getAttribute("fill");
const labelText = (code: string): string =>
  plain(document.querySelector(`[data-label="${code}"]`)?.textContent);

async function openMap(search: string): Promise<void> {
  renderApp(search);
  await waitFor(() => {
    expect(points()).toHaveLength(26);
  });
}

describe("Karta, the county map (default)", () => {
  it("draws the 26 kommuner, each one named point, the inner ones in the inset", async () => {
    await openMap("?view=map");
    expect(document.querySelectorAll(".tile-map__tile")).toHaveLength(0);
    const codes = points().map((p) => p.dataset.code);
    expect(new Set(codes).size).toBe(26);
    const inset = [
      ...document.querySelectorAll<SVGGElement>(
        ".county-map--inset [data-chart-point]",
      ),
    ].map((p) => p.dataset.code);
    expect(inset.sort()).toEqual([...INSET_CODES].sort());
    expect(plain(point("0184")?.getAttribute("aria-label"))).toBe(
      "Solna: 8,0 %, 8,0 % – 10,0 % (grupp 2 av 5)",
    );
    expect(points().filter((p) => p.tabIndex === 0)).toHaveLength(1);
    // The summary above the map is the table's: the same sentence as the tiles and the bars.
    expect(
      plain(document.querySelector(".chart-frame__summary")?.textContent),
    ).toBe(
      "Högst är Botkyrka, Sigtuna och Södertälje med 22,0 % och lägst Täby med 4,0 %; länets värde är 13,0 %.",
    );
    expect(
      screen.getByRole("group", {
        name: "Barn 0–19 år med låg ekonomisk standard 2022",
      }),
    ).toHaveAccessibleDescription(/Piltangenterna flyttar mellan kommunerna/);
  });

  it("higher is worse: the three 22 % kommuner alone get the darkest colour, named on the map", async () => {
    await openMap("?view=map");
    const darkest = points()
      .filter(
        (p) =>
          p.querySelector("path")?.getAttribute("fill") ===
          SEQUENTIAL_COLORS[4],
      )
      .map((p) => p.dataset.code)
      .sort();
    expect(darkest).toEqual(["0127", "0181", "0191"]);
    expect(fillOf("0160")).toBe(SEQUENTIAL_COLORS[0]); // Täby, 4,0 %
    for (const [code, name] of [
      ["0127", "Botkyrka"],
      ["0181", "Södertälje"],
      ["0191", "Sigtuna"],
      ["0184", "Solna"],
      ["0183", "Sundbyberg"],
    ])
      expect(labelText(code ?? "")).toContain(name);
    expect(labelText("0127")).toContain("22,0 %");
    const legend = screen.getByRole("region", { name: "Förklaring" });
    expect(
      within(legend).getByText(
        /Mörkast där det är sämst: högre värde är sämre/,
      ),
    ).toBeInTheDocument();
    expect(plain(legend.textContent)).toContain("22,0 % (grupp 5 av 5, sämst)");
  });

  it("higher is better: the lowest value gets the darkest colour", async () => {
    await openMap("?view=map&indicator=kolada-n15428");
    const valued = points().filter(
      (p) => !p.classList.contains("county-map__kommun--missing"),
    );
    const value = (p: SVGGElement): number =>
      Number(
        plain(p.getAttribute("aria-label"))
          .split(": ")[1]
          ?.split(" %")[0]
          ?.replace(",", "."),
      );
    const lowest = valued.reduce((a, b) => (value(b) < value(a) ? b : a));
    const highest = valued.reduce((a, b) => (value(b) > value(a) ? b : a));
    expect(lowest.querySelector("path")?.getAttribute("fill")).toBe(
      SEQUENTIAL_COLORS[4],
    );
    expect(highest.querySelector("path")?.getAttribute("fill")).toBe(
      SEQUENTIAL_COLORS[0],
    );
    expect(
      screen.getByText(/Mörkast där det är sämst: lägre värde är sämre/),
    ).toBeInTheDocument();
  });

  it("kommuner without a value are hatched and say saknas, never a colour of a value", async () => {
    await openMap("?view=map&indicator=barn-ekonomiskt-utsatta");
    const missing = document.querySelectorAll(".county-map__kommun--missing");
    expect(missing).toHaveLength(22);
    expect(fillOf("0180")).toMatch(/^url\(#.*hatch\)$/);
    expect(plain(point("0180")?.getAttribute("aria-label"))).toMatch(
      /^Stockholm: uppgift saknas, /,
    );
    expect(labelText("0188")).toContain("saknas");
    expect(fillOf("0127")).not.toMatch(/url/);
    expect(screen.getByText("Kommuner utan värde (22)")).toBeInTheDocument();
  });

  it("keeps the tile map's keyboard route: Stockholm, down to Huddinge, Enter opens its profile", async () => {
    const user = userEvent.setup();
    await openMap("?view=map&kommuner=0180");
    expect(point("0180")?.tabIndex).toBe(0);
    expect(point("0180")?.classList).toContain("county-map__kommun--selected");
    point("0180")?.focus();
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(point("0182"));
    await user.keyboard("{ArrowLeft}{ArrowDown}");
    expect(document.activeElement).toBe(point("0126"));
    await user.keyboard("{Enter}");
    await waitFor(() => {
      expect(window.location.search).toContain("view=profile");
    });
    expect(new URLSearchParams(window.location.search).get("kommuner")).toBe(
      "0126,0180",
    );
  });

  it("a click on a kommun's drawing in the other panel opens it too", async () => {
    const user = userEvent.setup();
    await openMap("?view=map");
    const solnaOnCounty = [
      ...document.querySelectorAll<SVGPathElement>(
        ".county-map--main path[aria-hidden='true']",
      ),
    ].find((p) => p.querySelector("title")?.textContent.startsWith("Solna:"));
    expect(solnaOnCounty).toBeDefined();
    if (solnaOnCounty) await user.click(solnaOnCounty);
    await waitFor(() => {
      expect(window.location.search).toContain("kommuner=0184");
    });
  });

  it("Visa som: Rutor puts layout=tiles in the URL and draws the tiles; Karta takes it out", async () => {
    const user = userEvent.setup();
    await openMap("?view=map");
    await user.click(screen.getByRole("radio", { name: "Rutor" }));
    await waitFor(() => {
      expect(document.querySelectorAll(".tile-map__tile")).toHaveLength(26);
    });
    expect(window.location.search).toContain("layout=tiles");
    expect(points()).toHaveLength(0);
    await user.click(screen.getByRole("radio", { name: "Karta" }));
    await waitFor(() => {
      expect(points()).toHaveLength(26);
    });
    expect(window.location.search).not.toContain("layout");
  });
});
