/**
 * "Lägg till i presentation": a chart's slide appended to the current deck in this browser (a new
 * deck when there is none), or why it could not be.
 */
import {
  cleanDeck,
  emptyDeck,
  isDeckFull,
  type Deck,
  type Slide,
} from "./deck";
import { currentDeck } from "./deck-container";
import { readDecks, saveDeck } from "./deck-store";
import { DeckStoreError, type DeckStoreFailure } from "./deck-store-error";

export type AddSlideResult =
  | { readonly ok: true; readonly deck: Deck; readonly number: number }
  | {
      readonly ok: false;
      readonly reason: DeckStoreFailure;
      /** The field the schema refused, for reason "invalid". */
      readonly field: string;
      /** The deck the slide was meant for. */
      readonly deck: Deck;
    };

/**
 * Appends a slide to the current deck (a new deck named `newDeckName` when there is none);
 * returns the deck and the slide's 1-based number, or why it could not (the deck has the most
 * slides a deck may have, a value the schema would refuse, or storage is full). A long title is
 * cut with "…".
 */
export function addSlide(slide: Slide, newDeckName: string): AddSlideResult {
  const stored = readDecks();
  const base = currentDeck(stored) ?? emptyDeck(newDeckName);
  if (isDeckFull(base))
    return { ok: false, reason: "full", field: "", deck: base };
  const deck = cleanDeck({ ...base, slides: [...base.slides, slide] });
  try {
    saveDeck(deck);
  } catch (error) {
    if (error instanceof DeckStoreError)
      return {
        ok: false,
        reason: error.reason,
        field: error.field,
        deck: base,
      };
    throw error;
  }
  return { ok: true, deck, number: deck.slides.length };
}
