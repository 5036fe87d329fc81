/**
 * The slides of one deck: title and speaker notes editable, reorder, duplicate, remove, open
 * the slide's view, present from a slide. Every change is saved at once (onChange).
 */
import { useId, useState } from "react";

import { useT } from "@/i18n/i18n";
import {
  DECK_LIMITS,
  duplicateSlide,
  fitText,
  isDeckFull,
  moveSlide,
  removeSlide,
  updateSlide,
  type Deck,
  type Slide,
} from "@/data/decks/deck";
import { parseUrlState } from "@/navigation/url-state";

import { TitlePicker } from "./title-picker";

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

interface SlideItemProps {
  readonly slide: Slide;
  readonly index: number;
  readonly count: number;
  readonly href: string;
  readonly onEdit: (patch: { title?: string; notes?: string }) => void;
  readonly onMove: (to: number) => void;
  readonly onDuplicate: () => void;
  readonly onRemove: () => void;
  readonly onPresent: () => void;
}

function SlideItem(props: SlideItemProps) {
  const { t } = useT();
  const id = useId();
  const { slide, index } = props;
  const n = index + 1;
  const view = parseUrlState(slide.query).state.view;
  return (
    <li className="deck-slide" aria-labelledby={`${id}-label`}>
      <h3 className="deck-slide__label" id={`${id}-label`}>
        {t("presentation.slideLabel", { n })}
        {slide.title === "" ? "" : ": "}
        {slide.title !== "" && <bdi>{slide.title}</bdi>}
      </h3>
      <div className="deck-slide__fields">
        <label htmlFor={`${id}-title`}>{t("presentation.title")}</label>
        <input
          id={`${id}-title`}
          value={slide.title}
          maxLength={DECK_LIMITS.title}
          onChange={(event) => {
            props.onEdit({ title: event.target.value });
          }}
        />
        <TitlePicker
          notes={slide.notes}
          title={slide.title}
          onPick={(title) => {
            props.onEdit({ title: fitText(title, DECK_LIMITS.title) });
          }}
        />
        <label htmlFor={`${id}-notes`}>{t("presentation.notes")}</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          value={slide.notes}
          maxLength={DECK_LIMITS.notes}
          onChange={(event) => {
            props.onEdit({ notes: event.target.value });
          }}
        />
        <p className="deck-slide__meta">
          {t("presentation.shows")}: {t(`views.${view}`)} ·{" "}
          {t("presentation.versions")}:{" "}
          {slide.versions.map((v) => `${v.id}@${String(v.version)}`).join(", ")}{" "}
          · <a href={props.href}>{t("presentation.openView")}</a>
        </p>
      </div>
      <div
        className="deck-slide__actions"
        role="group"
        aria-label={t("presentation.slideLabel", { n })}
      >
        <button
          type="button"
          className="button"
          disabled={index === 0}
          onClick={() => {
            props.onMove(index - 1);
          }}
        >
          {t("presentation.moveUp")}
        </button>
        <button
          type="button"
          className="button"
          disabled={index === props.count - 1}
          onClick={() => {
            props.onMove(index + 1);
          }}
        >
          {t("presentation.moveDown")}
        </button>
        <button type="button" className="button" onClick={props.onDuplicate}>
          {t("presentation.duplicate")}
        </button>
        <button type="button" className="button" onClick={props.onRemove}>
          {t("presentation.remove")}
        </button>
        <button type="button" className="button" onClick={props.onPresent}>
          {t("presentation.presentFrom", { n })}
        </button>
      </div>
    </li>
  );
}
