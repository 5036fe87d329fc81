/**
 * The whole view state lives in the URL query string. Parsing never throws: a malformed value
 * falls back to its default and yields a notice saying so. Values that can only be checked
 * against data (indicator, period, group) are checked by the view, which reports its own notices.
 */
import type { AreaCode } from "@/domain/areas";
import { isAreaCode } from "@/domain/areas";
import type { Locale } from "@/domain/local-text";

import { VIEWS, type View } from "./view-registry";

const MODES = ["absolute", "per-capita"] as const;
export type Mode = (typeof MODES)[number];

const SORTS = ["value", "name"] as const;
/** Colour scale of the map: sequential, or diverging around the county value. */
const SCALES = ["sequential", "diverging"] as const;
export type Scale = (typeof SCALES)[number];
export type Sort = (typeof SORTS)[number];

/** A dataset shown at a fixed published version instead of the latest (`versions=id@2,…`). */
export interface DatasetPin {
  readonly id: string;
  readonly version: number;
}

export interface ViewState {
  readonly view: View;
  readonly indicator: string | null;
  /** Second indicator (the resources axis of Behov och resurser). */
  readonly x: string | null;
  readonly period: string | null;
  readonly group: string | null;
  readonly kommuner: readonly AreaCode[];
  readonly mode: Mode;
  readonly sort: Sort;
  readonly scale: Scale;
  readonly table: boolean;
  readonly lang: Locale;
  /** Pinned dataset versions, in URL order; datasets not named show their latest version. */
  readonly versions: readonly DatasetPin[];
}

export const DEFAULT_STATE: ViewState = {
  view: "overview",
  indicator: null,
  x: null,
  period: null,
  group: null,
  kommuner: [],
  mode: "absolute",
  sort: "value",
  scale: "sequential",
  table: false,
  lang: "sv",
  versions: [],
};

type NoticeKey =
  | "unknownView"
  | "unknownIndicator"
  | "unknownPeriod"
  | "unknownKommun"
  | "unknownMode"
  | "unknownLanguage"
  | "unknownBreakdown"
  | "unknownSort"
  | "unknownScale"
  | "unknownVersion"
  | "tooManyVersions"
  | "malformedIndicator"
  | "malformedPeriod"
  | "moreNotices"
  | "unknownParameter";

export interface UrlNotice {
  readonly key: NoticeKey;
  readonly value: string;
  readonly fallback?: string;
}

const KNOWN_PARAMS = new Set([
  "view",
  "indicator",
  "x",
  "period",
  "group",
  "kommuner",
  "mode",
  "sort",
  "scale",
  "table",
  "lang",
  "versions",
]);

// Plain patterns rather than zod: this module is in the app shell, zod is not (bundle budget).
const SLUG = /^[a-z0-9][a-z0-9:.-]{0,80}$/;
const PERIOD = /^\d{4}(?:-\d{4}|M(?:0[1-9]|1[0-2])|K[1-4])?$/;
const PIN = /^([a-z0-9][a-z0-9-]{0,80})@([1-9]\d{0,5})$/;
/** More pins than any link needs (the app publishes a handful of datasets): the rest is dropped. */
const MAX_PINS = 50;
/** Notices of one kind beyond this are summed up in one line ("och 8 990 till"). */
const MAX_NOTICES_PER_KEY = 10;

/** Reads `versions=id@2,id@1`; a malformed pin or a second pin of the same dataset is a notice. */
function parsePins(raw: string | null, notices: UrlNotice[]): DatasetPin[] {
  const pins: DatasetPin[] = [];
  const items = (raw ?? "").split(",").filter((p) => p !== "");
  if (items.length > MAX_PINS)
    notices.push({
      key: "tooManyVersions",
      value: String(items.length),
      fallback: String(MAX_PINS),
    });
  for (const item of items.slice(0, MAX_PINS)) {
    const match = PIN.exec(item);
    const id = match?.[1];
    const version = Number(match?.[2]);
    if (id === undefined || pins.some((p) => p.id === id))
      notices.push({ key: "unknownVersion", value: item });
    else pins.push({ id, version });
  }
  return pins;
}

function pick<T extends string>(
  values: readonly T[],
  raw: string | null,
  fallback: T,
  key: NoticeKey,
  notices: UrlNotice[],
): T {
  if (raw === null) return fallback;
  if ((values as readonly string[]).includes(raw)) return raw as T;
  notices.push({ key, value: raw, fallback });
  return fallback;
}

/**
 * At most MAX_NOTICES_PER_KEY notices of each kind; the rest become one "moreNotices" line with
 * their count in `value` (a 100 KB `kommuner` list would otherwise give thousands of lines).
 */
function capNotices(notices: readonly UrlNotice[]): UrlNotice[] {
  const counts = new Map<NoticeKey, number>();
  const kept: UrlNotice[] = [];
  for (const n of notices) {
    const count = (counts.get(n.key) ?? 0) + 1;
    counts.set(n.key, count);
    if (count <= MAX_NOTICES_PER_KEY) kept.push(n);
  }
  for (const [key, count] of counts) {
    if (count > MAX_NOTICES_PER_KEY)
      kept.push({
        key: "moreNotices",
        value: String(count - MAX_NOTICES_PER_KEY),
        fallback: key,
      });
  }
  return kept;
}

/** Parses a query string; never throws. */
export function parseUrlState(search: string): {
  state: ViewState;
  notices: UrlNotice[];
} {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  for (const name of params.keys()) {
    if (!KNOWN_PARAMS.has(name))
      notices.push({ key: "unknownParameter", value: name });
  }
  const text = (
    name: string,
    pattern: RegExp,
    key: NoticeKey,
  ): string | null => {
    const raw = params.get(name);
    if (raw === null || raw === "") return null;
    if (pattern.test(raw)) return raw;
    notices.push({ key, value: raw });
    return null;
  };
  const kommuner: AreaCode[] = [];
  for (const code of (params.get("kommuner") ?? "")
    .split(",")
    .filter((c) => c !== "")) {
    if (!isAreaCode(code) || code.length !== 4)
      notices.push({ key: "unknownKommun", value: code });
    else if (!kommuner.includes(code)) kommuner.push(code);
  }
  const state: ViewState = {
    view: pick(
      VIEWS,
      params.get("view"),
      DEFAULT_STATE.view,
      "unknownView",
      notices,
    ),
    indicator: text("indicator", SLUG, "malformedIndicator"),
    x: text("x", SLUG, "malformedIndicator"),
    period: text("period", PERIOD, "malformedPeriod"),
    group: text("group", SLUG, "unknownBreakdown"),
    kommuner,
    mode: pick(
      MODES,
      params.get("mode"),
      DEFAULT_STATE.mode,
      "unknownMode",
      notices,
    ),
    sort: pick(
      SORTS,
      params.get("sort"),
      DEFAULT_STATE.sort,
      "unknownSort",
      notices,
    ),
    scale: pick(
      SCALES,
      params.get("scale"),
      DEFAULT_STATE.scale,
      "unknownScale",
      notices,
    ),
    table: params.get("table") === "1",
    lang: pick(
      ["sv", "en"] as const,
      params.get("lang"),
      "sv",
      "unknownLanguage",
      notices,
    ),
    versions: parsePins(params.get("versions"), notices),
  };
  return { state, notices: capNotices(notices) };
}

/** Serialises a state; defaults are left out so links stay short. */
export function serializeUrlState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_STATE.view) params.set("view", state.view);
  if (state.indicator !== null) params.set("indicator", state.indicator);
  if (state.x !== null) params.set("x", state.x);
  if (state.period !== null) params.set("period", state.period);
  if (state.group !== null) params.set("group", state.group);
  if (state.kommuner.length > 0)
    params.set("kommuner", state.kommuner.join(","));
  if (state.mode !== DEFAULT_STATE.mode) params.set("mode", state.mode);
  if (state.sort !== DEFAULT_STATE.sort) params.set("sort", state.sort);
  if (state.scale !== DEFAULT_STATE.scale) params.set("scale", state.scale);
  if (state.table) params.set("table", "1");
  if (state.lang !== DEFAULT_STATE.lang) params.set("lang", state.lang);
  if (state.versions.length > 0)
    params.set(
      "versions",
      state.versions.map((p) => `${p.id}@${p.version}`).join(","),
    );
  const text = params
    .toString()
    .replace(/%2C/g, ",")
    .replace(/%40/g, "@")
    .replace(/%3A/g, ":");
  return text === "" ? "" : `?${text}`;
}
