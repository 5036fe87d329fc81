/** Tillgänglighetsredogörelse, and the page language following the language choice. */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderApp } from "../render";

describe("Tillgänglighetsredogörelse", () => {
  it("follows DIGG's model statement, with the organisation's details marked to fill in", async () => {
    renderApp("?view=accessibility");
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Tillgänglighetsredogörelse",
      }),
    ).toBeInTheDocument();
    const headings = screen
      .getAllByRole("heading", { level: 2 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      "Att fylla i innan sidan publiceras",
      "Vad redogörelsen gäller",
      "Hur tillgängligt är verktyget?",
      "Så är diagrammen gjorda för att fungera för alla",
      "Om du inte kan använda delar av verktyget",
      "Rapportera brister i verktygets tillgänglighet",
      "Tillsyn",
      "Teknisk information om verktygets tillgänglighet",
      "Datum",
    ]);
    expect(document.body.textContent).toContain(
      "lagen (2018:1937) om tillgänglighet till digital offentlig service",
    );
    expect(document.body.textContent).toContain(
      "Myndigheten för digital förvaltning (DIGG)",
    );
    expect(document.body.textContent).toContain("WCAG 2.1");
    // Placeholders are marked in colour and in words, never left looking like real details.
    const marks = document.querySelectorAll("mark.fill-in");
    expect(marks.length).toBeGreaterThanOrEqual(4);
    for (const mark of marks) expect(mark.textContent).toContain("att fylla i");
    expect(document.body.textContent).toContain(
      "Senaste bedömningen gjordes den 23 nov 2026.",
    );
    const gaps = screen.getByRole("heading", {
      name: "Innehåll som inte är tillgängligt",
    });
    const list = gaps.nextElementSibling?.nextElementSibling;
    expect(list?.tagName).toBe("UL");
    expect(
      list && within(list as HTMLElement).getAllByRole("listitem"),
    ).toHaveLength(6);
  });

  it("switches to English: the page's lang, the URL and the text follow", async () => {
    const user = userEvent.setup();
    renderApp("?view=accessibility");
    await screen.findByRole("heading", {
      level: 1,
      name: "Tillgänglighetsredogörelse",
    });
    expect(document.documentElement.lang).toBe("sv");
    await user.click(screen.getByRole("link", { name: "Switch to English" }));
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Accessibility statement",
      }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
    expect(window.location.search).toContain("lang=en");
    expect(document.body.textContent).toContain(
      "The latest assessment was made on 23 Nov 2026.",
    );
    await user.click(screen.getByRole("link", { name: "Byt till svenska" }));
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Tillgänglighetsredogörelse",
      }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("sv");
  });
});
