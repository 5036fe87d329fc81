import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { plain, renderApp } from "../render";

/** Made-up figures in Excel's Swedish CSV style, with one unknown area and one symbol. */
const CSV = [
  "Kommunkod;Kommun;Indikator;År;Värde",
  "0127;Botkyrka;Andel unga som oroar sig (%);2023;12,5",
  "0180;Stockholm;Andel unga som oroar sig (%);2023;9,8",
  "0114;Upplands Väsby;Andel unga som oroar sig (%);2023;..",
  "9999;Okänd;Andel unga som oroar sig (%);2023;7,1",
].join("\r\n");

const file = (content: string | Uint8Array<ArrayBuffer>, name: string): File =>
  new File([content], name, { type: "text/csv" });

describe("Importera", () => {
  it("checks a file, lists the bad line, saves the good rows and offers them in Jämför kommuner", async () => {
    const user = userEvent.setup();
    renderApp("?view=import");
    await user.upload(
      await screen.findByLabelText("Välj fil …"),
      file(CSV, "ungas-oro.csv"),
    );
    const report = await screen.findByRole("region", {
      name: "Kontroll av ungas-oro.csv",
    });
    expect(plain(report.textContent)).toContain(
      "Filen kan användas, men 1 rader har fel och tas inte med.",
    );
    const issues = within(report).getByRole("table", {
      name: "Problem i ungas-oro.csv",
    });
    const error = within(issues)
      .getAllByRole("row")
      .find((r) => r.textContent.startsWith("Fel"));
    expect(
      within(error ?? issues)
        .getAllByRole("cell")
        .map((c) => plain(c.textContent)),
    ).toEqual(["Fel", "5", "Kommunkod", expect.stringContaining("9999")]);
    const preview = within(report).getByRole("table", {
      name: /De första 3 av 3 uppgifterna/,
    });
    expect(plain(preview.textContent)).toContain("..");

    await user.click(
      screen.getByRole("button", { name: "Använd uppgifterna" }),
    );
    expect(
      await screen.findByRole(
        "heading",
        { name: /ungas-oro är sparad/ },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole("link", { name: "Visa i Jämför kommuner" }),
    );
    expect(window.location.search).toMatch(
      /^\?view=compare&indicator=egen-[0-9a-f]{10}:andel-unga-som-oroar-sig$/,
    );
    const select = await screen.findByRole("combobox", { name: "Indikator" });
    expect(
      within(select).getByRole("group", { name: "Egen data" }),
    ).toHaveTextContent("Andel unga som oroar sig (%)");
    expect(
      await screen.findByText(/Källa: Egen data, fil ungas-oro\.csv/),
    ).toBeInTheDocument();
  });

  it("lists the saved data on Data och källor and deletes it", async () => {
    const user = userEvent.setup();
    renderApp("?view=import");
    await user.upload(
      await screen.findByLabelText("Välj fil …"),
      file(CSV, "ungas-oro.csv"),
    );
    await user.click(
      await screen.findByRole("button", { name: "Använd uppgifterna" }),
    );
    await user.click(
      await screen.findByRole("link", { name: "Se alla egna uppgifter" }),
    );
    const local = await screen.findByRole("region", {
      name: "Egen data i den här webbläsaren",
    });
    expect(await within(local).findByText("ungas-oro")).toBeInTheDocument();
    window.confirm = () => true;
    await user.click(
      within(local).getByRole("button", { name: "Ta bort ungas-oro" }),
    );
    expect(
      await within(local).findByText(
        "Du har inte läst in några egna uppgifter.",
      ),
    ).toBeInTheDocument();
  });

  it("refuses a renamed Excel workbook and offers no way to use it", async () => {
    const user = userEvent.setup();
    renderApp("?view=import");
    await user.upload(
      await screen.findByLabelText("Välj fil …"),
      file(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), "data.csv"),
    );
    const report = await screen.findByRole("region", {
      name: "Kontroll av data.csv",
    });
    expect(plain(report.textContent)).toContain("Filen kan inte användas.");
    expect(plain(report.textContent)).toMatch(/Excel|xlsx/);
    expect(
      screen.queryByRole("button", { name: "Använd uppgifterna" }),
    ).toBeNull();
  });
});
