import { describe, expect, it } from "vitest";

import { en } from "@/i18n/en";
import { sv } from "@/i18n/sv";

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
  const svLeaves = leaves(sv);
  const enLeaves = leaves(en);

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
