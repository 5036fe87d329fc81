/**
 * Issue 15 in the Presentation view: form fields keep to the deck limits, a deck that fails to
 * load is kept and offered for download, a full storage is reported without "opened"/"saved"
 * and without losing what was typed. (A 200-slide deck is too slow to render in jsdom: the
 * refusal to duplicate is tested in tests/data/decks/deck-limits.test.ts.)
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import {
  DECK_FORMAT,
  DECK_LIMITS,
  emptyDeck,
  serializeDeck,
  type Deck,
  type Slide,
} from "@/data/decks/deck";
import { STORAGE_KEY } from "@/data/decks/deck-store";

import { renderApp } from "../render";

const slide = (id: string): Slide => ({
  id,
  query: "?view=compare",
  chart: "compare",
  versions: [],
  title: `Rubrik ${id}`,
  notes: "",
});

function store(...decks: unknown[]): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, decks }));
}

const quotaFull = () =>
  vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
    throw new DOMException("full", "QuotaExceededError");
  });

/** The view loads lazily; a shared 2-core machine needs time. */
const LONG = { timeout: 15_000 };

afterEach(() => {
  vi.restoreAllMocks();
});

describe("Presentation: decks that cannot be lost", { timeout: 60_000 }, () => {
  it("gives the name, title and notes fields the deck limits", async () => {
    store({ ...emptyDeck("Workshop"), slides: [slide("a")] });
    renderApp("?view=presentation");
    expect(
      await screen.findByRole(
        "textbox",
        { name: "Namn på presentationen" },
        LONG,
      ),
    ).toHaveAttribute("maxLength", String(DECK_LIMITS.name));
    expect(screen.getByLabelText("Rubrik")).toHaveAttribute(
      "maxLength",
      String(DECK_LIMITS.title),
    );
    expect(screen.getByLabelText("Talarmanus")).toHaveAttribute(
      "maxLength",
      String(DECK_LIMITS.notes),
    );
  });

  it("keeps a deck that fails to load and offers it for download", async () => {
    const broken = { format: DECK_FORMAT, name: "Trasig", slides: "x" };
    store(emptyDeck("Bra"), broken);
    const created: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      created.push(blob as Blob);
      return "blob:x";
    });
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    renderApp("?view=presentation");
    const download = await screen.findByRole(
      "button",
      { name: "Ladda ned det skadade som fil" },
      LONG,
    );
    // A new deck is saved: the broken one must still be there.
    await userEvent.click(
      screen.getByRole("button", { name: "Ny presentation" }),
    );
    const raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "") as {
      decks: unknown[];
    };
    expect(raw.decks).toContainEqual(broken);
    await userEvent.click(download);
    expect(created).toHaveLength(1);
    expect(JSON.parse(await (created[0] as Blob).text())).toEqual(broken);
  });

  it("with full storage: no 'opened', the reason, and typed notes kept", async () => {
    const d: Deck = { ...emptyDeck("Workshop"), slides: [slide("a")] };
    store(d);
    renderApp("?view=presentation");
    const notes = await screen.findByLabelText("Talarmanus", undefined, LONG);
    quotaFull();
    await userEvent.type(notes, "Säg detta");
    expect(notes).toHaveValue("Säg detta");
    expect(screen.getByRole("alert")).toHaveTextContent(/lagring är full/);
    expect(screen.getByRole("alert")).toHaveTextContent(/Spara som fil/);

    const file = new File(
      [serializeDeck({ ...emptyDeck("Från fil"), slides: [slide("b")] })],
      "fil.presentation.json",
      { type: "application/json" },
    );
    const input = screen.getByLabelText("Öppna presentationsfil", {
      selector: "input",
    });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => {
      expect(screen.getByRole("alert")).toHaveTextContent(/Från fil/);
    });
    expect(screen.queryByText(/är öppnad/)).toBeNull();
  });
});

describe("Presentation: a #deck link in a tab already on Presentation", () => {
  it("opens the deck when only the hash changes", async () => {
    renderApp("?view=presentation");
    await screen.findByRole(
      "heading",
      { level: 1, name: "Presentation" },
      LONG,
    );
    const { deckHash } = await import("@/data/decks/deck-link");
    window.location.hash = await deckHash({
      ...emptyDeck("Från länk"),
      slides: [slide("a"), slide("b")],
    });
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    expect(
      await screen.findByRole(
        "heading",
        { name: /Delad presentation: .*Från länk.* \(2 bilder\)/ },
        LONG,
      ),
    ).toBeInTheDocument();
  });
});

describe(
  "Presentation: the chart's point as the slide title",
  { timeout: 60_000 },
  () => {
    it("offers the sentences of the notes as titles; one click makes one the title", async () => {
      store({
        ...emptyDeck("Workshop"),
        slides: [
          {
            ...slide("a"),
            title: "Stimulansmedel till kommunen 2018",
            notes:
              "Alla 26 kommuner fick 34,64 kr per invånare; länet har totalt 79 789 498 kr.",
          },
        ],
      });
      renderApp("?view=presentation");
      const offers = await screen.findByRole(
        "group",
        { name: /Rubrik ur talarmanuset/ },
        LONG,
      );
      await userEvent.click(
        within(offers).getByRole("button", {
          name: "Alla 26 kommuner fick 34,64 kr per invånare",
        }),
      );
      expect(screen.getByLabelText("Rubrik")).toHaveValue(
        "Alla 26 kommuner fick 34,64 kr per invånare",
      );
      // Stored: the deck read back has the new title.
      await waitFor(() => {
        expect(localStorage.getItem(STORAGE_KEY)).toContain(
          '"title":"Alla 26 kommuner fick 34,64 kr per invånare"',
        );
      });
      // The chosen title is no longer offered.
      expect(
        within(offers).queryByRole("button", {
          name: "Alla 26 kommuner fick 34,64 kr per invånare",
        }),
      ).toBeNull();
    });
  },
);
