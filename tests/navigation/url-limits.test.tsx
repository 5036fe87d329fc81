/**
 * Issue 15, smaller points: a malformed indicator, x or period names what is shown instead (the
 * view that reads it says so; elsewhere it is "not used"), a huge
 * `kommuner` list is summed up, `versions=` is capped and unknown datasets are refused.
 */
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { parseUrlState } from "@/navigation/url-state";
import { UrlNotices } from "@/views/shared/url-notices";

import { plain, renderApp } from "../render";

/** The one notice line matching `start`, once the view has resolved its choices. */
async function noticeLine(start: RegExp): Promise<string> {
  const item = await screen.findByText(
    (_text, el) => el?.tagName === "LI" && start.test(plain(el.textContent)),
    undefined,
    { timeout: 10_000 },
  );
  return plain(item.textContent);
}

function noticeText(search: string): string[] {
  const { notices } = parseUrlState(search);
  render(<UrlNotices notices={notices} />);
  return screen.getAllByRole("listitem").map((li) => plain(li.textContent));
}

describe("URL notices", () => {
  it("say a malformed indicator or period is not used where the view does not read it", () => {
    const lines = noticeText("?indicator=ÅÄÖ!&x=%20bad&period=20x3");
    expect(lines).toEqual([
      'Indikatorn "ÅÄÖ!" kan inte läsas (fel tecken) och används inte.',
      'Indikatorn " bad" kan inte läsas (fel tecken) och används inte.',
      'Perioden "20x3" kan inte läsas (skrivs till exempel 2023) och används inte.',
    ]);
  });

  it("name the indicator and period shown instead of a malformed one (Jämför kommuner)", async () => {
    renderApp("?view=compare&indicator=ÅÄÖ!&period=20x3");
    expect(await noticeLine(/^Indikatorn "ÅÄÖ!"/)).toBe(
      'Indikatorn "ÅÄÖ!" kan inte läsas (fel tecken). Visar Stimulansmedel till kommunen.',
    );
    expect(await noticeLine(/^Perioden "20x3"/)).toBe(
      'Perioden "20x3" kan inte läsas (skrivs till exempel 2023). Visar 2018.',
    );
    expect(plain(document.body.textContent)).not.toMatch(/Visar \./);
  });

  it("name the resources shown instead of a malformed x (Behov och resurser)", async () => {
    renderApp("?view=needs&x=%20bad");
    expect(await noticeLine(/^Indikatorn " bad"/)).toMatch(
      /^Indikatorn " bad" kan inte läsas \(fel tecken\)\. Visar \S.+\.$/,
    );
    expect(await noticeLine(/^Indikatorn " bad"/)).not.toMatch(/används inte/);
  });

  it("sum up a 9 000-code kommuner list in 11 lines", () => {
    const codes = Array.from({ length: 9000 }, (_, i) =>
      String(10_000 + i),
    ).join(",");
    const lines = noticeText(`?kommuner=${codes}`);
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe("… och 8 990 till av samma slag.");
  });

  it("cap versions= at 50 pins with a notice", () => {
    const pins = Array.from({ length: 5000 }, (_, i) => `d${String(i)}@1`).join(
      ",",
    );
    const { state, notices } = parseUrlState(`?versions=${pins}`);
    expect(state.versions).toHaveLength(50);
    expect(notices).toContainEqual({
      key: "tooManyVersions",
      value: "5000",
      fallback: "50",
    });
  });
});
