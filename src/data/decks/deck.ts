/**
 * A presentation deck: named, ordered slides. A slide IS a view state — the query string of the
 * view at capture time — plus the dataset versions the chart showed then (so the same figures
 * come back even after a new version is published), the chart it shows, a title and speaker
 * notes. The same schema checks decks from local storage, from a file and from a shared link;
 * nothing unchecked is ever rendered. Errors are returned as data (which line, column, field
 * and problem); the view words them.
 */
import * as z from "zod/mini";

import { stripBidi } from "@/domain/bidi";

export const DECK_FORMAT = "psykisk-halsa-presentation";
const DECK_SCHEMA_VERSION = 1;
/** The largest deck (JSON bytes) read from a file or a link. */
export const MAX_DECK_BYTES = 1_000_000;
/**
 * The limits the schema checks on read; every write keeps to them too (form fields, store),
 * so nothing the app saved is ever refused as damaged when it is read back.
 */
export const DECK_LIMITS = {
  name: 200,
  title: 300,
  notes: 10_000,
  slides: 200,
} as const;

const pinSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,80}$/)),
  version: z.int().check(z.gte(1), z.lte(999_999)),
});

const slideSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  /** The view's query string, "?view=compare&kommuner=0127" ("" = the start page). */
  query: z.string().check(z.regex(/^(?:\?[^#\s]{0,2000})?$/)),
  /** The chart (ChartFrame export id) the slide shows. */
  chart: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,80}$/)),
  versions: z.array(pinSchema).check(z.maxLength(100)),
  title: z.string().check(z.maxLength(DECK_LIMITS.title)),
  notes: z.string().check(z.maxLength(DECK_LIMITS.notes)),
});
export type Slide = z.infer<typeof slideSchema>;
export type SlidePin = z.infer<typeof pinSchema>;

const deckSchema = z.object({
  format: z.literal(DECK_FORMAT),
  schemaVersion: z.literal(DECK_SCHEMA_VERSION),
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  name: z.string().check(z.minLength(1), z.maxLength(DECK_LIMITS.name)),
  slides: z.array(slideSchema).check(z.maxLength(DECK_LIMITS.slides)),
});
export type Deck = z.infer<typeof deckSchema>;

export type DeckProblem =
  | { readonly kind: "too-large"; readonly bytes: number }
  /** A link that is, or inflates to, more than MAX_DECK_BYTES (read no further than that). */
  | { readonly kind: "link-too-large" }
  | {
      readonly kind: "json";
      readonly line: number | null;
      readonly column: number | null;
      readonly detail: string;
    }
  | { readonly kind: "not-a-deck" }
  | { readonly kind: "newer"; readonly schemaVersion: number }
  | {
      readonly kind: "field";
      /** "slides.2.query" */
      readonly field: string;
      readonly line: number | null;
      readonly detail: string;
    };

export type DeckResult =
  | { readonly ok: true; readonly deck: Deck }
  | { readonly ok: false; readonly problem: DeckProblem };

/** A random id for decks and slides. */
export function newId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split("\n");
  return [before.length, (before[before.length - 1]?.length ?? 0) + 1];
}

/** Where a JSON.parse error happened, from the engine's message ("… at position 12 (line 2 column 3)"). */
function jsonPosition(
  text: string,
  message: string,
): [number | null, number | null] {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return [Number(lc[1]), Number(lc[2])];
  const position = /position (\d+)/.exec(message);
  if (position) return lineColumn(text, Number(position[1]));
  return [null, null];
}

/** The line where a field's value starts, found by walking the path through the text. */
function lineOfPath(text: string, path: readonly PropertyKey[]): number | null {
  let offset = 0;
  for (const key of path) {
    if (typeof key === "number") {
      // The n-th object of an array: count opening braces at this depth, roughly.
      let seen = -1;
      let depth = 0;
      for (let i = offset; i < text.length; i++) {
        const c = text[i];
        if (c === "{" || c === "[") {
          if (depth === 1 && c === "{") {
            seen++;
            if (seen === key) {
              offset = i;
              break;
            }
          }
          depth++;
        } else if (c === "}" || c === "]") depth--;
        if (depth < 0) return null;
      }
      if (seen !== key) return null;
    } else {
      const at = text.indexOf(`"${String(key)}"`, offset);
      if (at < 0) return null;
      offset = at;
    }
  }
  return lineColumn(text, offset)[0];
}

/** Checks a value (already parsed) against the deck schema. */
export function checkDeck(value: unknown, text = ""): DeckResult {
  if (
    value === null ||
    typeof value !== "object" ||
    (value as { format?: unknown }).format !== DECK_FORMAT
  ) {
    return { ok: false, problem: { kind: "not-a-deck" } };
  }
  const schemaVersion = (value as { schemaVersion?: unknown }).schemaVersion;
  if (typeof schemaVersion === "number" && schemaVersion > DECK_SCHEMA_VERSION)
    return { ok: false, problem: { kind: "newer", schemaVersion } };
  const result = deckSchema.safeParse(value);
  if (result.success) return { ok: true, deck: cleanDeck(result.data) };
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  return {
    ok: false,
    problem: {
      kind: "field",
      field: path.map(String).join("."),
      line: text === "" ? null : lineOfPath(text, path),
      detail: issue?.message ?? "",
    },
  };
}

/** Parses and checks deck text (a file or a decoded link). Never throws. */
export function parseDeck(text: string): DeckResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_DECK_BYTES)
    return { ok: false, problem: { kind: "too-large", bytes } };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const [line, column] = jsonPosition(text, detail);
    return { ok: false, problem: { kind: "json", line, column, detail } };
  }
  return checkDeck(value, text);
}

/** The deck as file text: pretty JSON, so a person can read and diff it. */
export function serializeDeck(deck: Deck): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}

export function emptyDeck(name: string): Deck {
  return {
    format: DECK_FORMAT,
    schemaVersion: DECK_SCHEMA_VERSION,
    id: newId(),
    name: fitText(name, DECK_LIMITS.name) || "–",
    slides: [],
  };
}

/**
 * Text within `max` UTF-16 units (what the schema counts), bidi controls stripped; longer text
 * is cut and ends with "…" (never in the middle of a surrogate pair).
 */
export function fitText(text: string, max: number): string {
  const clean = stripBidi(text);
  if (clean.length <= max) return clean;
  let cut = clean.slice(0, max - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function cleanSlide(slide: Slide): Slide {
  const title = fitText(slide.title, DECK_LIMITS.title);
  const notes = fitText(slide.notes, DECK_LIMITS.notes);
  return title === slide.title && notes === slide.notes
    ? slide
    : { ...slide, title, notes };
}

/**
 * The deck with its texts within the limits and without bidi controls (a name that is left
 * empty becomes "–"). Slides past the limit are not cut here: the store refuses them instead.
 */
export function cleanDeck(deck: Deck): Deck {
  const name = fitText(deck.name, DECK_LIMITS.name) || "–";
  return { ...deck, name, slides: deck.slides.map(cleanSlide) };
}

/** True when the deck has as many slides as a deck may have. */
export function isDeckFull(deck: Deck): boolean {
  return deck.slides.length >= DECK_LIMITS.slides;
}

/** Moves slide `from` to index `to` (both clamped). */
export function moveSlide(deck: Deck, from: number, to: number): Deck {
  const slides = [...deck.slides];
  const [slide] = slides.splice(from, 1);
  if (!slide) return deck;
  slides.splice(Math.max(0, Math.min(to, slides.length)), 0, slide);
  return { ...deck, slides };
}

/** A copy of slide `index` right after it, with a new id (the same deck when it is full). */
export function duplicateSlide(deck: Deck, index: number): Deck {
  const slide = deck.slides[index];
  if (!slide || isDeckFull(deck)) return deck;
  const slides = [...deck.slides];
  slides.splice(index + 1, 0, { ...slide, id: newId() });
  return { ...deck, slides };
}

export function removeSlide(deck: Deck, index: number): Deck {
  return { ...deck, slides: deck.slides.filter((_, i) => i !== index) };
}

export function updateSlide(
  deck: Deck,
  index: number,
  patch: Partial<Pick<Slide, "title" | "notes">>,
): Deck {
  return {
    ...deck,
    slides: deck.slides.map((s, i) =>
      i === index ? cleanSlide({ ...s, ...patch }) : s,
    ),
  };
}
