/**
 * Importera's "Kolumner" step: it opens by itself on a file detection cannot read, every change
 * reads the file again and the report follows, an impossible choice says why instead, and the
 * mapping saved as a file is read back and applied (or refused in plain words).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { plain, renderApp } from "../render";

const saved: { blob: Blob; name: string }[] = [];
vi.mock("@/charts/export/save-blob", () => ({
  saveBlob: (blob: Blob, name: string) => {
    saved.push({ blob, name });
  },
}));

const FIXTURES = resolve(import.meta.dirname, "..", "fixtures");
const NEEDS_MAPPING = readFileSync(
  resolve(FIXTURES, "import", "needs-mapping.csv"),
  "utf8",
);
const MAPPING_JSON = readFileSync(
  resolve(FIXTURES, "import-mappings", "needs-mapping.json"),
  "utf8",
);

const file = (content: string, name: string, type = "text/csv"): File =>
  new File([content], name, { type });

async function upload(content = NEEDS_MAPPING, name = "needs-mapping.csv") {
  const user = userEvent.setup();
  renderApp("?view=import");
  await user.upload(
    await screen.findByLabelText("Välj fil …", {}, { timeout: 10_000 }),
    file(content, name),
  );
  const report = await screen.findByRole(
    "region",
    { name: `Kontroll av ${name}` },
    { timeout: 10_000 },
  );
  const step = screen.getByRole("region", { name: "Kolumner" });
  return { user, report, step };
}

const decision = (report: HTMLElement) =>
  plain(report.querySelector(".import-decision")?.textContent);

/** The step's own status line (the one that says what the form needs, or what was read). */
const stepStatus = (step: HTMLElement) =>
  within(step)
    .getAllByRole("status")
    .find((s) => s.classList.contains("import-mapping__status")) ?? step;

beforeEach(() => {
  saved.length = 0;
});

// A whole app renders and each change reads the file again: more than the default 5 s on a
// busy machine.
describe("Importera: Kolumner", { timeout: 20_000 }, () => {
  it("opens by itself on a file detection cannot read, with the first rows as a table", async () => {
    const { report, step } = await upload();
    expect(decision(report)).toContain("Filen kan inte användas.");
    expect(step).toHaveTextContent(
      "Verktyget kunde inte avgöra vad kolumnerna innehåller. Ange det här så läses filen igen.",
    );
    expect(
      within(step).getByRole("button", {
        name: "Ändra vad kolumnerna betyder",
      }),
    ).toHaveAttribute("aria-expanded", "true");
    const table = within(step).getByRole("table", {
      name: "De första 3 raderna i needs-mapping.csv",
    });
    expect(within(table).getAllByRole("row")).toHaveLength(4);
    const area = within(step).getByRole("combobox", {
      name: "Kolumn 1: Enhet",
    });
    expect(area).toHaveValue("unused");
    expect(area).toHaveAccessibleDescription("Till exempel: 127, 184");
    expect(stepStatus(step)).toHaveTextContent(
      "Välj vilken kolumn som har kommun eller kommunkod.",
    );
    expect(
      screen.queryByRole("button", { name: "Använd uppgifterna" }),
    ).toBeNull();
  });

  it("reads the file again as the columns are described, and the report follows", async () => {
    const { user, report, step } = await upload();
    const column = (name: string) =>
      within(step).getByRole("combobox", { name });
    await user.selectOptions(
      column("Kolumn 1: Enhet"),
      "Kommun eller kommunkod",
    );
    expect(stepStatus(step)).toHaveTextContent(
      "Välj minst en kolumn med värden.",
    );
    await user.click(
      within(step).getByRole("radio", {
        name: "I värdekolumnernas rubriker (t.ex. 2019, 2020)",
      }),
    );
    await user.selectOptions(column("Kolumn 3: 2019"), "Värde");
    await user.selectOptions(column("Kolumn 4: 2020"), "Värde");
    await waitFor(() => {
      expect(decision(report)).toContain("Filen kan användas");
    });
    // Grupp is not used yet, so Botkyrka and Solna (Alla) and Solna (Unga) collide: 184 twice.
    await user.selectOptions(column("Kolumn 2: Grupp"), "Uppdelning");
    await user.selectOptions(
      within(step).getByRole("combobox", { name: "Behåll bara (”Grupp”)" }),
      "Alla",
    );
    await user.click(
      within(step).getByRole("textbox", { name: "Indikatorns namn" }),
    );
    await user.paste("Andel med stöd (%)");
    await waitFor(() => {
      expect(plain(report.textContent)).toContain("Andel med stöd (%)");
    });
    expect(stepStatus(step)).toHaveTextContent(
      "Filen är läst igen: 4 uppgifter kan användas, 0 rader har fel.",
    );
    expect(decision(report)).toBe("✓ Filen kan användas.");

    await user.click(
      screen.getByRole("button", { name: "Använd uppgifterna" }),
    );
    expect(
      await screen.findByRole(
        "heading",
        { name: /needs-mapping är sparad/ },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
  });

  it("saves the mapping as a file and applies it to the same file again", async () => {
    const first = await upload();
    await first.user.upload(
      within(first.step).getByLabelText("Använd en sparad kolumnmappning"),
      file(MAPPING_JSON, "needs-mapping.json", "application/json"),
    );
    await waitFor(() => {
      expect(decision(first.report)).toBe("✓ Filen kan användas.");
    });
    expect(first.step).toHaveTextContent(
      "Kolumnmappningen i needs-mapping.json används.",
    );
    expect(
      within(first.step).getByRole("combobox", { name: "Kolumn 1: Enhet" }),
    ).toHaveValue("area");
    await first.user.click(
      within(first.step).getByRole("button", {
        name: "Spara kolumnmappningen",
      }),
    );
    expect(saved.map((s) => s.name)).toEqual([
      "needs-mapping.kolumnmappning.json",
    ]);
    const text = await (saved[0]?.blob ?? new Blob()).text();
    expect(JSON.parse(text)).toEqual(JSON.parse(MAPPING_JSON));
  });

  it("refuses a mapping file that is not one, or belongs to another file, in plain Swedish", async () => {
    const { user, report, step } = await upload();
    const input = within(step).getByLabelText(
      "Använd en sparad kolumnmappning",
    );
    await user.upload(input, file("{", "trasig.json", "application/json"));
    expect(
      await within(step).findByText(
        "trasig.json kan inte användas: Kolumnmappningen är ingen giltig JSON-fil.",
      ),
    ).toBeInTheDocument();
    const other = JSON.stringify({
      ...JSON.parse(MAPPING_JSON),
      area: { column: { index: 0, heading: "Kommun" }, level: "kommun" },
    });
    await user.upload(input, file(other, "annan.json", "application/json"));
    expect(
      await within(step).findByText(
        /^Kolumnmappningen i annan\.json passar inte den här filen: Kolumn 1 heter ”Enhet”/,
      ),
    ).toBeInTheDocument();
    expect(
      within(step).getByRole("combobox", { name: "Kolumn 1: Enhet" }),
    ).toHaveValue("unused");
    await waitFor(() => {
      expect(decision(report)).toContain("Filen kan inte användas.");
    });
  });

  it("starts closed on a file detection reads, with detection's reading filled in", async () => {
    const csv = [
      "Kommunkod;Kommun;Indikator;År;Värde",
      "0127;Botkyrka;Andel unga som oroar sig (%);2023;12,5",
      "0180;Stockholm;Andel unga som oroar sig (%);2023;9,8",
    ].join("\r\n");
    const { user, step } = await upload(csv, "ungas-oro.csv");
    const toggle = within(step).getByRole("button", {
      name: "Ändra vad kolumnerna betyder",
    });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(within(step).queryByRole("table")).toBeNull();
    await user.click(toggle);
    const roles = within(step)
      .getAllByRole("combobox")
      .map((c) => (c as HTMLSelectElement).value);
    expect(roles).toEqual(["area", "areaName", "indicator", "period", "value"]);
    expect(
      within(step).queryByRole("textbox", { name: "Indikatorns namn" }),
    ).toBeNull();
  });
});
