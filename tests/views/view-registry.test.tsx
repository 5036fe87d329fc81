/**
 * The view registry (navigation/view-registry.ts) drives the URL, the navigation and the view
 * components: a view is its folder, one registry line and its messages (README "Add a view").
 */
import { readdirSync, existsSync } from "node:fs";
import { resolve } from "node:path";

import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { en } from "@/i18n/en";
import { sv } from "@/i18n/sv";
import {
  DEFAULT_STATE,
  parseUrlState,
  serializeUrlState,
} from "@/navigation/url-state";
import {
  FOOTER_VIEWS,
  NAV_VIEWS,
  VIEWS,
  type View,
} from "@/navigation/view-registry";
import { VIEW_COMPONENTS } from "@/views/registry";

import { renderApp } from "../render";

const VIEWS_DIR = resolve(import.meta.dirname, "../../src/views");

/** The view a link's href opens. */
const viewOf = (link: HTMLElement): View =>
  parseUrlState(new URL(link.getAttribute("href") ?? "", "http://x/").search)
    .state.view;

describe("the view registry", () => {
  it.each(VIEWS)("round-trips %s in the URL", (view) => {
    const query = serializeUrlState({ ...DEFAULT_STATE, view });
    expect(parseUrlState(query)).toEqual({
      state: { ...DEFAULT_STATE, view },
      notices: [],
    });
  });

  it.each(VIEWS)("names %s in Swedish and English", (view) => {
    expect(sv.views[view]).toMatch(/\S/);
    expect(en.views[view]).toMatch(/\S/);
  });

  it.each(VIEWS)(
    "finds the component of %s in its folder, views/<name>/<name>-view.tsx",
    async (view) => {
      expect(existsSync(resolve(VIEWS_DIR, view, `${view}-view.tsx`))).toBe(
        true,
      );
      expect(VIEW_COMPONENTS[view]).toBeDefined();
      const module = (await import(`@/views/${view}/${view}-view.tsx`)) as {
        default: unknown;
      };
      expect(typeof module.default).toBe("function");
    },
    30_000,
  );

  it("registers every view folder and names each view once", () => {
    const folders = readdirSync(VIEWS_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .filter((e) =>
        existsSync(resolve(VIEWS_DIR, e.name, `${e.name}-view.tsx`)),
      )
      .map((e) => e.name);
    expect([...VIEWS].sort()).toEqual(folders.sort());
    expect(new Set(VIEWS).size).toBe(VIEWS.length);
    expect(Object.keys(VIEW_COMPONENTS).sort()).toEqual([...VIEWS].sort());
  });

  it("links the navigation and the footer to the registry's views, in order", async () => {
    renderApp("?kommuner=0127");
    const nav = await screen.findByRole("navigation", { name: "Vyer" });
    const navLinks = within(nav).getAllByRole("link");
    expect(navLinks.map(viewOf)).toEqual(NAV_VIEWS);
    expect(navLinks.map((a) => a.textContent)).toEqual(
      NAV_VIEWS.map((v) => sv.views[v]),
    );
    const footer = screen.getByRole("contentinfo");
    const footerLinks = within(footer).getAllByRole("link");
    expect(footerLinks.map(viewOf)).toEqual(FOOTER_VIEWS);
    expect(footerLinks.map((a) => a.textContent)).toEqual(
      FOOTER_VIEWS.map((v) => sv.views[v]),
    );
    // Links keep the kommun selection.
    for (const link of [...navLinks, ...footerLinks])
      expect(link.getAttribute("href")).toContain("kommuner=0127");
  });
});
