/** Behov och resurser rendered with the real providers and the real public/data files. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { plain, renderApp } from "../render";

// The default resources need Kolada's inhabitants too (a large file) before the chart shows.
// The chart's title, not the heading of the access measures below it.
const title = async (): Promise<string> =>
  plain(
    (
      await waitFor(
        () => {
          const heading = document.querySelector(".chart-frame__title");
          if (!heading) throw new Error("no chart title yet");
          return heading;
        },
        { timeout: 20_000 },
      )
    ).textContent,
  );
const text = (selector: string): string =>
  plain(document.querySelector(selector)?.textContent);

describe("Behov och resurser", () => {
  it("opens by URL: need against Kolada spending, Botkyrka highlighted", async () => {
    renderApp(
      "?view=needs&indicator=kolada-n66077&x=kolada-n33001&kommuner=0127",
    );
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Behov och resurser",
      }),
    ).toBeInTheDocument();
    expect(await title()).toBe(
      "Botkyrka jämfört med länet: högt behov, höga resurser",
    );
    expect(text(".chart-frame__subtitle")).toBe(
      "2022. Varje punkt är en kommun, de streckade linjerna är länet.",
    );
    // The caution, both axes with the county (the resources' computed from the kommuner, as
    // Kolada has no county value), the quadrants and where Botkyrka sits.
    expect(text(".chart-frame__summary")).toBe(
      "Diagrammet visar samband, inte orsak. Behov: barn 0–19 år med låg ekonomisk standard 2022, länet 13,0 %. Resurser: kostnad för barn- och ungdomsvård, kr per invånare 2022, länet 2 163 kr (beräknat). Jämfört med länet – högt behov, låga resurser: Upplands-Bro; högt behov, höga resurser: 9 kommuner; lågt behov, låga resurser: 12 kommuner; lågt behov, höga resurser: Tyresö och Nacka; i nivå med länet på någon axel: Huddinge och Stockholm. Botkyrka har behov 22,0 % och resurser 3 075 kr: högt behov, höga resurser.",
    );
    expect(screen.getByText("Värde för 26 av 26 kommuner")).toBeInTheDocument();
    // The computed line replaces the old note that the reference line is not drawn.
    expect(screen.queryByText(/referenslinjen visas inte/)).toBeNull();
    expect(text(".chart-frame__about")).toContain(
      "Länets linje är beräknad: kommunernas värden vägda med deras folkmängd 2022",
    );
    expect(text(".chart-frame__about")).toContain("26 av 26 kommuner ingår");
    const source = text(".chart-frame__source");
    expect(source).toContain(
      "Dataversion kolada-behov v1, kolada-kostnader v1, kolada-befolkning v2",
    );
    expect(screen.getByRole("combobox", { name: /Behov/ })).toHaveValue(
      "kolada-n66077",
    );
  });

  it("derives the 2018 stimulus funds per inhabitant, beräknat, and says the years differ", async () => {
    renderApp("?view=needs&x=stimulansmedel&kommuner=0127&table=1");
    // The chart's table (the access measures below it have tables of their own).
    const table = await waitFor(
      () => {
        const found = document.querySelector<HTMLElement>(".chart-frame table");
        if (!found) throw new Error("no chart table yet");
        return found;
      },
      { timeout: 20_000 },
    );
    expect(await title()).toBe(
      "Botkyrka jämfört med länet: högt behov, resurser som länet",
    );
    expect(text(".chart-frame__subtitle")).toContain(
      "Behov 2022, resurser 2018.",
    );
    expect(
      screen.getByText(
        "Observera: åren skiljer sig. Behovet gäller 2022, resurserna 2018.",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Alla 26 kommuner har samma värde på den vågräta axeln, avrundat 34,64/,
      ),
    ).toBeInTheDocument();
    const row = within(table).getByRole("row", { name: /Botkyrka/ });
    const cells = within(row)
      .getAllByRole("cell")
      .map((c) => plain(c.textContent));
    expect(cells[0]).toBe("22,0 %");
    expect(cells[1]).toBe("34,64 kr");
    expect(cells[2]).toBe("högt behov, resurser som länet");
    expect(cells[3]).toContain("beräknat");
    expect(cells[3]).toContain(
      "3 174 063 kr delat med folkmängden 91 631 (folkmängd 2017 (enligt Bilaga 5:s underlag))",
    );
    const county = within(table).getByRole("row", { name: /Länet/ });
    expect(plain(county.textContent)).toContain("13,0 %");
    expect(plain(county.textContent)).toContain("34,64 kr");
    expect(text(".chart-frame__source")).toContain("stimulansmedel-2018 v1");
    expect(text(".chart-frame__source")).toContain("befolkning v1");
  });

  it("defaults to children with low economic standard against spending on barn- och ungdomsvård", async () => {
    renderApp("?view=needs");
    expect(await title()).toBe(
      "Högt behov, låga resurser jämfört med länet: Upplands-Bro",
    );
    expect(
      await screen.findByRole("combobox", {
        name: "Resurser per invånare (vågrät axel)",
      }),
    ).toHaveValue("kolada-n33001");
    expect(window.location.search).toBe("?view=needs");
  });

  it("shows the few kommuner a nulägesanalys indicator names, with a note and the rest listed", async () => {
    renderApp("?view=needs&indicator=ej-behoriga-gymnasiet&x=kolada-n33001");
    expect(
      await screen.findByText(
        /Källan nämner bara 4 av 26 kommuner för den här indikatorn/,
        {},
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    expect(text(".chart-frame__subtitle")).toMatch(/^2017\. /);
    const missing = screen.getByRole("region", {
      name: "Kommuner utan punkt (22)",
    });
    const items = within(missing)
      .getAllByRole("listitem")
      .map((li) => plain(li.textContent));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(
      /^Upplands Väsby, .*Stockholm, .*: behovsvärde saknas: Källan nämner inte kommunen\.$/,
    );
  });

  it("switches the resources indicator and keeps the selection in the URL", async () => {
    const user = userEvent.setup();
    renderApp(
      "?view=needs&indicator=kolada-n66077&x=kolada-n33001&kommuner=0127",
    );
    const select = await screen.findByRole("combobox", {
      name: "Resurser per invånare (vågrät axel)",
    });
    await user.selectOptions(select, "kolada-n30101");
    await waitFor(() => {
      expect(window.location.search).toContain("x=kolada-n30101");
    });
    expect(window.location.search).toContain("kommuner=0127");
    const input = screen.getByRole("combobox", { name: "Markera kommuner" });
    await user.type(input, "sigt");
    await user.keyboard("{Enter}");
    await waitFor(() => {
      expect(window.location.search).toContain("kommuner=0127,0191");
    });
  });

  it("shows the county's access measures for children and young people as the source gives them", async () => {
    renderApp("?view=needs");
    const section = await screen.findByRole("region", {
      name: "Tillgång till vård för barn och unga i länet",
    });
    const figures = await within(section).findByRole("table", {
      name: "Tillgång till BUP och första linjen i länet",
    });
    const row = (name: RegExp) =>
      plain(within(figures).getByRole("row", { name }).textContent);
    // Two different measures, each of the first seven months of 2018.
    expect(row(/första bedömning på BUP/)).toContain("91 %");
    expect(row(/första bedömning på BUP/)).not.toContain("91,0");
    expect(row(/första bedömning på BUP/)).toContain(
      "de första sju månaderna 2018",
    );
    expect(row(/Fördjupad utredning/)).toContain("81");
    // "ca två procent" with no year: approximate, and the period says so.
    expect(row(/^Barn och unga som får stöd/)).toContain("cirka 2");
    expect(row(/^Barn och unga som får stöd/)).toContain(
      "(år anges inte i källan, publicerad 2018)",
    );
    // A range, never one value.
    expect(row(/Väntetid/)).toContain("från mindre än 1 upp till 4 månader");
    // Source lines name the publication and section, never the seed.
    expect(plain(section.textContent)).not.toMatch(/seed \d|\brad \d/);
    const visits = within(section).getByRole("table", {
      name: /Besök och personer i första linjen/,
    });
    const text = plain(visits.textContent);
    expect(text).toMatch(/15–17 år.*18 år.*0–18 år, totalt/);
    expect(text).toContain("29 755");
    expect(text).toContain("8 265");
    expect(text).toContain("18 463");
  });
});
