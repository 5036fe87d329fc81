/** Trender rendered with the real providers and the real public/data files. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { plain, renderApp } from "../render";

const title = async (): Promise<string> =>
  plain((await screen.findByRole("heading", { level: 2 })).textContent);

describe("Trender", () => {
  it("opens N74811 for Botkyrka with county, Sweden, source and the (-2022) note", async () => {
    renderApp("?view=trends&indicator=kolada-n74811&kommuner=0127");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Trender" }),
    ).toBeInTheDocument();
    expect(await title()).toBe(
      "Långa sjukfall med psykiatrisk diagnos, andel, 2005–2022",
    );
    expect(
      plain(document.querySelector(".chart-frame__subtitle")?.textContent),
    ).toBe("procent, 2005–2022");
    expect(
      plain(document.querySelector(".chart-frame__source")?.textContent),
    ).toContain(
      "Kolada (RKA), KPI N74811; Försäkringskassan · Dataversion kolada-psykisk-ohalsa v2",
    );
    expect(
      screen.getByText(/Kolada har avslutat serien efter 2022/),
    ).toBeInTheDocument();
    // Spot check against the CSV: county 35.49866632 (2005), 50.28609575 (2022); Botkyrka 41.954
    // (2022); the 26 kommuner in 2022 from Södertälje 41.06583072 to Vallentuna 54.63137996.
    expect(
      plain(document.querySelector(".chart-frame__summary")?.textContent),
    ).toBe(
      "Länet gick från 35,5 % 2005 till 50,3 % 2022; riket hade 49,5 % 2022. 2022 låg kommunerna mellan 41,1 % (Södertälje) och 54,6 % (Vallentuna). Botkyrka hade 42,0 % 2022, lägre än länet (50,3 %).",
    );
  });

  it("shows the table: years as rows, missing as '–' with 'uppgift saknas'", async () => {
    const user = userEvent.setup();
    renderApp("?view=trends&indicator=kolada-n74811&kommuner=0127");
    await user.click(
      await screen.findByRole("button", { name: "Visa tabell" }),
    );
    const table = await screen.findByRole("table");
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    // The selected kommun, the county and Sweden, then the 25 other kommuner (the grey lines).
    expect(headers.slice(0, 4)).toEqual(["År", "Botkyrka", "Länet", "Riket"]);
    expect(headers).toHaveLength(29);
    expect(headers).toContain("Vallentuna");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(18);
    // Sweden has N74811 values from 2019 only in the bundled data: 2005 is missing, not zero.
    const first = rows[0];
    expect(first?.querySelector("th")?.textContent).toBe("2005");
    const cells = first ? within(first).getAllByRole("cell") : [];
    expect(cells[2]?.textContent).toBe("–uppgift saknas");
    expect(cells[2]?.textContent).not.toContain("0,0");
    expect(plain(cells[0]?.textContent)).toBe("33,6 %");
    expect(plain(cells[1]?.textContent)).toBe("35,5 %");
    expect(window.location.search).toContain("table=1");
  }, 40_000); // The chart, then a table of 18 years × 28 lines, on a machine shared by many runs.

  it("switches to women and men, with a line per sex and area", async () => {
    const user = userEvent.setup();
    renderApp("?view=trends&indicator=kolada-n74811&kommuner=0127&table=1");
    await user.click(
      await screen.findByRole("radio", { name: "Kvinnor och män var för sig" }),
    );
    await waitFor(() => {
      expect(window.location.search).toContain("group=kon");
    });
    const headers = within(await screen.findByRole("table"))
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual([
      "År",
      "Botkyrka, kvinnor",
      "Botkyrka, män",
      "Länet, kvinnor",
      "Länet, män",
      "Riket, kvinnor",
      "Riket, män",
    ]);
    expect(
      plain(document.querySelector(".chart-frame__subtitle")?.textContent),
    ).toContain("Kvinnor och män var för sig");
    // The choice says plainly what it shows, and that the grey lines are left out.
    expect(
      screen.getByText(
        /^Visar kvinnor och män var för sig: två linjer per kommun/,
      ),
    ).toBeInTheDocument();
  });

  it("shows every kommun as a grey line when none is selected, the county and Sweden first", async () => {
    renderApp("?view=trends&table=1");
    expect(
      await screen.findByText(
        "De grå linjerna är länets kommuner. Markera en kommun för att lyfta fram den.",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "Visar kvinnor och män tillsammans: en linje per kommun.",
      ),
    ).toBeInTheDocument();
    const headers = within(await screen.findByRole("table"))
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers.slice(0, 4)).toEqual([
      "År",
      "Länet",
      "Riket",
      "Upplands Väsby",
    ]);
    expect(headers).toHaveLength(29);
    expect(
      plain(document.querySelector(".chart-frame__coverage")?.textContent),
    ).toBe(
      "Värden för 26 av 26 kommuner. Ett år utan värde är ett glapp i linjen, inte noll.",
    );
  });

  it("marks a change of definition stated in the catalogue (N15428, 2012)", async () => {
    renderApp("?view=trends&indicator=kolada-n15428");
    expect(
      await screen.findByText("Ändringar i definitionen"),
    ).toBeInTheDocument();
    expect(screen.getByText(/Från 2012: Kolada skriver/)).toBeInTheDocument();
  });

  it("reads the break from the catalogue's breaks field, quoting Kolada exactly", async () => {
    renderApp("?view=trends&indicator=kolada-n15428");
    const item = (await screen.findByText(/Från 2012: Kolada skriver/)).closest(
      "li",
    );
    expect(item?.textContent).toBe(
      "Från 2012: Kolada skriver: \u201dFram t.o.m. 2011 krävdes godkända betyg i svenska eller svenska som andraspråk, engelska och matematik för att uppnå lägsta behörighet till gymnasiet.\u201d",
    );
  });

  it("marks no break with a pinned catalogue version that has no breaks field (v2)", async () => {
    renderApp("?view=trends&indicator=kolada-n15428&versions=indikatorer@2");
    expect(await title()).toMatch(/^Elever i åk 9/);
    expect(screen.queryByText("Ändringar i definitionen")).toBeNull();
  });

  it("marks Kolada's Swedish sentence as Swedish in the English view", async () => {
    renderApp("?view=trends&indicator=kolada-n15428&lang=en");
    const item = (await screen.findByText(/From 2012: Kolada writes/)).closest(
      "li",
    );
    const quoted = item?.querySelector("[lang='sv']");
    expect(quoted?.textContent).toMatch(/[a-zåäö]/);
    expect(item?.textContent).toContain(`“${quoted?.textContent ?? ""}”`);
  });

  it("offers only indicators with at least two periods", async () => {
    renderApp("?view=trends");
    const select = await screen.findByRole("combobox", { name: "Indikator" });
    await waitFor(() => {
      const values = [...select.querySelectorAll("option")].map((o) => o.value);
      expect(values).toContain("kolada-n66077");
      expect(values).toContain("folkmangd");
      expect(values).not.toContain("stimulansmedel");
      expect(values).not.toContain("kolada-n01452");
    });
  });
});
