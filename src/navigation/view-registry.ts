/**
 * The view registry: every view of the app, one line each, in navigation order. A view is
 *   - its folder, src/views/<name>/, whose <name>-view.tsx default-exports the view component
 *     (it takes `{ url }`; src/views/registry.ts loads it on demand),
 *   - its line here: its URL name (`?view=<name>`) and where the page links to it,
 *   - its messages: the link text `views.<name>` in i18n/sv.ts and i18n/en.ts (and, if it has
 *     text of its own, i18n/views/<name>.ts).
 * The URL's view names, the site navigation, the footer links and the view components are all
 * derived from this table (README "Add a view").
 */

/** Where the page links to a view: the site navigation, the footer, or nowhere (linked in context). */
type ViewLink = "nav" | "footer" | "none";

const VIEW_REGISTRY = [
  { name: "overview", link: "nav" }, // the start page
  { name: "compare", link: "nav" },
  { name: "profile", link: "nav" },
  { name: "funding", link: "nav" },
  { name: "needs", link: "nav" },
  { name: "map", link: "nav" },
  { name: "trends", link: "nav" },
  { name: "import", link: "nav" },
  { name: "presentation", link: "nav" },
  { name: "sources", link: "nav" },
  { name: "accessibility", link: "footer" },
  { name: "report", link: "none" }, // the Kommunrapport, linked from the Kommunprofil
] as const satisfies readonly { name: string; link: ViewLink }[];

export type View = (typeof VIEW_REGISTRY)[number]["name"];

/** Every view's URL name, in navigation order. */
export const VIEWS: readonly View[] = VIEW_REGISTRY.map((v) => v.name);

const linkedFrom = (link: ViewLink): readonly View[] =>
  VIEW_REGISTRY.filter((v) => v.link === link).map((v) => v.name);

/** The views in the site navigation, in order. */
export const NAV_VIEWS = linkedFrom("nav");

/** The views linked from the footer (the accessibility statement). */
export const FOOTER_VIEWS = linkedFrom("footer");
