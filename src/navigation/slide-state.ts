/**
 * A slide's view state, without the deck schema (zod): the app shell renders slides, and zod is
 * not part of the shell (bundle budget).
 */
import {
  parseUrlState,
  serializeUrlState,
  type DatasetPin,
  type ViewState,
} from "./url-state";

interface SlideLike {
  readonly query: string;
  readonly versions: readonly DatasetPin[];
}

/** A slide's view state: its query, with the captured versions pinned (the query's own first). */
export function slideState(slide: SlideLike): ViewState {
  const { state } = parseUrlState(slide.query);
  const pins: DatasetPin[] = [...state.versions];
  for (const pin of slide.versions) {
    if (!pins.some((p) => p.id === pin.id)) pins.push(pin);
  }
  return { ...state, versions: pins };
}

/** The query string that opens a slide's view on its own, its versions pinned. */
export function slideQuery(slide: SlideLike): string {
  return serializeUrlState(slideState(slide)) || "?";
}
