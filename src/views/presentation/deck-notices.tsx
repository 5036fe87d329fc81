/** Notices above the deck: decks kept here that could not be read, and a deck opened from a link. */
import { exportFileName } from "@/charts/export/export-data";
import { saveBlob } from "@/charts/export/save-blob";
import { isolateText } from "@/domain/bidi";
import { today } from "@/domain/today";
import { useT } from "@/i18n/i18n";
import { brokenDecksText, type StoredDecks } from "@/data/decks/deck-container";
import { removeBrokenDecks } from "@/data/decks/deck-store";

import type { Shared } from "./use-shared-deck";

export function BrokenDecksNotice({
  stored,
}: {
  readonly stored: StoredDecks;
}) {
  const { t } = useT();
  const text = brokenDecksText(stored);
  if (text === null) return null;
  return (
    <div className="deck-notice deck-notice--error" role="alert">
      <p>
        {stored.broken.length === 0
          ? t("presentation.unreadable")
          : t("presentation.broken", { count: stored.broken.length })}{" "}
        {t("presentation.brokenKept")}
      </p>
      <button
        type="button"
        className="button"
        onClick={() => {
          saveBlob(
            new Blob([text], { type: "application/json" }),
            exportFileName(t("presentation.brokenFileName"), today(), "json"),
          );
        }}
      >
        {t("presentation.downloadBroken")}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          removeBrokenDecks();
        }}
      >
        {t("presentation.removeBroken")}
      </button>
    </div>
  );
}

export interface SharedDeckNoticeProps {
  readonly shared: Shared;
  readonly onPresent: () => void;
  readonly onSave: () => void;
  readonly onClose: () => void;
}

export function SharedDeckNotice({
  shared,
  onPresent,
  onSave,
  onClose,
}: SharedDeckNoticeProps) {
  const { t } = useT();
  if (shared.state === "error")
    return (
      <div className="deck-notice deck-notice--error" role="alert">
        <p>{shared.message}</p>
      </div>
    );
  if (shared.state !== "ok") return null;
  return (
    <section className="deck-notice" aria-labelledby="shared-deck">
      <h2 id="shared-deck">
        {t("presentation.shared", {
          name: isolateText(shared.deck.name),
          count: shared.deck.slides.length,
        })}
      </h2>
      <div className="deck-toolbar">
        <button
          type="button"
          className="button button--primary"
          disabled={shared.deck.slides.length === 0}
          onClick={onPresent}
        >
          {t("presentation.present")}
        </button>
        {shared.saved ? (
          <p role="status">{t("presentation.sharedSaved")}</p>
        ) : (
          <button type="button" className="button" onClick={onSave}>
            {t("presentation.sharedSave")}
          </button>
        )}
        <button
          type="button"
          className="button button--quiet"
          onClick={onClose}
        >
          {t("presentation.close")}
        </button>
      </div>
    </section>
  );
}
