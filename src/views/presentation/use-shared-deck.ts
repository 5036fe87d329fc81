/** A deck opened from a link (`#deck=…` in the hash): none, unreadable, or read (and maybe saved). */
import { useEffect, useState } from "react";

import { useT } from "@/i18n/i18n";
import type { Deck } from "@/data/decks/deck";
import { decodeDeck } from "@/data/decks/deck-link";

import { deckInHash } from "./deck-hash";
import { deckProblemText } from "./deck-problem";

export type Shared =
  | { readonly state: "none" }
  | { readonly state: "error"; readonly message: string }
  | { readonly state: "ok"; readonly deck: Deck; readonly saved: boolean };

/** A deck from a link, when there is one in the URL's hash. */
export function useSharedDeck(): [Shared, (s: Shared) => void] {
  const { t, locale } = useT();
  const [shared, setShared] = useState<Shared>({ state: "none" });
  // Read on mount and again when the hash changes: a `#deck=` link opened in a tab that is
  // already on Presentation only changes the hash, and the page does not reload.
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onHashChange = (): void => {
      setHash(window.location.hash);
    };
    window.addEventListener("hashchange", onHashChange);
    return () => {
      window.removeEventListener("hashchange", onHashChange);
    };
  }, []);
  useEffect(() => {
    const encoded = deckInHash();
    if (encoded === null) return;
    let live = true;
    void decodeDeck(encoded).then((result) => {
      if (!live) return;
      setShared(
        result.ok
          ? { state: "ok", deck: result.deck, saved: false }
          : {
              state: "error",
              message: `${t("presentation.linkError")} ${deckProblemText(result.problem, t, locale)}`,
            },
      );
    });
    return () => {
      live = false;
    };
  }, [t, locale, hash]);
  return [shared, setShared];
}
