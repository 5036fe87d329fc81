/** The current deck: its name, its toolbar (deck-actions) and its slides (deck-editor). */
import { useT } from "@/i18n/i18n";
import { DECK_LIMITS, type Deck, type Slide } from "@/data/decks/deck";
import { deleteDeck } from "@/data/decks/deck-store";
import { slideQuery } from "./slide-state";

import { DeckActions } from "./deck-actions";
import { DeckEditor } from "./deck-editor";
import { openNotesWindow } from "./notes-window";
import type { DeckFiles } from "./use-deck-files";

export interface DeckCardProps {
  readonly deck: Deck;
  readonly files: DeckFiles;
  readonly confirmDelete: boolean;
  readonly onConfirmDelete: (confirm: boolean) => void;
  /** Starts the show at slide `start`, with the speaker notes window when there is one. */
  readonly onPlay: (
    start: number,
    notesWindow: Window | "blocked" | null,
  ) => void;
}

const slideHref = (slide: Slide): string =>
  `${window.location.pathname}${slideQuery(slide)}`;

export function DeckCard({
  deck,
  files,
  confirmDelete,
  onConfirmDelete,
  onPlay,
}: DeckCardProps) {
  const { t } = useT();
  const { store } = files;
  return (
    <section className="deck card" aria-labelledby="deck-name-label">
      <div className="deck-name">
        <label id="deck-name-label" htmlFor="deck-name">
          {t("presentation.name")}
        </label>
        <input
          id="deck-name"
          value={deck.name}
          maxLength={DECK_LIMITS.name}
          onChange={(event) => {
            const name = event.target.value;
            if (name.trim() !== "") store({ ...deck, name });
          }}
        />
      </div>
      <DeckActions
        deck={deck}
        confirmDelete={confirmDelete}
        onConfirmDelete={onConfirmDelete}
        onDelete={() => {
          files.discard();
          try {
            deleteDeck(deck.id);
          } catch {
            // Deleting shortens the stored text; a refusal leaves the deck as it was.
          }
          onConfirmDelete(false);
        }}
        onPresent={() => {
          onPlay(0, null);
        }}
        onPresentWithNotes={() => {
          onPlay(0, openNotesWindow(t("presentation.show.notesTitle")));
        }}
        onSaveFile={() => {
          files.saveFile(deck);
        }}
        onShare={() => {
          void files.share(deck);
        }}
        shareFallback={files.shareFallback}
      />
      <DeckEditor
        deck={deck}
        onChange={store}
        slideHref={slideHref}
        onPresent={(start) => {
          onPlay(start, null);
        }}
      />
    </section>
  );
}
