/**
 * Issue 15: a pin of a dataset that does not exist (`constructor@1`) is refused with a notice, a
 * pin of a version never published is named as such (not "shown"), and 5 000 made-up pins give
 * a few lines, not thousands.
 */
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { plain, renderApp } from "../render";

describe("Fastlåsta dataversioner", () => {
  it("refuses a pin of an unknown dataset and says so", async () => {
    renderApp("?view=sources&versions=constructor@1");
    expect(
      await screen.findByText(
        'Datasetet "constructor" finns inte, så versionsangivelsen används inte.',
        undefined,
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    const banner = screen.getByRole("region", {
      name: "Fastlåsta dataversioner",
    });
    expect(plain(banner.textContent)).not.toContain("constructor v1");
  });

  it("names a pin of a version that was never published instead of claiming it is shown", async () => {
    renderApp("?view=sources&versions=stimulansmedel-2018@7");
    expect(
      await screen.findByText(
        /^Version 7 av stimulansmedel-2018 är inte publicerad \(publicerade: 1\)/,
        undefined,
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    const banner = screen.getByRole("region", {
      name: "Fastlåsta dataversioner",
    });
    expect(plain(banner.textContent)).not.toContain(
      "visar stimulansmedel-2018 v7",
    );
  });

  it("sums up 5 000 made-up pins in a few lines", async () => {
    const pins = Array.from({ length: 5000 }, (_, i) => `x${String(i)}@1`);
    renderApp(`?view=sources&versions=${pins.join(",")}`);
    const banner = await screen.findByRole(
      "region",
      { name: "Fastlåsta dataversioner" },
      { timeout: 15_000 },
    );
    await screen.findByText("… och 40 till av samma slag.", undefined, {
      timeout: 15_000,
    });
    expect(within(banner).getAllByRole("listitem")).toHaveLength(11);
    expect(
      screen.getByText(/Länken anger 5 000 dataversioner\. Bara de första 50/),
    ).toBeInTheDocument();
  });
});
