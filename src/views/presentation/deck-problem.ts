/** A deck problem (data/decks/deck.ts), or why the store refused a deck, in words. */
import { formatNumber } from "@/domain/format";
import type { Locale } from "@/domain/local-text";
import type { Translate } from "@/i18n/i18n";
import { DECK_LIMITS, type Deck, type DeckProblem } from "@/data/decks/deck";
import { DeckStoreError } from "@/data/decks/deck-store-error";
import { isolateText } from "@/domain/bidi";

export function deckProblemText(
  problem: DeckProblem,
  t: Translate,
  locale: Locale,
): string {
  switch (problem.kind) {
    case "too-large":
      return t("presentation.problems.too-large", {
        bytes: formatNumber(problem.bytes, 0, locale),
      });
    case "link-too-large":
      return t("presentation.problems.link-too-large");
    case "json":
      return problem.line === null
        ? t("presentation.problems.jsonNoPosition", { detail: problem.detail })
        : t("presentation.problems.json", {
            line: problem.line,
            column: problem.column ?? 1,
          });
    case "not-a-deck":
      return t("presentation.problems.not-a-deck");
    case "newer":
      return t("presentation.problems.newer", {
        schemaVersion: problem.schemaVersion,
      });
    case "field":
      return problem.line === null
        ? t("presentation.problems.fieldNoLine", { field: problem.field })
        : t("presentation.problems.field", {
            field: problem.field,
            line: problem.line,
          });
  }
}

/** Why a deck could not be kept in this browser (storage full, too many slides, …). */
export function storeFailureText(
  error: unknown,
  deck: Deck,
  t: Translate,
): string {
  if (!(error instanceof DeckStoreError))
    return t("presentation.storageError", {
      message: error instanceof Error ? error.message : String(error),
    });
  switch (error.reason) {
    case "quota":
      return t("presentation.storageFull", { name: isolateText(deck.name) });
    case "full":
      return t("presentation.deckFull", { max: DECK_LIMITS.slides });
    case "invalid":
      return t("presentation.invalid", { field: error.field });
    case "unavailable":
      return t("presentation.storageUnavailable");
  }
}
