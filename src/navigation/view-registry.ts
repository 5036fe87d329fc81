/**
 * The view registry: every view of the app, one line each, in navigation order. A view is
 *   - its folder, src/views/<name>/, whose <name>-view.tsx default-exports the view component
 *     (it takes `{ url }`; src/views/registry.ts loads it on demand),
 *   - its line here: its URL name (`?view=<name>`), where the page links to it and the URL
 *     parameters it reads besides the shell's (`params`, names from navigation/url-state.ts),
 *   - its messages: the link text `views.<name>` in i18n/sv.ts and i18n/en.ts (and, if it has
 *     text of its own, i18n/views/<name>.ts).
 * The URL's view names, the site navigation, the footer links and the view components are all
 * derived from this table (README "Add a view").
 */

/** Where the page links to a view: the site navigation, the footer, or nowhere (linked in context). */
type ViewLink = "nav" | "footer" | "none";

const VIEW_REGISTRY = [
  { name: "overview", link: "nav", params: [] }, // the start page
  {
    name: "compare",
    link: "nav",
    params: [
      "indicator",
      "period",
      "group",
      "kommuner",
      "mode",
      "sort",
      "ref",
      "table",
    ],
  },
  { name: "profile", link: "nav", params: ["kommuner", "table", "ref"] },
  {
    name: "funding",
    link: "nav",
    params: ["kommuner", "mode", "sort", "table", "tables"],
  },
  {
    name: "needs",
    link: "nav",
    params: ["indicator", "x", "period", "kommuner", "table"],
  },
  {
    name: "map",
    link: "nav",
    params: [
      "indicator",
      "period",
      "group",
      "kommuner",
      "mode",
      "scale",
      "layout",
      "table",
    ],
  },
  {
    name: "trends",
    link: "nav",
    params: ["indicator", "group", "kommuner", "lines", "table"],
  },
  // Importera is for coordinators with their own data: the footer and Data och källor link to it,
  // so the navigation keeps one row at 1366 px (tests/e2e/navigation.spec.ts).
  { name: "import", link: "footer", params: [] },
  { name: "presentation", link: "nav", params: [] },
  { name: "sources", link: "nav", params: [] },
  // Län och regioner: the county among Sweden's regions (footer, so the navigation keeps one row).
  {
    name: "regions",
    link: "footer",
    params: ["indicator", "period", "table"],
  },
  { name: "accessibility", link: "footer", params: [] },
  // the Kommunrapport, linked from the Kommunprofil
  { name: "report", link: "none", params: ["kommuner"] },
] as const satisfies readonly {
  name: string;
  link: ViewLink;
  params: readonly string[];
}[];

export type View = (typeof VIEW_REGISTRY)[number]["name"];

/** Every view's URL name, in navigation order. */
export const VIEWS: readonly View[] = VIEW_REGISTRY.map((v) => v.name);

const linkedFrom = (link: ViewLink): readonly View[] =>
  VIEW_REGISTRY.filter((v) => v.link === link).map((v) => v.name);

/** The views in the site navigation, in order. */
export const NAV_VIEWS = linkedFrom("nav");

/** The views linked from the footer (Importera, the accessibility statement). */
export const FOOTER_VIEWS = linkedFrom("footer");

/** The parameters the shell reads for every view: which view, the language, pinned versions. */
const SHELL_PARAMS = ["view", "lang", "versions"] as const;

/** A URL parameter some view reads; navigation/url-state.ts checks that each is in its table. */
type DeclaredParam =
  | (typeof SHELL_PARAMS)[number]
  | (typeof VIEW_REGISTRY)[number]["params"][number];

/** Every URL parameter a view reads: the shell's and its own (its registry line's `params`). */
export function paramsOf(view: View): readonly DeclaredParam[] {
  const own = VIEW_REGISTRY.find((v) => v.name === view)?.params ?? [];
  return [...SHELL_PARAMS, ...own];
}
