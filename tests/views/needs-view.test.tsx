/** Behov och resurser rendered with the real providers and the real public/data files. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { plain, renderApp } from "../render";

const title = async (): Promise<string> =>
  plain((await screen.findByRole("heading", { level: 2 })).textContent);
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
    await waitFor(async () => {
      expect(await title()).toBe("Botkyrka: över länet i behov");
    });
    expect(text(".chart-frame__subtitle")).toBe(
      "Behov 2022 (procent), resurser 2022 (kr per invånare)",
    );
    // The summary opens with the caution and says where Botkyrka sits.
    expect(text(".chart-frame__summary")).toBe(
      "Diagrammet visar samband, inte orsak. 26 av 26 kommuner har både barn 0–19 år med låg ekonomisk standard 2022 och kostnad för barn- och ungdomsvård, kr per invånare 2022; länet har behov 13,0 %; länets resursvärde saknas. Botkyrka har behov 22,0 % och resurser 3 075 kr.",
    );
    expect(screen.getByText("Värde för 26 av 26 kommuner")).toBeInTheDocument();
    expect(
      screen.getByText(
        "Länets värde för resurserna saknas i källan, så den referenslinjen visas inte.",
      ),
    ).toBeInTheDocument();
    const source = text(".chart-frame__source");
    expect(source).toContain(
      "Dataversion kolada-behov v1, kolada-kostnader v1",
    );
    expect(screen.getByRole("combobox", { name: /Behov/ })).toHaveValue(
      "kolada-n66077",
    );
  });

  it("derives the 2018 stimulus funds per inhabitant, beräknat, and says the years differ", async () => {
    renderApp("?view=needs&x=stimulansmedel&kommuner=0127&table=1");
    const table = await screen.findByRole("table");
    expect(await title()).toBe(
      "Botkyrka: över länet i behov, i nivå med länet i resurser",
    );
    expect(text(".chart-frame__subtitle")).toContain(
      "Behov 2022 (procent), resurser 2018 (kr per invånare, beräknat",
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
    expect(cells[2]).toContain("beräknat");
    expect(cells[2]).toContain(
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
      "Barn 0–19 år med låg ekonomisk standard och kostnad för barn- och ungdomsvård, kr per invånare",
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
      ),
    ).toBeInTheDocument();
    expect(text(".chart-frame__subtitle")).toContain("Behov 2017");
    expect(text(".chart-frame__subtitle")).toContain("resurser 2017");
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
});
