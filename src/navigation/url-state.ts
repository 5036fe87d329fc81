/**
 * The whole view state lives in the URL query string, described once by PARAMS below: the view
 * state's type, its defaults, parsing, serialising and the list of known parameters all come from
 * that table. Parsing never throws: a malformed value falls back to its default and yields a
 * notice saying so. Values that can only be checked against data (indicator, period, group) are
 * checked by the view, which reports its own notices.
 */
import { LOCALES } from "@/domain/local-text";

import {
  areaCodes,
  capNotices,
  checkedText,
  choice,
  dottedChoices,
  flag,
  optionalChoice,
  pins,
  type Param,
  type UrlNotice,
} from "./url-params";
import { paramsOf, VIEWS, type View } from "./view-registry";

export type { DatasetPin, UrlNotice } from "./url-params";

const MODES = ["absolute", "per-capita"] as const;
export type Mode = (typeof MODES)[number];
const SORTS = ["value", "name"] as const;
export type Sort = (typeof SORTS)[number];
/** Colour scale of the map: sequential, or diverging around the county value. */
const SCALES = ["sequential", "diverging"] as const;
export type Scale = (typeof SCALES)[number];
/** How the map draws the kommuner: their real shapes, or one equal square each. */
const LAYOUTS = ["map", "tiles"] as const;
export type MapLayout = (typeof LAYOUTS)[number];
/**
 * What Jämför kommuner sets the kommuner against: the county (the 26), the selected kommun's
 * kommungrupp 2017 in all of Sweden, or all 290 kommuner of Sweden.
 */
const REFERENCES = ["county", "group", "sweden"] as const;
export type Reference = (typeof REFERENCES)[number];
/**
 * Trender's reference lines besides the county: Riket (Kolada's value) and the median of the
 * selected kommuner's kommungrupp 2017. Absent = Riket only; "none" = neither.
 */
const TREND_LINES = ["sweden", "group", "none"] as const;
export type TrendLineChoice = (typeof TREND_LINES)[number];
/** The Finansiering sections whose table can be opened (`tables=avtal.plan`), in page order. */
export const FUNDING_TABLES = [
  "avtal",
  "stimulans",
  "forvantat",
  "plan",
] as const;
export type FundingTable = (typeof FUNDING_TABLES)[number];

// Plain patterns rather than zod: this module is in the app shell, zod is not (bundle budget).
const SLUG = /^[a-z0-9][a-z0-9:.-]{0,80}$/;
const PERIOD = /^\d{4}(?:-\d{4}|M(?:0[1-9]|1[0-2])|K[1-4])?$/;

/**
 * Every URL parameter: its name (the key, also the view state's field), how it is read and
 * written, and its default. The order is the order in a serialised link.
 */
const PARAMS = {
  view: choice(VIEWS, "overview", "unknownView"),
  indicator: checkedText(SLUG, "malformedIndicator"),
  /** Second indicator (the resources axis of Behov och resurser). */
  x: checkedText(SLUG, "malformedIndicator"),
  period: checkedText(PERIOD, "malformedPeriod"),
  /** A breakdown of the indicator (kön, ålder …). */
  group: checkedText(SLUG, "unknownBreakdown"),
  kommuner: areaCodes,
  /** Total or per inhabitant; absent = the view's choice (see views/shared/resolve-selection). */
  mode: optionalChoice(MODES, "unknownMode"),
  sort: choice(SORTS, "value", "unknownSort"),
  /** Jämför kommuner's "Jämför med": the county, the kommungrupp in Sweden, all of Sweden. */
  ref: choice(REFERENCES, "county", "unknownReference"),
  /** Trender's reference lines (`lines=sweden.group`). */
  lines: dottedChoices(TREND_LINES, "unknownLine"),
  scale: choice(SCALES, "sequential", "unknownScale"),
  /** The map's drawing: the real map of the county, or the tile map. */
  layout: choice(LAYOUTS, "map", "unknownLayout"),
  /** Tables instead of charts (on Finansiering: every section's table). */
  table: flag,
  /** The Finansiering sections whose table is open, when not all of them are. */
  tables: dottedChoices(FUNDING_TABLES, "unknownTable"),
  lang: choice(LOCALES, "sv", "unknownLanguage"),
  /** Pinned dataset versions, in URL order; datasets not named show their latest version. */
  versions: pins,
};

export type ParamName = keyof typeof PARAMS;
type ValueOf<P> = P extends Param<infer T> ? T : never;
export type ViewState = {
  readonly [K in ParamName]: ValueOf<(typeof PARAMS)[K]>;
};

const NAMES = Object.keys(PARAMS) as ParamName[];

/** The parameters a view's registry line declares: names from this table, or a type error. */
const paramsOfView = (view: View): readonly ParamName[] => paramsOf(view);

export const DEFAULT_STATE = Object.fromEntries(
  NAMES.map((name) => [name, PARAMS[name].default]),
) as unknown as ViewState;

/**
 * Links from before `tables` named Finansiering's open tables in `group` ("table=1&group=avtal");
 * Finansiering has no `group`, so such a link opens the tables it names, as it did.
 */
function readLegacyGroup(state: ViewState): ViewState {
  const uses = paramsOfView(state.view);
  if (
    state.group === null ||
    uses.includes("group") ||
    !uses.includes("tables")
  )
    return state;
  const named = state.group.split(".");
  const open = FUNDING_TABLES.filter((id) => named.includes(id));
  return state.table && state.tables.length === 0 && open.length > 0
    ? { ...state, group: null, table: false, tables: open }
    : { ...state, group: null };
}

/** Kommun notices come first, as they did before the table. */
const PARSE_ORDER: readonly ParamName[] = [
  "kommuner",
  ...NAMES.filter((n) => n !== "kommuner"),
];

/**
 * The parameters a view resolves against its data: a malformed value of one of them is reported
 * by the view that reads it, which names what it shows instead ("Visar Stimulansmedel …").
 */
const RESOLVED_BY_VIEW: readonly string[] = ["indicator", "x", "period"];

/** Parses a query string; never throws. */
export function parseUrlState(search: string): {
  state: ViewState;
  notices: UrlNotice[];
} {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  for (const name of params.keys()) {
    if (!(name in PARAMS))
      notices.push({ key: "unknownParameter", value: name });
  }
  const state = Object.fromEntries(
    PARSE_ORDER.map((name) => {
      const own: UrlNotice[] = [];
      const value = PARAMS[name].parse(params.get(name), own);
      // Which parameter, where the view may word the notice itself (isResolvedByView).
      const tag = RESOLVED_BY_VIEW.includes(name);
      notices.push(...own.map((n) => (tag ? { ...n, param: name } : n)));
      return [name, value];
    }),
  ) as unknown as ViewState;
  return { state: readLegacyGroup(state), notices: capNotices(notices) };
}

/** True for a notice the current view words itself (a malformed indicator, x or period it reads). */
export function isResolvedByView(
  notice: UrlNotice,
  viewParams: readonly string[],
): boolean {
  return (
    notice.key.startsWith("malformed") &&
    notice.param !== undefined &&
    RESOLVED_BY_VIEW.includes(notice.param) &&
    viewParams.includes(notice.param)
  );
}

/** The text a malformed `indicator`, `x` or `period` had in the link, or null. */
export function malformedValue(
  notices: readonly UrlNotice[],
  param: "indicator" | "x" | "period",
): string | null {
  return (
    notices.find((n) => n.param === param && n.key.startsWith("malformed"))
      ?.value ?? null
  );
}

const write = <K extends ParamName>(name: K, value: ViewState[K]): string =>
  (PARAMS[name] as unknown as Param<ViewState[K]>).serialize(value);

/** Serialises a state; defaults are left out so links stay short. */
export function serializeUrlState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const name of NAMES) {
    const text = write(name, state[name]);
    if (text !== write(name, DEFAULT_STATE[name])) params.set(name, text);
  }
  const text = params
    .toString()
    .replace(/%2C/g, ",")
    .replace(/%40/g, "@")
    .replace(/%3A/g, ":");
  return text === "" ? "" : `?${text}`;
}
