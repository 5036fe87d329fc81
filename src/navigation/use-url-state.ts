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
const getPathname = (): string => window.location.pathname;
const subscribeNever = (): (() => void) => () => undefined;

/**
 * The state a page pre-rendered at build time was rendered with (scripts/lib/prerender-plugin.ts):
 * its query string, and no path, since the host's sub-path is not known at build time. Hydration
 * reads these "server snapshots" so its first render matches the HTML; React then re-renders with
 * the real path (links get their full href). Outside a build `window` is the only source.
 */
let prerenderSearch = "";
export function setPrerenderSearch(search: string): void {
  prerenderSearch = search;
}
const getServerSearch = (): string =>
  typeof window === "undefined" ? prerenderSearch : getSearch();
const getServerPathname = (): string => "";

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
  const search = useSyncExternalStore(subscribe, getSearch, getServerSearch);
  const pathname = useSyncExternalStore(
    subscribeNever,
    getPathname,
    getServerPathname,
  );
  const { state, notices } = useMemo(() => parseUrlState(search), [search]);
  const href = useCallback(
    (patch: Partial<ViewState>) => {
      const query = serializeUrlState({ ...state, ...patch });
      // Pre-rendered (no path yet): a bare "?" still links to the default state.
      return pathname === "" && query === "" ? "?" : `${pathname}${query}`;
    },
    [state, pathname],
  );
  const update = useCallback(
    (patch: Partial<ViewState>, options: { replace?: boolean } = {}) => {
      const { pathname: path, search: current } = window.location;
      const next = `${path}${serializeUrlState({ ...state, ...patch })}`;
      if (next === `${path}${current}`) return;
      if (options.replace) window.history.replaceState(null, "", next);
      else window.history.pushState(null, "", next);
      window.dispatchEvent(new Event(EVENT));
    },
    [state],
  );
  return { state, notices, update, href };
}
