/**
 * Issue 15, smaller points: a malformed indicator or period names what is shown instead, a huge
 * `kommuner` list is summed up, `versions=` is capped and unknown datasets are refused.
 */
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { parseUrlState } from "@/navigation/url-state";
import { UrlNotices } from "@/views/shared/url-notices";

import { plain } from "../render";

function noticeText(search: string): string[] {
  const { notices } = parseUrlState(search);
  render(<UrlNotices notices={notices} />);
  return screen.getAllByRole("listitem").map((li) => plain(li.textContent));
}

describe("URL notices", () => {
  it("name the fallback of a malformed indicator, x and period", () => {
    const lines = noticeText("?indicator=ÅÄÖ!&x=%20bad&period=20x3");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).not.toMatch(/Visar \./);
    expect(lines[0]).toContain("Visar vyns förvalda indikator.");
    expect(lines[2]).toContain("Visar den senaste perioden med uppgifter.");
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
