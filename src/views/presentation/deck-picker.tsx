/** The toolbar above the deck: choose a deck kept here, start a new one, open one from a file. */
import { useRef } from "react";

import { useT } from "@/i18n/i18n";
import type { Deck } from "@/data/decks/deck";
import type { StoredDecks } from "@/data/decks/deck-container";
import { SelectField } from "@/ui/field";

export interface DeckPickerProps {
  readonly stored: StoredDecks;
  readonly deck: Deck | null;
  readonly onSelect: (id: string) => void;
  readonly onNew: () => void;
  readonly onOpenFile: (file: File) => void;
}

export function DeckPicker({
  stored,
  deck,
  onSelect,
  onNew,
  onOpenFile,
}: DeckPickerProps) {
  const { t } = useT();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className="deck-toolbar">
      {stored.decks.length > 0 && deck && (
        <SelectField
          label={t("presentation.deck")}
          value={deck.id}
          options={stored.decks.map((d) => ({ value: d.id, label: d.name }))}
          onChange={onSelect}
        />
      )}
      <button type="button" className="button" onClick={onNew}>
        {t("presentation.newDeck")}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => fileInput.current?.click()}
      >
        {t("presentation.openFile")}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t("presentation.openFile")}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) onOpenFile(file);
        }}
      />
    </div>
  );
}
