/** Issue 15: a pin of a dataset that does not exist (`constructor@1`) is refused with a notice. */
import { screen } from "@testing-library/react";
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
});
