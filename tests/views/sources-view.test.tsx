import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import manifest from "../../public/data/manifest.json";
import { plain, renderApp } from "../render";

describe("Data och källor", () => {
  it("lists every dataset with its versions, checksum and full sources", async () => {
    renderApp("?view=sources");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Data och källor" }),
    ).toBeInTheDocument();
    for (const d of manifest.datasets) {
      const section = await screen.findByRole("region", { name: d.title.sv });
      for (const v of d.versions) {
        expect(within(section).getByText(v.sha256)).toBeInTheDocument();
        expect(
          within(section).getByRole("link", { name: v.file }),
        ).toHaveAttribute(
          "href",
          expect.stringMatching(
            new RegExp(`data/${v.file.replace(/\./g, "\\.")}$`),
          ),
        );
      }
    }
    const stimulus = screen.getByRole("region", {
      name: "Stimulansmedel till kommunerna 2018",
    });
    expect(stimulus.textContent).toContain(
      "Bilaga 5. Fördelning av stimulansmedel till länets kommuner",
    );
    expect(
      screen.getByRole("button", {
        name: "Ladda ned alla observationer (CSV)",
      }),
    ).toBeEnabled();
  });

  it("lists the dataset versions in use with their dates (moved from Översikt)", async () => {
    renderApp("?view=sources");
    const versions = await screen.findByRole("region", {
      name: "Dataversioner som används",
    });
    const row = await within(versions).findByRole("row", {
      name: /stimulansmedel-2018/,
    });
    expect(plain(row.textContent)).toContain("v1");
    expect(plain(row.textContent)).toContain("23 nov 2026");
    expect(
      screen.getByRole("link", { name: /Importera egen data/ }),
    ).toHaveAttribute("href", expect.stringContaining("view=import"));
  });
});

describe("Vad har ändrats and version pins", () => {
  /** Serves a made-up v2 of botkyrka-2020: one value changed, one row removed, one added. */
  async function serveSecondVersion(): Promise<void> {
    const { readFile } = await import("node:fs/promises");
    const { sha256Hex } = await import("@/data/checksum");
    const { serveData } = await import("../setup");
    const v1 = await readFile("public/data/botkyrka-2020.v1.csv", "utf8");
    const lines = v1.split("\n");
    const changed = lines.map((l, i) =>
      i === 1 ? l.replace(",250000,", ",260000,") : l,
    );
    changed.splice(2, 1);
    changed.splice(
      3,
      0,
      "0127,stimulans-redovisat,ny-rad,2020,1000,reported,,,,botkyrka-sn-2021-01-26-uph-redovisning,Testrad",
    );
    const v2 = new TextEncoder().encode(changed.join("\n"));
    const next = structuredClone(manifest);
    const entry = next.datasets.find((d) => d.id === "botkyrka-2020");
    const first = entry?.versions[0];
    if (!entry || !first) throw new Error("botkyrka-2020 missing");
    entry.versions.push({
      ...first,
      version: 2,
      file: "botkyrka-2020.v2.csv",
      sha256: sha256Hex(v2),
      bytes: v2.byteLength,
      note: { sv: "Test", en: "Test" },
    });
    serveData({
      "manifest.json": () => Response.json(next),
      "botkyrka-2020.v2.csv": () => new Response(v2),
    });
  }

  it("says so when every dataset has one version", async () => {
    const { serveData } = await import("../setup");
    const firstOnly = structuredClone(manifest);
    for (const d of firstOnly.datasets) d.versions = d.versions.slice(0, 1);
    serveData({ "manifest.json": () => Response.json(firstOnly) });
    renderApp("?view=sources");
    const section = await screen.findByRole("region", {
      name: "Vad har ändrats",
    });
    expect(section.textContent).toContain(
      "Varje dataset har hittills bara en publicerad version",
    );
  });

  it("lists what was added, removed and changed between two versions", async () => {
    await serveSecondVersion();
    renderApp("?view=sources");
    const section = await screen.findByRole("region", {
      name: "Vad har ändrats",
    });
    expect(
      await within(section).findByText(
        /1 tillagda, 1 borttagna och 1 ändrade uppgifter; 33 oförändrade\./,
      ),
    ).toBeInTheDocument();
    const table = within(section).getByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => plain(r.textContent))).toEqual([
      expect.stringMatching(
        /Botkyrka.*Ändrad.*Ändrat: värde.*250 000 kr.*260 000 kr.*\+10 000 kr/,
      ),
      expect.stringMatching(/Botkyrka.*Borttagen.*491 125 kr.*finns inte/),
      expect.stringMatching(/Botkyrka.*Tillagd.*finns inte.*1 000 kr/),
    ]);
  });

  it("pins a version in the URL and the source lines name it", async () => {
    await serveSecondVersion();
    const user = (await import("@testing-library/user-event")).default.setup();
    renderApp("?view=sources");
    const region = await screen.findByRole("region", {
      name: "Botkyrka kommun: statsbidrag och stimulansmedel för psykisk hälsa 2020",
    });
    await user.click(
      within(region).getByRole("link", { name: "Fäst v1 i länken" }),
    );
    expect(window.location.search).toBe(
      "?view=sources&versions=botkyrka-2020@1",
    );
    expect(
      await screen.findByRole("region", { name: "Fastlåsta dataversioner" }),
    ).toHaveTextContent("botkyrka-2020 v1");
  });

  it("shows the pinned older version in the charts and says it is not the latest", async () => {
    await serveSecondVersion();
    renderApp("?view=funding&versions=botkyrka-2020@1");
    expect(
      await screen.findAllByText(
        /botkyrka-2020 v1 \(fastlåst, senaste är v2\)/,
      ),
    ).not.toHaveLength(0);
  });

  it("shows the latest version without a pin", async () => {
    await serveSecondVersion();
    renderApp("?view=funding");
    expect(await screen.findAllByText(/botkyrka-2020 v2/)).not.toHaveLength(0);
    expect(screen.queryByText(/fastlåst/)).toBeNull();
  });

  it("fails the pinned dataset with a clear message when the version was never published", async () => {
    renderApp("?view=funding&versions=botkyrka-2020@9");
    expect(
      await screen.findByText("Den begärda versionen är inte publicerad."),
    ).toBeInTheDocument();
  });
});
