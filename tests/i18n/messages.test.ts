import { describe, expect, it } from "vitest";

import { en } from "@/i18n/en";
import { sv } from "@/i18n/sv";
import { fundingEn, fundingSv } from "@/i18n/views/funding";
import { mapEn, mapSv } from "@/i18n/views/map";
import { needsEn, needsSv } from "@/i18n/views/needs";
import { overviewEn, overviewSv } from "@/i18n/views/overview";
import { profileEn, profileSv } from "@/i18n/views/profile";
import { trendsEn, trendsSv } from "@/i18n/views/trends";

/** The whole message tree of a language: the shell's and every view's. */
const allSv = {
  ...sv,
  overview: overviewSv,
  profile: profileSv,
  funding: fundingSv,
  needs: needsSv,
  map: mapSv,
  trends: trendsSv,
};
const allEn = {
  ...en,
  overview: overviewEn,
  profile: profileEn,
  funding: fundingEn,
  needs: needsEn,
  map: mapEn,
  trends: trendsEn,
};

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (typeof value === "string") result.set(path, value);
    else for (const [k, v] of leaves(value, path)) result.set(k, v);
  }
  return result;
}

const variables = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? "").sort();

describe("messages", () => {
  const svLeaves = leaves(allSv);
  const enLeaves = leaves(allEn);

  it("English has exactly the Swedish keys", () => {
    expect([...enLeaves.keys()].sort()).toEqual([...svLeaves.keys()].sort());
  });

  it("no message is empty", () => {
    for (const [key, text] of [...svLeaves, ...enLeaves])
      expect(text.trim(), key).not.toBe("");
  });

  it("both languages use the same interpolation variables", () => {
    for (const [key, text] of svLeaves) {
      expect(variables(enLeaves.get(key) ?? ""), key).toEqual(variables(text));
    }
  });
});
