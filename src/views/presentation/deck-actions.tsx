/**
 * The current deck's toolbar: present (with or without speaker notes), save to a file, share as
 * a link, delete after a confirmation; and the link to copy by hand when the clipboard refused.
 */
import { isolateText } from "@/domain/bidi";
import { useT } from "@/i18n/i18n";
import type { Deck } from "@/data/decks/deck";
import { LinkField } from "@/ui/copy-link";

export interface DeckActionsProps {
  readonly deck: Deck;
  readonly confirmDelete: boolean;
  readonly onConfirmDelete: (confirm: boolean) => void;
  readonly onDelete: () => void;
  readonly onPresent: () => void;
  readonly onPresentWithNotes: () => void;
  readonly onSaveFile: () => void;
  readonly onShare: () => void;
  readonly shareFallback: string | null;
}

export function DeckActions({
  deck,
  confirmDelete,
  onConfirmDelete,
  onDelete,
  onPresent,
  onPresentWithNotes,
  onSaveFile,
  onShare,
  shareFallback,
}: DeckActionsProps) {
  const { t } = useT();
  return (
    <>
      <div className="deck-toolbar">
        <button
          type="button"
          className="button button--primary"
          disabled={deck.slides.length === 0}
          onClick={onPresent}
        >
          {t("presentation.present")}
        </button>
        <button
          type="button"
          className="button"
          disabled={deck.slides.length === 0}
          onClick={onPresentWithNotes}
        >
          {t("presentation.presentWithNotes")}
        </button>
        <button type="button" className="button" onClick={onSaveFile}>
          {t("presentation.saveFile")}
        </button>
        <button type="button" className="button" onClick={onShare}>
          {t("presentation.shareLink")}
        </button>
        <DeleteDeck
          deck={deck}
          confirmDelete={confirmDelete}
          onConfirmDelete={onConfirmDelete}
          onDelete={onDelete}
        />
      </div>
      <p className="deck-keys">
        {t("presentation.keysDuringShow", {
          keys: t("presentation.show.keys"),
        })}
      </p>
      {shareFallback !== null && (
        <LinkField
          className="deck-share-fallback"
          label={t("presentation.linkFallback")}
          link={shareFallback}
        />
      )}
    </>
  );
}

/** "Ta bort presentationen", then the confirmation that names the deck, or cancel. */
function DeleteDeck({
  deck,
  confirmDelete,
  onConfirmDelete,
  onDelete,
}: Pick<
  DeckActionsProps,
  "deck" | "confirmDelete" | "onConfirmDelete" | "onDelete"
>) {
  const { t } = useT();
  if (!confirmDelete)
    return (
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          onConfirmDelete(true);
        }}
      >
        {t("presentation.deleteDeck")}
      </button>
    );
  return (
    <>
      <button type="button" className="button" onClick={onDelete}>
        {t("presentation.confirmDelete", { name: isolateText(deck.name) })}
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          onConfirmDelete(false);
        }}
      >
        {t("presentation.cancel")}
      </button>
    </>
  );
}
