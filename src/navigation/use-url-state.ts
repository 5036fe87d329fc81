/**
 * The URL as React state: reading follows back/forward (popstate); writing pushes a history
 * entry (or replaces it). Only this module touches window.history and window.location.
 */
import { useCallback, useMemo, useSyncExternalStore } from "react";

import {
  parseUrlState,
  serializeUrlState,
  type UrlNotice,
  type ViewState,
} from "./url-state";

const EVENT = "urlstatechange";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

const getSearch = (): string => window.location.search;

export interface UrlStateApi {
  readonly state: ViewState;
  readonly notices: readonly UrlNotice[];
  /** Applies a change; `replace` rewrites the current entry instead of adding one. */
  readonly update: (
    patch: Partial<ViewState>,
    options?: { replace?: boolean },
  ) => void;
  /** The link to a state (for anchors). */
  readonly href: (patch: Partial<ViewState>) => string;
}

export function useUrlState(): UrlStateApi {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const { state, notices } = useMemo(() => parseUrlState(search), [search]);
  const href = useCallback(
    (patch: Partial<ViewState>) =>
      `${window.location.pathname}${serializeUrlState({ ...state, ...patch })}`,
    [state],
  );
  const update = useCallback(
    (patch: Partial<ViewState>, options: { replace?: boolean } = {}) => {
      const next = href(patch);
      if (next === `${window.location.pathname}${window.location.search}`)
        return;
      if (options.replace) window.history.replaceState(null, "", next);
      else window.history.pushState(null, "", next);
      window.dispatchEvent(new Event(EVENT));
    },
    [href],
  );
  return { state, notices, update, href };
}
