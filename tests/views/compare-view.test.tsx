/** Jämför kommuner rendered with the real providers and the real public/data files. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { plain, renderApp } from "../render";
import { serveData } from "../setup";

const chartRows = (): Element[] => [
  ...document.querySelectorAll(".ranking-chart__row"),
];
/** The frame's summary, once its chunk has loaded (it loads on demand, beside the data). */
const summary = async (): Promise<string> => {
  const element = await screen.findByText(
    (_text, el) => el?.classList.contains("chart-frame__summary") ?? false,
  );
  return plain(element.textContent);
};
const title = async (): Promise<string> =>
  plain((await screen.findByRole("heading", { level: 2 })).textContent);

describe("Jämför kommuner", () => {
  it("opens on the 2018 stimulus funds per inhabitant for all 26 kommuner, with source and version", async () => {
    renderApp("?view=compare");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Jämför kommuner" }),
    ).toBeInTheDocument();
    expect(await title()).toBe(
      "Stimulansmedel till kommunen per invånare 2018",
    );
    await waitFor(() => {
      expect(chartRows()).toHaveLength(26);
    });
    expect(screen.getByRole("radio", { name: "Per invånare" })).toBeChecked();
    // The point: every kommun got the same per inhabitant.
    expect(await summary()).toMatch(
      /^Alla 26 kommuner har 34,64 kr; länets kommuner har i genomsnitt 34,64 kr\./,
    );
    expect(screen.getByText("Värde för 26 av 26 kommuner")).toBeInTheDocument();
    expect(
      document.querySelector(".chart-frame__source")?.textContent,
    ).toContain(
      "Bilaga 5. Fördelning av stimulansmedel till länets kommuner · Dataversion stimulansmedel-2018 v1",
    );
    expect(window.location.search).toBe("?view=compare");
  });

  it("shows a kommun code the county does not have as a notice only, not as a chip", async () => {
    renderApp("?view=compare&kommuner=0127,9999");
    expect(
      await screen.findByText(
        (_text, el) =>
          el?.tagName === "LI" &&
          plain(el.textContent).startsWith('Kommunkoden "9999" finns inte'),
      ),
    ).toBeInTheDocument();
    const chips = [...document.querySelectorAll(".combo__chips .chip")];
    expect(chips.map((c) => plain(c.textContent))).toEqual(["Botkyrka×"]);
  });

  it("highlights a kommun chosen by typing, and puts it in the URL", async () => {
    const user = userEvent.setup();
    renderApp("?view=compare");
    const input = await screen.findByRole("combobox", {
      name: "Markera kommuner",
    });
    await user.type(input, "botk");
    expect(
      screen.getByRole("option", { name: "Botkyrka" }),
    ).toBeInTheDocument();
    await user.keyboard("{Enter}");
    await waitFor(() => {
      expect(window.location.search).toBe("?view=compare&kommuner=0127");
    });
    // 34,64 kr per inhabitant everywhere: every kommun shares the first place.
    expect(await title()).toBe(
      "Botkyrka: 34,64 kr per invånare 2018, samma som alla 26 kommuner",
    );
    const botkyrka = chartRows().find((row) =>
      row.textContent.includes("Botkyrka"),
    );
    expect(botkyrka?.querySelector("rect")?.getAttribute("fill")).toBe(
      "#b34000",
    );
  });

  it("matches names without diacritics ('soder' finds Södertälje)", async () => {
    const user = userEvent.setup();
    renderApp("?view=compare");
    await user.type(
      await screen.findByRole("combobox", { name: "Markera kommuner" }),
      "soder",
    );
    expect(
      screen.getByRole("option", { name: "Södertälje" }),
    ).toBeInTheDocument();
  });

  it("shows the same numbers in a sortable table", async () => {
    const user = userEvent.setup();
    renderApp("?view=compare&kommuner=0127&table=1&mode=absolute");
    const table = await screen.findByRole("table");
    const row = within(table).getByRole("row", { name: /Botkyrka/ });
    expect(plain(row.textContent)).toContain("3 174 063 kr");
    // Where in the publication, never the project's internal locator ("seed 003 rad 3159").
    expect(row.textContent).toContain(
      "Stimulansmedel till Stockholms läns kommuner",
    );
    expect(row.textContent).not.toMatch(/seed \d/);
    const nameHeader = within(table).getByRole("columnheader", {
      name: /Kommun/,
    });
    expect(nameHeader).toHaveAttribute("aria-sort", "none");
    // The button says what a press will do; the header says how the table is sorted now.
    const sortByName = within(nameHeader).getByRole("button");
    expect(sortByName).toHaveAccessibleName("Kommun, sortera stigande");
    await user.click(sortByName);
    expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
    expect(sortByName).toHaveAccessibleName("Kommun, sortera fallande");
    expect(
      within(table).getByRole("button", { name: "Värde, sortera fallande" }),
    ).toBeInTheDocument();
    expect(plain(table.querySelector("caption")?.textContent)).toBe(
      "Botkyrka: 3 174 063 kr 2018, plats 5 av 26 (Stimulansmedel till kommunen · kr, 2018)",
    );
    const firstBodyRow = within(table).getAllByRole("row")[1];
    expect(firstBodyRow?.textContent).toContain("Botkyrka");
  });

  it("in kr, the summary leads with the spread per inhabitant and quotes the numbers the table shows", async () => {
    renderApp("?view=compare&kommuner=0127&table=1&mode=absolute");
    const table = await screen.findByRole("table");
    expect(await title()).toBe("Botkyrka: 3 174 063 kr 2018, plats 5 av 26");
    const text = await summary();
    const match =
      /^Per invånare har alla 26 kommuner lika mycket, 34,64 kr \(beräknat\); utan hänsyn till folkmängden från ([\d ]+ kr) \((\S+)\) till ([\d ]+ kr) \((\S+)\); länet har totalt ([\d ]+ kr)\. Botkyrka fick ([\d ]+ kr) 2018/.exec(
        text,
      );
    expect(match, text).not.toBeNull();
    const [, lowValue, low = "", highValue, high = "", county, botkyrka] =
      match ?? [];
    const value = (name: string): string =>
      plain(
        within(table)
          .getByRole("row", { name: new RegExp(`^\\S* ?${name}`) })
          .querySelectorAll("td")[1]?.textContent,
      );
    expect(value(high)).toBe(highValue);
    expect(value(low)).toBe(lowValue);
    expect(value("Botkyrka")).toBe(botkyrka);
    const countyRow = within(table).getByRole("row", { name: /^Länet/ });
    expect(plain(countyRow.querySelectorAll("td")[1]?.textContent)).toBe(
      county,
    );
  });

  it("derives kr per inhabitant from the 2017 population and labels it as calculated", async () => {
    renderApp("?view=compare&mode=per-capita&table=1&kommuner=0127");
    const table = await screen.findByRole("table");
    const row = within(table).getByRole("row", { name: /Botkyrka/ });
    expect(plain(row.textContent)).toContain("34,64 kr");
    expect(row.textContent).toContain("beräknat");
    expect(plain(row.textContent)).toContain(
      "3 174 063 kr delat med folkmängden",
    );
    expect(
      plain(document.querySelector(".chart-frame__subtitle")?.textContent),
    ).toContain(
      "kr per invånare, 2018, befolkning 2017 (enligt Bilaga 5:s underlag)",
    );
    expect(plain(row.textContent)).toContain(
      "folkmängden 91 631 (folkmängd 2017 (enligt Bilaga 5:s underlag))",
    );
    expect(plain(table.querySelector("caption")?.textContent)).toMatch(
      /^Botkyrka: 34,64 kr per invånare 2018, samma som alla 26 kommuner/,
    );
    expect(await summary()).toContain(
      "Alla 26 kommuner har 34,64 kr; länets kommuner har i genomsnitt 34,64 kr. Botkyrka fick 3 174 063 kr 2018, 34,64 kr per invånare (beräknat)",
    );
  });

  it("shows range-only kommuner honestly as one span, never as values", async () => {
    renderApp("?view=compare&indicator=psykiatrisk-diagnos-0-17");
    expect(await title()).toBe(
      "Andel barn 0–17 år med psykiatrisk diagnos 2017",
    );
    expect(await summary()).toContain(
      "spannet mellan kommunerna, 3,5–7,2 %, inte varje kommuns värde",
    );
    await waitFor(() => {
      expect(chartRows()).toHaveLength(1);
    });
    expect(screen.getByText("Värde för 0 av 26 kommuner")).toBeInTheDocument();
  });

  it("lists kommuner the source does not name, with the reason, below the chart", async () => {
    renderApp("?view=compare&indicator=ej-behoriga-gymnasiet");
    const list = await screen.findByRole("region", {
      name: /Kommuner utan värde/,
    });
    expect(within(list).getAllByRole("listitem").length).toBeGreaterThan(15);
    expect(list.textContent).toContain("Källan nämner inte kommunen");
  });

  it("draws a Kolada indicator with women and men as groups", async () => {
    renderApp("?view=compare&indicator=kolada-n74811&group=k&period=2020");
    expect(await title()).toBe(
      "Långa sjukfall med psykiatrisk diagnos, andel 2020",
    );
    expect(
      plain(document.querySelector(".chart-frame__subtitle")?.textContent),
    ).toContain("Kvinnor");
    expect(
      document.querySelector(".chart-frame__source")?.textContent,
    ).toContain("Kolada (RKA), KPI N74811; Försäkringskassan");
  });

  it("shows Kolada's pooled survey KPI with the years it covers (2019–2022), never a bare 2022", async () => {
    renderApp("?view=compare&indicator=kolada-u01472&table=1");
    expect(await title()).toContain("2019–2022");
    const table = await screen.findByRole("table");
    const text = table.textContent;
    // Only the row note quotes Kolada's own year: "Koladas år 2022 avser 2019–2022".
    expect(text).toContain("Koladas år 2022 avser 2019–2022");
    expect(
      text.replace(/Koladas år 2022 avser/g, "").replace(/2019–2022/g, ""),
    ).not.toContain("2022");
  });

  it("falls back and says so when the URL has bad values", async () => {
    renderApp(
      "?view=compare&indicator=does-not-exist&period=1999&kommuner=0999,0127&mode=weird",
    );
    expect(await title()).toBe(
      "Botkyrka: 34,64 kr per invånare 2018, samma som alla 26 kommuner",
    );
    const notices = screen.getAllByRole("status", {
      name: "En del av länken kunde inte användas",
    });
    const text = notices.map((n) => n.textContent).join(" ");
    expect(text).toContain(
      'Visningssättet "weird" finns inte. Visar vyns förvalda visningssätt.',
    );
    expect(text).toContain('Indikatorn "does-not-exist" finns inte');
    expect(text).toContain('Kommunkoden "0999" finns inte');
  });

  it("shows a broken dataset's error in its frame, naming file and version, and keeps the app", async () => {
    serveData({
      "stimulansmedel-2018.v1.csv": () => new Response("area_code\n0127"),
    });
    renderApp("?view=compare");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(
      "Datasetet stimulansmedel-2018 kunde inte läsas",
    );
    expect(alert.textContent).toContain(
      "Fil stimulansmedel-2018.v1.csv, version 1",
    );
    expect(
      screen.getByRole("navigation", { name: "Vyer" }),
    ).toBeInTheDocument();
  });

  it("leads from a kommun's name in the table to its profile", async () => {
    const user = userEvent.setup();
    renderApp("?view=compare&table=1&kommuner=0180");
    const table = await screen.findByRole("table");
    await user.click(within(table).getByRole("link", { name: "Botkyrka" }));
    expect(window.location.search).toBe("?view=profile&kommuner=0127,0180");
  });

  it("works in English", async () => {
    renderApp("?view=compare&lang=en&kommuner=0127");
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Compare municipalities",
      }),
    ).toBeInTheDocument();
    expect(await title()).toBe(
      "Botkyrka: SEK 34.64 per inhabitant in 2018, the same as all 26 municipalities",
    );
    expect(document.documentElement.lang).toBe("en");
  });

  it("says the source gives no year for placed children in the kommuner, and none for the economically vulnerable", async () => {
    renderApp(
      "?view=compare&indicator=placerade-barn&mode=absolute&table=1&kommuner=0191",
    );
    await waitFor(() => {
      expect(
        plain(document.querySelector(".chart-frame__subtitle")?.textContent),
      ).toContain(
        "2016 för länet (för kommunerna anges inget år i källan, publicerad 2017)",
      );
    });
    expect(await summary()).toContain(
      "(år anges inte i källan, publicerad 2017)",
    );
  });

  it("never titles the economically vulnerable households' figures with a bare year", async () => {
    renderApp("?view=compare&indicator=barn-ekonomiskt-utsatta");
    const heading = await title();
    expect(heading).toContain("(år anges inte i källan, publicerad 2017)");
    expect(heading).not.toMatch(/2017$/);
  });

  it("says next to both indicators that the 2018 analysis and Kolada disagree for Sigtuna 2017", async () => {
    renderApp("?view=compare&indicator=ej-behoriga-gymnasiet");
    const note = async () =>
      plain(
        (
          await screen.findByText(
            "Två källor anger olika värden för samma mått",
          )
        ).closest("aside")?.textContent,
      );
    const seedSide = await note();
    expect(seedSide).toContain("Sigtuna 2017: 19,3 % här, 14,4 % enligt");
    expect(seedSide).toMatch(/\(beräknat: 100 [−-] 85,6 %\)/);
    // The county's 12,6 % is the same in both.
    expect(seedSide).toContain(
      "Samma värde i båda källorna: Stockholms län 2017",
    );
  });

  it("says the same beside Kolada's N15428", async () => {
    renderApp("?view=compare&indicator=kolada-n15428&period=2017");
    const aside = (
      await screen.findByText("Två källor anger olika värden för samma mått")
    ).closest("aside");
    expect(plain(aside?.textContent)).toContain(
      "Sigtuna 2017: 85,6 % här, 80,7 % enligt",
    );
  });
});
