import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import manifest from "../../public/data/manifest.json";
import { renderApp } from "../render";

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
});
