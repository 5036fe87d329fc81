/**
 * The slides of one deck: title and speaker notes editable, reorder, duplicate, remove, open
 * the slide's view, present from a slide. Every change is saved at once (onChange).
 */
import { useState } from "react";

import { useT } from "@/i18n/i18n";
import {
  DECK_LIMITS,
  duplicateSlide,
  isDeckFull,
  moveSlide,
  removeSlide,
  updateSlide,
  type Deck,
  type Slide,
} from "@/data/decks/deck";

import { SlideItem } from "./slide-item";

export interface DeckEditorProps {
  readonly deck: Deck;
  readonly onChange: (deck: Deck) => void;
  readonly onPresent: (start: number) => void;
  /** The link that opens a slide's view on its own (versions pinned). */
  readonly slideHref: (slide: Slide) => string;
}

export function DeckEditor({
  deck,
  onChange,
  onPresent,
  slideHref,
}: DeckEditorProps) {
  const { t } = useT();
  const [full, setFull] = useState(false);
  if (deck.slides.length === 0)
    return <p className="deck-empty">{t("presentation.empty")}</p>;
  return (
    <section aria-labelledby="deck-slides">
      <h2 id="deck-slides">
        {t("presentation.slides", { count: deck.slides.length })}
      </h2>
      <p className="deck-message" role="status">
        {full && isDeckFull(deck)
          ? t("presentation.deckFull", { max: DECK_LIMITS.slides })
          : ""}
      </p>
      <ol className="deck-slides">
        {deck.slides.map((slide, i) => (
          <SlideItem
            key={slide.id}
            slide={slide}
            index={i}
            count={deck.slides.length}
            href={slideHref(slide)}
            onEdit={(patch) => {
              onChange(updateSlide(deck, i, patch));
            }}
            onMove={(to) => {
              onChange(moveSlide(deck, i, to));
            }}
            onDuplicate={() => {
              // A full deck gets no copy: the status above says why.
              setFull(isDeckFull(deck));
              if (!isDeckFull(deck)) onChange(duplicateSlide(deck, i));
            }}
            onRemove={() => {
              onChange(removeSlide(deck, i));
            }}
            onPresent={() => {
              onPresent(i);
            }}
          />
        ))}
      </ol>
    </section>
  );
}
