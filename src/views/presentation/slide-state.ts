/**
 * A slide's view state: a slide IS a view state (its query string) with the dataset versions it
 * was captured with. Kept apart from the deck schema (zod), which rendering a slide does not need.
 */
import {
  parseUrlState,
  serializeUrlState,
  type DatasetPin,
  type ViewState,
} from "@/navigation/url-state";

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
