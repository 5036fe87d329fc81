/** A deck problem (data/decks/deck.ts) in words. */
import { formatNumber } from "@/domain/format";
import type { Locale } from "@/domain/local-text";
import type { Translate } from "@/i18n/i18n";
import type { DeckProblem } from "@/data/decks/deck";

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
